// How a speaker is shown to the reader (tag in the page, filter in the outline): name, the word
// for what the page calls them (src/engine/kinds.ts), full title, accessible text, colour. Pure:
// the page's words in, plain strings out.
import { postOf } from '../engine/kinds';
import type { Speaker, SpeakerKind } from '../engine/model';
import { PALETTE_SIZE } from './palette';

export type Lang = 'zh' | 'en';

/** Chinese unless the browser prefers another language. */
export function langOf(language: string | undefined): Lang {
  return !language || /^zh\b/i.test(language) ? 'zh' : 'en';
}

/** The words for each kind; an official's is their post, printed as the page prints it. */
const KIND_WORDS: Record<Lang, Record<Exclude<SpeakerKind, 'official'>, string>> = {
  zh: { host: '主持人', reporter: '记者', asker: '提问', audience: '观众', spokesperson: '发言人', guest: '嘉宾', expert: '专家', interviewee: '受访者' },
  en: { host: 'Host', reporter: 'Reporter', asker: 'Question', audience: 'Audience', spokesperson: 'Spokesperson', guest: 'Guest', expert: 'Expert', interviewee: 'Interviewee' },
};

/** `主持人`, `发言人`, `外交部副部长`, `受访者`. */
export function kindWord(speaker: Speaker, lang: Lang): string {
  if (speaker.kind === 'official') return postOf(speaker.title ?? '') || KIND_WORDS[lang].interviewee;
  return KIND_WORDS[lang][speaker.kind];
}

/** A name that is itself a function word (`问`, `网友`) says what the speaker is. */
const namesItself = (speaker: Speaker) => speaker.kind === 'asker' || speaker.kind === 'audience';

/** The parts of what the speaker is, each once: `记者 · 第一财经`, `主持人`. */
function roleParts(speaker: Speaker, lang: Lang): string[] {
  if (namesItself(speaker)) return [];
  const parts = [kindWord(speaker, lang)];
  if (speaker.outlet && speaker.kind === 'reporter') parts.push(speaker.outlet);
  return parts;
}

/** Keeps the parts no earlier part already says. */
function dedupe(parts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const part of parts) if (part && !kept.some((k) => k.includes(part))) kept.push(part);
  return kept;
}

/** `主持人`, `记者 · 第一财经`, `发言人`: what the speaker is, without the name. */
export function roleText(speaker: Speaker, lang: Lang): string {
  return roleParts(speaker, lang).join(' · ');
}

/**
 * The badge beside the name as shown (the speaker's name, or the page's own label: `CGTN` for
 * 记者 of CGTN): only what that does not already say (`第一财经记者` needs no `记者 · 第一财经`,
 * `主持人` no `主持人`, `问` nothing); may be ''.
 */
export function roleBadge(speaker: Speaker, lang: Lang, shown: string = speaker.name): string {
  // The Chinese word counts too: `Reporter` is as redundant beside `第一财经记者`.
  const zhWord = speaker.kind === 'official' ? null : KIND_WORDS.zh[speaker.kind];
  return roleParts(speaker, lang)
    .filter((part, i) => !shown.includes(part) && !(i === 0 && zhWord && shown.includes(zhWord)))
    .join(' · ');
}

/** The name with the other scripts it is printed in: `易纲（Yi Gang）`. */
export function displayName(speaker: Speaker): string {
  return speaker.aliases.length ? `${speaker.name}（${speaker.aliases.join('、')}）` : speaker.name;
}

/** Everything known about the speaker, each thing once, for the tag's tooltip:
 *  `工业和信息化部党组成员、总工程师、新闻发言人 田玉龙`, `观察者网 · 记者`. */
export function fullTitle(speaker: Speaker, lang: Lang): string {
  const name = displayName(speaker);
  const who = speaker.title && !speaker.title.endsWith(speaker.name) ? `${speaker.title} ${name}` : speaker.title ?? name;
  return dedupe([who, ...roleParts(speaker, lang)]).join(' · ');
}

/** What a screen reader says for the tag: `田玉龙，新闻发言人`, `第一财经记者`, `观察者网，记者`. */
export function accessibleText(speaker: Speaker, lang: Lang): string {
  const spokesperson = speaker.kind === 'spokesperson' && lang === 'zh' && speaker.title?.includes('新闻发言人');
  const parts = spokesperson ? ['新闻发言人', ...roleParts(speaker, lang).slice(1)] : roleParts(speaker, lang);
  return dedupe([speaker.name, ...parts]).join(lang === 'zh' ? '，' : ', ');
}

/** The printed label names the speaker (`杨喆：`, `第一财经记者：`, `追问：` for 问), or only says a
 *  role for someone known by name (`答：` for the official the opening names). */
export function labelNamesSpeaker(label: string, speaker: Speaker): boolean {
  return label.includes(speaker.name) || speaker.aliases.some((a) => label.includes(a)) || namesItself(speaker);
}

/** Turns at most this long are quick replies. */
const SHORT_TURN = 60;

/**
 * Turns whose tag shows the name alone, as an editor gives a title at first mention: the badge
 * comes back only when someone else in the same role spoke since (another respondent: then it
 * tells them apart). So the same speaker again right away (a bilingual page's second language),
 * an interviewee's every later answer, and the quick replies of a fast exchange are name only.
 * `roleOf` is the role of a speaker id.
 */
export function compactTurns(turns: ReadonlyArray<{ speaker: string; text: string }>, roleOf: (speaker: string) => string | undefined = () => undefined): boolean[] {
  const last = new Map<string, number>();
  return turns.map((turn, i) => {
    const before = last.get(turn.speaker);
    last.set(turn.speaker, i);
    if (before === undefined) return false;
    const fast = i - before <= 2 && turn.text.length <= SHORT_TURN && (turns[i - 1]?.text.length ?? 0) <= SHORT_TURN;
    const role = roleOf(turn.speaker);
    const rivalled = turns.slice(before + 1, i).some((t) => t.speaker !== turn.speaker && role !== undefined && roleOf(t.speaker) === role);
    return before === i - 1 || fast || !rivalled;
  });
}

/** Palette slot of a speaker: `s1` → 0, `s2` → 1, … cycling. */
export function colourIndex(speakerId: string): number {
  const n = Number(speakerId.replace(/\D/g, '')) || 1;
  return (n - 1) % PALETTE_SIZE;
}
