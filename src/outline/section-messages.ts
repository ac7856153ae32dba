// The section panel's own words (issue 16); its buttons share the transcript panel's (./messages.ts).
import type { Lang } from '../engine/kind-words';

export interface SectionMessages {
  panel: string;
  counts(sections: number): string;
}

export const SECTION_MESSAGES: Record<Lang, SectionMessages> = {
  zh: { panel: '文章目录', counts: (n) => `${n} 个小节` },
  en: { panel: 'Sections', counts: (n) => `${n} section${n === 1 ? '' : 's'}` },
};
