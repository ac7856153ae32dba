// The few words the documents print around the page's own (header labels; what each speaker is
// called comes from ../kind-words.ts). Chinese is the default: the documents quote a Chinese
// page; English for readers whose browser prefers it.
import type { Lang } from '../kind-words';

export type DocLang = Lang;

export interface DocWords {
  date: string;
  source: string;
  link: string;
  participants: string;
  colon: string;
  listSep: string;
}

export const WORDS: Record<DocLang, DocWords> = {
  zh: {
    date: '日期', source: '来源', link: '链接', participants: '参与者',
    colon: '：', listSep: '，',
  },
  en: {
    date: 'Date', source: 'Source', link: 'Link', participants: 'Participants',
    colon: ': ', listSep: ', ',
  },
};
