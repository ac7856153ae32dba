// The panel's state and the pure rules over it: which items show under a speaker filter, which
// question is next, which item is being read. No DOM here; ./mount.ts applies the results.
import type { Speaker } from '../engine/model';
import type { OutlineGroup } from '../engine/groups';
import type { OutlineItem } from '../engine/outline';
import type { WhoSpoke } from '../engine/who-spoke';
import type { LookKey } from '../look/attrs';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';

/** What the panel shows, fixed for the page. */
export interface PanelData {
  title: string;
  items: OutlineItem[];
  speakers: Speaker[];
  questions: number;
  /** The page's grouping of its questions by respondent, or null (engine/groups.ts). */
  groups?: OutlineGroup[] | null;
  /** Who spoke, in figures (engine/who-spoke.ts), worked out when the charts are first unfolded. */
  whoSpoke?: () => WhoSpoke;
}

export interface PanelState {
  /** Narrow screen (mobile site): a button that opens a bottom sheet instead of a side panel. */
  narrow: boolean;
  /** Side panel expanded (wide) or sheet shown (narrow). */
  open: boolean;
  /** Index into items of the item being read, -1 before the transcript. */
  active: number;
  query: string;
  /** Number of search matches, and the index of the one shown (-1 for none). */
  total: number;
  current: number;
  /** Speaker ids chosen in the filter; empty shows everyone. */
  filter: string[];
  /** How many of the visible items the list builds (more than there are: all); it only grows
   *  (see shownFor). */
  shown: number;
  /** The filter's list is unfolded (it is only built then). */
  filterOpen: boolean;
  /** The who-spoke charts are unfolded (likewise built only then). */
  whoSpokeOpen: boolean;
  /** Feedback after a copy: which button ('all' or the question number) and whether it worked. */
  copied: { key: string; ok: boolean } | null;
  /** Clean-reading mode is on (the panel has its switch too). */
  clean: boolean;
  /** The menu of reading settings is unfolded, and the look it shows (issue 16). */
  menuOpen: boolean;
  look: Pick<Settings, LookKey>;
}

/** The look settings out of all the settings. */
export function lookOf(settings: Settings): Pick<Settings, LookKey> {
  const { textSize, columnWidth, lineSpacing, fontFamily, theme } = settings;
  return { textSize, columnWidth, lineSpacing, fontFamily, theme };
}

export function initialState(narrow: boolean, collapsed: boolean, clean = false, look = lookOf(DEFAULT_SETTINGS)): PanelState {
  return {
    narrow, open: !narrow && !collapsed, active: -1, query: '', total: 0, current: -1, filter: [], shown: FIRST_ROWS,
    filterOpen: false, whoSpokeOpen: false, copied: null, clean, menuOpen: false, look,
  };
}

/** The rows the list builds at first, and how many more each time the reader nears its end: a
 *  long transcript's list is built as it is read (issue 18: its 120 rows cost t00×10 some 8 ms of
 *  script and 26 of layout at load, for rows nobody has scrolled to yet). */
export const FIRST_ROWS = 20;
export const MORE_ROWS = 40;
/** Rows kept built past the item being read, so the next ones are there to step to. */
export const ROWS_AHEAD = 5;

/** The rows to build once `active` is the item being read: those built already, and always up to
 *  a few rows past it, wherever the reading position or a jump put it. */
export function shownFor(visible: readonly number[], shown: number, active: number): number {
  return Math.max(shown, visible.indexOf(active) + 1 + ROWS_AHEAD);
}

/** Indexes of the items the filter keeps: those where a chosen speaker takes part. */
export function visibleItems(items: readonly OutlineItem[], filter: readonly string[]): number[] {
  const out: number[] = [];
  items.forEach((item, i) => {
    if (filter.length === 0 || item.speakers.some((id) => filter.includes(id))) out.push(i);
  });
  return out;
}

/** The visible question after (dir 1) or before (dir -1) item `from`; -1 when there is none. */
export function stepQuestion(items: readonly OutlineItem[], visible: readonly number[], from: number, dir: 1 | -1): number {
  const questions = visible.filter((i) => items[i]!.kind === 'question');
  if (dir === 1) return questions.find((i) => i > from) ?? -1;
  return questions.filter((i) => i < from).pop() ?? -1;
}

/**
 * The item being read: the last visible item whose start is above the reading line, or the last
 * visible item once the page cannot scroll further. `above[i]` is about item i.
 */
export function readingItem(visible: readonly number[], above: readonly boolean[], atBottom: boolean): number {
  if (atBottom && visible.length > 0) return visible[visible.length - 1]!;
  let found = -1;
  for (const i of visible) if (above[i]) found = i;
  return found;
}

/** Adds every id of `ids` to the list, or removes them all when all are present. */
export function toggledAll(list: readonly string[], ids: readonly string[]): string[] {
  return ids.every((id) => list.includes(id)) ? list.filter((x) => !ids.includes(x)) : [...new Set([...list, ...ids])];
}

/** Adds `id` to the list, or removes it when present. */
export function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** The match after or before `current`, wrapping around; -1 when there are none. */
export function stepMatch(current: number, total: number, dir: 1 | -1): number {
  if (total === 0) return -1;
  return (current + dir + total) % total;
}
