// Search in the transcript: the query is found in the turns' words and in speakers' names
// ("田玉龙" finds every turn of his, printed label or not); a speaker and words ("田玉龙 5G") find
// the words in that speaker's turns. Matches are in document order.
import type { TranscriptModel } from '../engine/model';
import { pageText, pageTextNodes } from '../engine/paragraphs';

export interface TextMatch {
  turn: number;
  el: Element;
  /** Offsets into el's words as the page has them (pageText: without the names our tags add). */
  start: number;
  end: number;
}

export interface SpeakerMatch {
  turn: number;
  el: null;
}

export type Match = TextMatch | SpeakerMatch;

/** Enough to count and show; a one-character query on a long page stops here. */
export const MAX_MATCHES = 999;

const SPACE = /\s/;

/** Where the inline label (`杨喆：`) ends in a paragraph's text, 0 when it is not there. */
export function labelEnd(text: string, label: string | null): number {
  if (!label) return 0;
  let i = 0;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return text.startsWith(label, i) ? i + label.length : 0;
}

const fold = (s: string) => {
  const lower = s.toLowerCase();
  // Offsets must stay valid: keep the text as it is if lower-casing changed its length.
  return lower.length === s.length ? lower : s;
};

/** How a speaker can be named in a query: name, other scripts, outlet. */
const namesOf = (s: TranscriptModel['speakers'][number]) => [s.name, ...s.aliases, s.outlet ?? ''].filter(Boolean).map(fold);

/**
 * A query of several words, some naming speakers (`田玉龙 5G`, `第一财经 芯片`): the speakers
 * they name and the other words, to be found in those speakers' turns. Null for a query that is
 * a phrase to find anywhere (one word, or no word names a speaker).
 */
export function speakerQuery(model: Pick<TranscriptModel, 'speakers'>, query: string): { speakers: Set<string>; words: string } | null {
  const words = fold(query.trim()).split(/\s+/);
  if (words.length < 2) return null;
  const speakers = new Set<string>();
  const rest: string[] = [];
  for (const word of words) {
    const named = model.speakers.filter((s) => namesOf(s).some((n) => n.includes(word)));
    if (named.length) named.forEach((s) => speakers.add(s.id));
    else rest.push(word);
  }
  return speakers.size && rest.length ? { speakers, words: rest.join(' ') } : null;
}

export function findMatches(model: TranscriptModel, query: string): Match[] {
  const out: Match[] = [];
  const narrowed = speakerQuery(model, query);
  const needle = narrowed ? narrowed.words : fold(query.trim());
  if (!needle) return out;
  const names = new Map(model.speakers.map((s) => [s.id, !narrowed && namesOf(s).some((n) => n.includes(needle))]));
  for (let t = 0; t < model.turns.length && out.length < MAX_MATCHES; t++) {
    const turn = model.turns[t]!;
    if (narrowed && !narrowed.speakers.has(turn.speaker)) continue;
    if (names.get(turn.speaker)) out.push({ turn: t, el: null });
    const folded = new Set(turn.labelElements);
    turn.elements.forEach((el, i) => {
      // Label lines are the speaker's name, already matched above; they are hidden under tags.
      if (folded.has(el)) return;
      const text = fold(pageText(el));
      // The inline label is the name too: not matched twice.
      const from = i === 0 ? labelEnd(text, turn.label && fold(turn.label)) : 0;
      for (let at = text.indexOf(needle, from); at >= 0 && out.length < MAX_MATCHES; at = text.indexOf(needle, at + needle.length)) {
        out.push({ turn: t, el, start: at, end: at + needle.length });
      }
    });
  }
  return out;
}

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces of `el`'s text between `start` and `end`. */
export function segmentsOf(el: Element, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const node of pageTextNodes(el)) {
    if (pos >= end) break;
    const len = node.data.length;
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + len);
    if (from < to) out.push({ node, start: from - pos, end: to - pos });
    pos += len;
  }
  return out;
}

/** A Range over a text match, for highlighting and measuring. */
export function rangeOf(match: TextMatch): Range | null {
  const parts = segmentsOf(match.el, match.start, match.end);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  const range = match.el.ownerDocument.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
