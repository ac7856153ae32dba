// The words for what the page calls each speaker (./kinds.ts): 主持人, 记者 with the outlet, 发言人,
// the official's post, 嘉宾, 受访者. Shared by the tags, the panel, the popup and the documents, so
// a speaker is called the same everywhere. Pure.
import { postOf } from './kinds';
import type { Speaker, SpeakerKind } from './model';

export type Lang = 'zh' | 'en';

/** Chinese unless the browser prefers another language. */
export function langOf(language: string | undefined): Lang {
  return !language || /^zh\b/i.test(language) ? 'zh' : 'en';
}

/** The words for each kind; an official's is their post, printed as the page prints it. */
export const KIND_WORDS: Record<Lang, Record<Exclude<SpeakerKind, 'official'>, string>> = {
  zh: { host: '主持人', reporter: '记者', asker: '提问', audience: '观众', spokesperson: '发言人', guest: '嘉宾', expert: '专家', interviewee: '受访者' },
  en: { host: 'Host', reporter: 'Reporter', asker: 'Question', audience: 'Audience', spokesperson: 'Spokesperson', guest: 'Guest', expert: 'Expert', interviewee: 'Interviewee' },
};

/** `主持人`, `发言人`, `外交部副部长`, `受访者`. */
export function kindWord(speaker: Speaker, lang: Lang): string {
  if (speaker.kind === 'official') return postOf(speaker.title ?? '') || KIND_WORDS[lang].interviewee;
  return KIND_WORDS[lang][speaker.kind];
}

/** A name that is itself a function word (`问`, `网友`) says what the speaker is. */
export const namesItself = (speaker: Speaker): boolean => speaker.kind === 'asker' || speaker.kind === 'audience';

/** The parts of what the speaker is, each once: `记者`, `第一财经` (a reporter's outlet); none
 *  for a name that says it (`问`). */
export function kindParts(speaker: Speaker, lang: Lang): string[] {
  if (namesItself(speaker)) return [];
  const parts = [kindWord(speaker, lang)];
  if (speaker.outlet && speaker.kind === 'reporter') parts.push(speaker.outlet);
  return parts;
}

/**
 * The parts that `shown` (the name as printed, with a title or outlet) does not already say:
 * `第一财经记者` needs no `记者 · 第一财经`, `田玉龙（…新闻发言人）` no `发言人`. The Chinese kind
 * word counts too: `Reporter` is as redundant beside `第一财经记者`.
 */
export function unsaidParts(speaker: Speaker, lang: Lang, shown: string): string[] {
  const zhWord = speaker.kind === 'official' ? null : KIND_WORDS.zh[speaker.kind];
  return kindParts(speaker, lang).filter((part, i) => !shown.includes(part) && !(i === 0 && zhWord && shown.includes(zhWord)));
}
