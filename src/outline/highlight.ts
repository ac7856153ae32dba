// Search matches shown in the page. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+)
// nothing in the DOM changes; elsewhere each match is wrapped in a <mark>, and clearing unwraps
// them through the journal, leaving the DOM exactly as before. A speaker match lights up the
// turn's tag (an attribute on our own element) when the speaker-tags feature put one there.
import { DomJournal } from '../tags/journal';
import { HIT_ATTR } from '../tags/styles';
import { TAG_NAME, TURN_ATTR } from '../tags/tag-element';
import { rangeOf, segmentsOf, type Match } from './search';

export const HIGHLIGHT_ALL = 'sfr-search';
export const HIGHLIGHT_CURRENT = 'sfr-search-current';
export const MARK_ATTR = 'data-sfr-mark';

export interface Highlighter {
  /** Shows `matches` (replacing any shown before). */
  set(matches: readonly Match[]): void;
  /** Marks match `index` as the one being shown; -1 for none. */
  current(index: number): void;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** The tag that starts a turn, when tags are on. */
export function tagOf(doc: Document, turn: number): Element | null {
  return doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${turn}"]`);
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  let shown: readonly Match[] = [];
  let tags: Element[] = [];
  const journal = new DomJournal();
  let marks: Element[][] = [];
  let ranges: Array<Range | null> = [];
  let currentIndex = -1;

  const setCurrent = (index: number) => {
    const before = shown[currentIndex];
    if (before) setHit(before, currentIndex, '');
    currentIndex = index;
    const now = shown[index];
    if (now) setHit(now, index, 'current');
    if (registry && Ctor) {
      const range = ranges[index];
      if (range) {
        const highlight = new Ctor(range);
        highlight.priority = 1;
        registry.set(HIGHLIGHT_CURRENT, highlight);
      } else registry.delete(HIGHLIGHT_CURRENT);
    }
  };

  const setHit = (match: Match, index: number, value: string) => {
    if (match.el === null) tagOf(doc, match.turn)?.setAttribute(HIT_ATTR, value);
    for (const mark of marks[index] ?? []) mark.setAttribute(MARK_ATTR, value);
  };

  const clear = () => {
    for (const tag of tags) tag.removeAttribute(HIT_ATTR);
    tags = [];
    registry?.delete(HIGHLIGHT_ALL);
    registry?.delete(HIGHLIGHT_CURRENT);
    journal.undo();
    marks = [];
    ranges = [];
    shown = [];
    currentIndex = -1;
  };

  const wrapAll = (matches: readonly Match[]) => {
    // Last match first, so the offsets of earlier ones stay valid as text nodes split.
    marks = matches.map(() => []);
    const pieces = matches.flatMap((m, index) => (m.el ? segmentsOf(m.el, m.start, m.end).map((s) => ({ ...s, index })) : []));
    for (let i = pieces.length - 1; i >= 0; i--) {
      const { node, start, end, index } = pieces[i]!;
      if (end < node.data.length) journal.split(node, end);
      const text = start > 0 ? journal.split(node, start) : node;
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, '');
      journal.wrap(text, text, mark);
      marks[index]!.unshift(mark);
    }
  };

  return {
    set(matches) {
      clear();
      shown = matches;
      for (const m of matches) {
        const tag = m.el === null ? tagOf(doc, m.turn) : null;
        if (tag) {
          tag.setAttribute(HIT_ATTR, '');
          tags.push(tag);
        }
      }
      if (registry && Ctor) {
        ranges = matches.map((m) => (m.el ? rangeOf(m) : null));
        const all = ranges.filter((r): r is Range => r !== null);
        if (all.length) registry.set(HIGHLIGHT_ALL, new Ctor(...all));
      } else wrapAll(matches);
    },
    current: setCurrent,
    clear,
  };
}
