import { describe, expect, test } from 'vitest';
import type { OutlineItem } from '../../src/engine/outline';
import { initialState, readingItem, stepMatch, stepQuestion, toggled, visibleItems } from '../../src/outline/state';

const item = (kind: OutlineItem['kind'], turn: number, number: number, speakers: string[]): OutlineItem =>
  ({ kind, turn, number, who: '', gist: '', answerers: [], speakers });
const ITEMS = [
  item('opening', 0, 0, ['s1', 's2']),
  item('question', 3, 1, ['s3', 's2']),
  item('question', 5, 2, ['s4', 's5']),
  item('question', 8, 3, ['s6', 's2']),
  item('closing', 10, 0, ['s1']),
];
const ALL = [0, 1, 2, 3, 4];

describe('panel state', () => {
  test('open by default on wide screens unless folded; closed on narrow ones', () => {
    expect(initialState(false, false).open).toBe(true);
    expect(initialState(false, true).open).toBe(false);
    expect(initialState(true, false).open).toBe(false);
  });

  test('the speaker filter keeps the items a chosen speaker takes part in', () => {
    expect(visibleItems(ITEMS, [])).toEqual(ALL);
    expect(visibleItems(ITEMS, ['s2'])).toEqual([0, 1, 3]);
    expect(visibleItems(ITEMS, ['s5', 's1'])).toEqual([0, 2, 4]);
  });

  test('next and previous question skip opening, closing and filtered-out items', () => {
    expect(stepQuestion(ITEMS, ALL, -1, 1)).toBe(1);
    expect(stepQuestion(ITEMS, ALL, 0, 1)).toBe(1);
    expect(stepQuestion(ITEMS, ALL, 1, 1)).toBe(2);
    expect(stepQuestion(ITEMS, ALL, 3, 1)).toBe(-1);
    expect(stepQuestion(ITEMS, ALL, 4, -1)).toBe(3);
    expect(stepQuestion(ITEMS, ALL, 1, -1)).toBe(-1);
    expect(stepQuestion(ITEMS, [0, 1, 3], 1, 1)).toBe(3);
  });

  test('the item being read: last one above the reading line, the last one at the bottom', () => {
    expect(readingItem(ALL, [false, false, false, false, false], false)).toBe(-1);
    expect(readingItem(ALL, [true, true, false, false, false], false)).toBe(1);
    expect(readingItem([0, 2], [true, true, false, false, false], false)).toBe(0);
    expect(readingItem(ALL, [true, true, true, false, false], true)).toBe(4);
  });

  test('toggling and stepping', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 0, 1)).toBe(-1);
  });
});
