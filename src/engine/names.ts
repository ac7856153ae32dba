// What a speaker label says about the speaker: name, title, outlet and the role it implies.
import type { Role } from './model';
import {
  AUDIENCE_WORDS, HONORIFICS, HOST_WORDS, OUTLET_ENDING, QUESTIONER_WORDS, RESPONDENT_WORDS, TITLE_ENDINGS, surnameLength,
} from './lexicon';
import { ACRONYM, HAN, LATIN_NAME } from './text';

export interface Designation {
  name: string;
  title: string | null;
  outlet: string | null;
  /** The role the label itself states (主持人, 记者, 问, 答), or null for a bare name. */
  role: Role | null;
  /** Strong: the label has the shape of a speaker. Weak: only recurrence can make it one. */
  strong: boolean;
}

/** A Chinese personal name: surname plus one or two characters (two plus two for compound surnames). */
export function isPersonalName(s: string): boolean {
  if (!HAN.test(s)) return LATIN_NAME.test(s) && !ACRONYM.test(s);
  const surname = surnameLength(s);
  return surname > 0 && s.length - surname >= 1 && s.length - surname <= 2;
}

/** `王总`, `黄局长`, `李院长`: a surname with an honorific, as speakers address each other. */
export function isSurnameHonorific(s: string): boolean {
  const surname = surnameLength(s);
  return surname > 0 && HONORIFICS.includes(s.slice(surname));
}

/** Splits `工业和信息化部…新闻发言人田玉龙` into title and name at the last title ending. */
export function splitTitle(label: string): { title: string; name: string } | null {
  for (let i = label.length - 2; i > 0; i--) {
    const rest = label.slice(i);
    if (!isPersonalName(rest) && !LATIN_NAME.test(rest.trim())) continue;
    const head = label.slice(0, i);
    if (TITLE_ENDINGS.some((t) => head.endsWith(t)) || /[、，,\s]$/.test(head)) {
      return { title: head.replace(/[、，,\s]+$/, ''), name: rest.trim() };
    }
  }
  return null;
}

/** A label that is only a title (`AMUNDI副首席投资官`): the name follows the colon. */
export function isTitleOnly(label: string): boolean {
  return label.length >= 2 && TITLE_ENDINGS.some((t) => t.length >= 2 && label.endsWith(t)) && !label.endsWith('记者');
}

function functionRole(label: string): Role | null {
  if (HOST_WORDS.includes(label)) return 'host';
  if (QUESTIONER_WORDS.includes(label)) return 'questioner';
  if (RESPONDENT_WORDS.includes(label)) return 'respondent';
  return null;
}

/** Reads the text before a speaker colon. Returns null when it cannot name a speaker. */
export function readDesignation(label: string): Designation | null {
  const role = functionRole(label);
  if (role) return { name: label, title: null, outlet: null, role, strong: true };
  if (AUDIENCE_WORDS.includes(label)) return { name: label, title: null, outlet: null, role: 'questioner', strong: false };

  for (const word of HOST_WORDS) {
    if (label.startsWith(word) && isPersonalName(label.slice(word.length))) {
      return { name: label.slice(word.length), title: word, outlet: null, role: 'host', strong: true };
    }
  }
  if (label.endsWith('记者') && label.length <= 24) {
    const outlet = label.slice(0, -2).replace(/[\s、]+$/, '');
    return { name: label, title: null, outlet: outlet || null, role: 'questioner', strong: true };
  }
  if (ACRONYM.test(label)) return { name: label, title: null, outlet: label, role: 'questioner', strong: true };
  if (isPersonalName(label) || isSurnameHonorific(label)) {
    return { name: label, title: null, outlet: null, role: null, strong: true };
  }
  const split = splitTitle(label);
  if (split) {
    const hostTitle = HOST_WORDS.some((w) => split.title.endsWith(w));
    return { name: split.name, title: split.title, outlet: null, role: hostTitle ? 'host' : null, strong: true };
  }
  if (label.length <= 12 && OUTLET_ENDING.test(label)) {
    return { name: label, title: null, outlet: label, role: 'questioner', strong: true };
  }
  if (label.length <= 8) return { name: label, title: null, outlet: null, role: null, strong: false };
  return null;
}
