// The few words the documents print around the page's own (header labels, role words). Chinese
// is the default: the documents quote a Chinese page; English for readers whose browser prefers it.
import type { Role } from '../model';

export type DocLang = 'zh' | 'en';

export interface DocWords {
  date: string;
  source: string;
  link: string;
  participants: string;
  roles: Record<Role, string>;
  colon: string;
  listSep: string;
}

export const WORDS: Record<DocLang, DocWords> = {
  zh: {
    date: '日期', source: '来源', link: '链接', participants: '参与者',
    roles: { host: '主持人', questioner: '记者', respondent: '答问' }, colon: '：', listSep: '，',
  },
  en: {
    date: 'Date', source: 'Source', link: 'Link', participants: 'Participants',
    roles: { host: 'host', questioner: 'questioner', respondent: 'respondent' }, colon: ': ', listSep: ', ',
  },
};
