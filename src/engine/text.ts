// Text helpers shared by the engine's steps.

/** White space as Sina prints it: ASCII, no-break space and the full-width indent U+3000. */
const EDGE_SPACE = /^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g;
const ANY_SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

export function trimText(s: string): string {
  // String#trim covers every space but U+200B; the regex runs only when one is left at an edge.
  const t = s.trim();
  return t.charCodeAt(0) === 0x200b || t.charCodeAt(t.length - 1) === 0x200b ? t.replace(EDGE_SPACE, '') : t;
}

export function stripSpaces(s: string): string {
  return s.replace(ANY_SPACE, '');
}

export const COLONS = '：:︰';

/** Punctuation that ends a sentence; a "label" followed by such a sentence is speech. */
export const SENTENCE_END = /[。！？!?…；;.．][”"」』）)]*$/;

/** Punctuation that never occurs inside a speaker label. */
export const SENTENCE_PUNCTUATION = /[，,。！？!?；;“”"「」『』…]/;

export function hasQuestionMark(s: string): boolean {
  return /[？?]/.test(s);
}

export function endsWithQuestion(s: string): boolean {
  return /[？?][”"」）)]?$/.test(s);
}

export const HAN = /^[\u3400-\u9fff]+$/;
export const LATIN_NAME = /^[A-Z][A-Za-z'’.\-]*(?: [A-Z][A-Za-z'’.\-]*){0,3}$/;
export const ACRONYM = /^[A-Z]{2,8}$/;
