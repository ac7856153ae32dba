// How a speaker is shown to the reader (tag in the page, filter in the outline): name, the word
// for what the page calls them (src/engine/kind-words.ts), full title, accessible text, colour. Pure:
// the page's words in, plain strings out.
import { kindParts, namesItself, unsaidParts, type Lang } from '../engine/kind-words';
import type { Speaker } from '../engine/model';
import { PALETTE_SIZE } from './palette';

/** Keeps the parts no earlier part already says. */
function dedupe(parts: readonly string[]): string[] {
  const kept: string[] = [];
  for (const part of parts) if (part && !kept.some((k) => k.includes(part))) kept.push(part);
  return kept;
}

/** `主持人`, `记者 · 第一财经`, `发言人`: what the speaker is, without the name. */
export function roleText(speaker: Speaker, lang: Lang): string {
  return kindParts(speaker, lang).join(' · ');
}

/**
 * The badge beside the name as shown (the speaker's name, or the page's own label: `CGTN` for
 * 记者 of CGTN): only what that does not already say (`第一财经记者` needs no `记者 · 第一财经`,
 * `主持人` no `主持人`, `问` nothing); may be ''.
 */
export function roleBadge(speaker: Speaker, lang: Lang, shown: string = speaker.name): string {
  return unsaidParts(speaker, lang, shown).join(' · ');
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
  return dedupe([who, ...kindParts(speaker, lang)]).join(' · ');
}

/** What the tag says after the name, for a screen reader: `新闻发言人` for a spokesperson the
 *  page titles so (more exact than the badge's `发言人`), else the kind parts. */
function spokenParts(speaker: Speaker, lang: Lang): string[] {
  const spokesperson = speaker.kind === 'spokesperson' && lang === 'zh' && speaker.title?.includes('新闻发言人');
  return spokesperson ? ['新闻发言人', ...kindParts(speaker, lang).slice(1)] : kindParts(speaker, lang);
}

const spokenSep = (lang: Lang) => (lang === 'zh' ? '，' : ', ');

/** What a screen reader says for the tag: `田玉龙，新闻发言人`, `第一财经记者`, `观察者网，记者`. */
export function accessibleText(speaker: Speaker, lang: Lang): string {
  return dedupe([speaker.name, ...spokenParts(speaker, lang)]).join(spokenSep(lang));
}

/**
 * What a screen reader hears after the words the tag shows (the name, or the page's own label),
 * so that the two read as the accessible text: `，新闻发言人` after `田玉龙`. With nothing shown
 * (a tag beside a label it could not take in), the whole accessible text.
 */
export function spokenAfter(speaker: Speaker, lang: Lang, shown: string = speaker.name): string {
  if (!shown) return accessibleText(speaker, lang);
  return dedupe([shown, ...spokenParts(speaker, lang)]).slice(1).map((part) => `${spokenSep(lang)}${part}`).join('');
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
