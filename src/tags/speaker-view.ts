// How a speaker is shown to the reader (tag in the page, filter in the outline): name, role
// word, full title, colour. Pure: the page's words in, plain strings out.
import { AUDIENCE_WORDS, HOST_WORDS, QUESTIONER_WORDS, RESPONDENT_WORDS } from '../engine/lexicon';
import type { Speaker } from '../engine/model';
import { PALETTE_SIZE } from './palette';

export type Lang = 'zh' | 'en';

/** Chinese unless the browser prefers another language. */
export function langOf(language: string | undefined): Lang {
  return !language || /^zh\b/i.test(language) ? 'zh' : 'en';
}

const ROLE_WORDS: Record<Lang, Record<Speaker['role'], string>> = {
  zh: { host: '主持人', questioner: '记者', respondent: '答' },
  en: { host: 'Host', questioner: 'Reporter', respondent: 'Answer' },
};

/** `主持人`, `记者 · 第一财经`, `答`. */
export function roleText(speaker: Speaker, lang: Lang): string {
  const word = ROLE_WORDS[lang][speaker.role];
  return speaker.role === 'questioner' && speaker.outlet ? `${word} · ${speaker.outlet}` : word;
}

/**
 * The role as the tag shows it beside the name: only what the name does not already say
 * (`第一财经记者` needs no `记者 · 第一财经`, `主持人` no `主持人`); may be ''.
 */
export function roleBadge(speaker: Speaker, lang: Lang): string {
  const words = ROLE_WORDS[lang];
  if (speaker.role !== 'questioner') return speaker.name.includes(ROLE_WORDS.zh[speaker.role]) ? '' : words[speaker.role];
  const parts: string[] = [];
  if (!/记者|问/.test(speaker.name)) parts.push(words.questioner);
  if (speaker.outlet && !speaker.name.includes(speaker.outlet)) parts.push(speaker.outlet);
  return parts.join(' · ');
}

const FUNCTION_NAMES: readonly string[] = [...HOST_WORDS, ...QUESTIONER_WORDS, ...RESPONDENT_WORDS, ...AUDIENCE_WORDS];

/** The printed label names the speaker (`杨喆：`, `第一财经记者：`, `问：` for 问), or only says a
 *  role for someone known by name (`答：` for the official the opening names, `追问：`). */
export function labelNamesSpeaker(label: string, speaker: Speaker): boolean {
  return label.includes(speaker.name) || FUNCTION_NAMES.includes(speaker.name);
}

/** Everything known about the speaker, for the tag's tooltip: `title name · role`. */
export function fullTitle(speaker: Speaker, lang: Lang): string {
  const who = speaker.title && !speaker.title.endsWith(speaker.name) ? `${speaker.title} ${speaker.name}` : speaker.title ?? speaker.name;
  return `${who} · ${roleText(speaker, lang)}`;
}

/** Palette slot of a speaker: `s1` → 0, `s2` → 1, … cycling. */
export function colourIndex(speakerId: string): number {
  const n = Number(speakerId.replace(/\D/g, '')) || 1;
  return (n - 1) % PALETTE_SIZE;
}
