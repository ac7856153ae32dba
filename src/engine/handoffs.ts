// Handoffs: `下面请黄利斌局长回答`, `请利斌同志回答`, `请信管局赵志国局长回答` name who speaks next.
import { HANDOFF, HONORIFICS, TITLE_ENDINGS, surnameLength } from './lexicon';
import { isPersonalName, isSurnameHonorific } from './names';
import { HAN } from './text';

/** A handoff sits in a short paragraph (or the short last sentence of one). */
const MAX_HANDOFF_SENTENCE = 60;

/** The person phrases handed the floor to in this text, in order (`黄利斌局长`, `利斌同志`). */
export function handoffPhrases(text: string): string[] {
  if (!text.includes('请')) return []; // every handoff asks (HANDOFF): most paragraphs stop here
  const lastSentence = text.split(/(?<=[。！？!?])/).filter((s) => s.trim() !== '').pop() ?? '';
  if (lastSentence.length > MAX_HANDOFF_SENTENCE) return [];
  const phrases: string[] = [];
  for (const match of lastSentence.matchAll(HANDOFF)) {
    const phrase = match[1]!.replace(/^(下面|接下来|现在|然后|首先|再|由|我们|大家)+/, '');
    if (phrase !== '' && !/^(问|大家|各位|您|你|记者|提问)/.test(phrase)) phrases.push(phrase);
  }
  return phrases;
}

/** Is this short turn nothing but a handoff (`谢谢，请黄利斌局长回答这个问题。`)? */
export function isHandoffOnly(text: string): boolean {
  return text.length <= MAX_HANDOFF_SENTENCE && handoffPhrases(text).length > 0;
}

const HONORIFICS_AND_TITLES = [...HONORIFICS, ...TITLE_ENDINGS].sort((a, b) => b.length - a.length);

const stripHonorific = (s: string): string => {
  for (const h of HONORIFICS_AND_TITLES) {
    if (s.length > h.length && s.endsWith(h)) return s.slice(0, -h.length);
  }
  return s;
};

/**
 * Finds which known name a handoff phrase refers to: the full name (`黄利斌局长`), the given name
 * (`利斌同志`), or surname plus title (`黄局长`). Returns null when none or several match.
 */
export function resolvePerson(phrase: string, names: readonly string[]): string | null {
  const hits = new Set<string>();
  for (const name of names) {
    if (name.length >= 2 && phrase.includes(name)) hits.add(name);
  }
  if (hits.size === 0) {
    const bare = stripHonorific(phrase.replace(/^.*的/, ''));
    for (const name of names) {
      if (!HAN.test(name)) continue;
      const surname = surnameLength(name);
      const given = name.slice(surname);
      if (surname > 0 && given.length === 2 && bare.endsWith(given)) hits.add(name);
      else if (surname > 0 && (bare === name.slice(0, surname) || bare.endsWith(name.slice(0, surname)) && bare.length === surname)) hits.add(name);
    }
  }
  return hits.size === 1 ? [...hits][0]! : null;
}

/** A name for someone handed the floor who never had a label: `某公司的王总` → `王总`. */
export function nameFromPhrase(phrase: string): string | null {
  const tail = phrase.replace(/^.*的/, '');
  if (isSurnameHonorific(tail)) return tail;
  const bare = stripHonorific(tail);
  for (let len = 4; len >= 2; len--) {
    const candidate = bare.slice(-len);
    if (candidate.length === len && isPersonalName(candidate)) return candidate;
  }
  return null;
}
