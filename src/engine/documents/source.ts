// What every document of a transcript is made from: the model (or its public JSON) and what
// the page says about itself (../page-info.ts), in one shape; and the parts every document
// shares — who the speakers are, the question headings, the citation.
import { speakerOf, type Speaker } from '../model';
import { buildOutline, type OutlineSource } from '../outline';
import type { PageInfo } from '../page-info';
import { unsaidParts } from '../kind-words';
import { speakerKinds } from '../kinds';
import { WORDS, type DocLang, type DocWords } from './words';

export interface DocumentSource extends OutlineSource {
  title: string;
  info: PageInfo;
}

/** Labels that only say a function (`问：`, `记者：`): a heading names no one by them. */
const FUNCTION_ONLY = /^(问|提问|追问|记者|主持人|答)$/;

/** A speaker's title: printed with the name in a label, or before it in the lead. */
export function titleOf(source: DocumentSource, speaker: Speaker): string | null {
  return speaker.title ?? source.info.titles[speaker.id] ?? null;
}

/** `田玉龙（工业和信息化部新闻发言人）`, or the name alone. */
export function nameWithTitle(source: DocumentSource, speaker: Speaker): string {
  const title = titleOf(source, speaker);
  return title && !title.endsWith(speaker.name) ? `${speaker.name}（${title}）` : speaker.name;
}

/**
 * One line per participant, as the page calls them (src/engine/kind-words.ts), each thing once:
 * `寿小丽（国务院新闻办新闻局副局长、新闻发言人）：主持人`, `田玉龙（…新闻发言人）` (the title says
 * it), `第一财经记者`, `记者（CGTN）` (a reporter known only by the outlet). A name that is only a
 * function word (`问`) names no participant.
 */
export function participantLines(source: DocumentSource, lang: DocLang): string[] {
  const words = wordsOf(lang);
  // The lead may title a speaker the labels do not (`…新闻发言人张晓明`): their kind as it reads then.
  const titled = source.speakers.map((s) => ({ ...s, title: titleOf(source, s) }));
  const kinds = speakerKinds(titled, [source.title, ...source.info.lead].join('\n'));
  return titled.map((s, i) => ({ ...s, kind: kinds[i]! })).filter((s) => s.kind !== 'asker').map((s) => {
    const titled = nameWithTitle(source, s);
    const outlet = s.kind === 'reporter' && s.outlet && !titled.includes(s.outlet) ? s.outlet : null;
    const who = outlet ? `${titled}（${outlet}）` : titled;
    const what = unsaidParts(s, lang, who);
    return what.length ? `${who}${words.colon}${what.join(words.listSep)}` : who;
  });
}

export interface QuestionHeading {
  /** Index into `turns` of the question. */
  turn: number;
  number: number;
  /** The question itself (the outline's gist). */
  question: string;
  /** The outlet, or the asker's name; null for a label that names no one (`问`). */
  who: string | null;
}

export function questionHeadings(source: OutlineSource): QuestionHeading[] {
  return buildOutline(source).filter((i) => i.kind === 'question').map((item) => {
    const asker = speakerOf(source, source.questions[item.number - 1]!.asker);
    const who = asker?.outlet ?? (asker && !FUNCTION_ONLY.test(asker.name) ? asker.name : null);
    return { turn: item.turn, number: item.number, question: item.gist, who };
  });
}

/** `1. 问题？（第一财经）` */
export function headingText(h: QuestionHeading): string {
  return `${h.number}. ${h.question}${h.who ? `（${h.who}）` : ''}`;
}

/** The date of the event, else the day of the page's date line (without its time). */
export function citedDate(source: DocumentSource): string | null {
  return source.info.event?.date ?? source.info.date?.replace(/\s*\d{1,2}:\d{2}(:\d{2})?$/, '') ?? null;
}

/** `国务院新闻办公室新闻发布会，2021年7月16日，新浪财经 <URL>` (what is known of it). */
export function citation(source: DocumentSource, words: DocWords): string {
  const parts = [source.info.event?.name ?? null, citedDate(source), source.info.source].filter((p): p is string => !!p);
  const url = source.info.url ? ` <${source.info.url}>` : '';
  return `${parts.join(words.listSep)}${url}`.trim();
}

export const wordsOf = (lang: DocLang = 'zh'): DocWords => WORDS[lang];
