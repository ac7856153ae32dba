// The copy feature's words: Chinese by default, English for readers whose browser prefers
// another language (as the panel's, src/outline/messages.ts).
import type { Lang } from '../engine/kind-words';

export interface CopyMessages {
  quoteSelection: string;
  quoteTurn: string;
  quoted: string;
  quoteFailed: string;
}

export const COPY_MESSAGES: Record<Lang, CopyMessages> = {
  zh: { quoteSelection: '复制为引文', quoteTurn: '复制此段为引文', quoted: '已复制引文', quoteFailed: '复制失败' },
  en: { quoteSelection: 'Copy as quote', quoteTurn: 'Copy this turn as a quote', quoted: 'Quote copied', quoteFailed: 'Copy failed' },
};
