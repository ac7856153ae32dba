// Search: text and speaker names, "3 / 12", Enter / Shift+Enter, highlights that leave no trace.
import { describe, expect, test } from 'vitest';
import { HIGHLIGHT_ALL, HIGHLIGHT_CURRENT, MARK_ATTR } from '../../src/outline/highlight';
import { speakerName } from '../../src/engine/model';
import { findMatches, labelEnd, segmentsOf } from '../../src/outline/search';
import { mountSpeakerTags } from '../../src/tags/mount';
import { HIT_ATTR } from '../../src/tags/styles';
import { key, loadBody, mountOn, T00, type Mounted } from './fixture';

function type(m: Mounted, text: string) {
  const input = m.$('.query') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new m.win.Event('input', { bubbles: true }));
}
const count = (m: Mounted) => m.$('.count')!.textContent;

/** A stand-in for the CSS Custom Highlight API (happy-dom has none). */
function fakeHighlights(win: Window) {
  const registry = new Map<string, { ranges: Range[]; priority: number }>();
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  (win as any).Highlight = class {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  return registry;
}

describe('finding matches', () => {
  test("a speaker's name finds every turn of theirs, printed label or not", () => {
    const { model } = loadBody(T00);
    const matches = findMatches(model, '赵志国');
    const zhao = model.turns.flatMap((t, i) => (speakerName(model, t.speaker) === '赵志国' ? [i] : []));
    expect(matches.filter((m) => m.el === null).map((m) => m.turn)).toEqual(zhao);
    // …and the words: the intro and the hand-offs name him too.
    const inText = matches.filter((m) => m.el !== null);
    expect(inText.length).toBeGreaterThan(3);
    for (const m of inText) expect(m.el!.textContent!.slice(m.start, m.end)).toBe('赵志国');
    expect(matches.map((m) => m.turn)).toEqual([...matches.map((m) => m.turn)].sort((a, b) => a - b));
  });

  test('an inline label is not counted again as text', () => {
    const { model } = loadBody('t01-six-fund-managers-roundtable');
    const matches = findMatches(model, '杨喆');
    const turns = model.turns.filter((t) => speakerName(model, t.speaker) === '杨喆');
    expect(matches.filter((m) => m.el === null)).toHaveLength(turns.length);
    expect(matches.filter((m) => m.el !== null && m.start < 5)).toEqual([]);
    expect(labelEnd('　　杨喆：巴菲特', '杨喆：')).toBe(5);
    expect(labelEnd('　　巴菲特', '杨喆：')).toBe(0);
  });

  test('a speaker and words find the words in that speaker\'s turns only', () => {
    const { model } = loadBody(T00);
    const tian = model.speakers.find((s) => s.name === '田玉龙')!.id;
    const everywhere = findMatches(model, '5G');
    const his = findMatches(model, '田玉龙 5G');
    expect(his.length).toBeGreaterThan(0);
    expect(his.length).toBeLessThan(everywhere.length);
    for (const m of his) {
      expect(model.turns[m.turn]!.speaker).toBe(tian);
      expect(m.el && m.el.textContent!.slice(m.start, m.end)).toBe('5G');
    }
    expect(his).toEqual(everywhere.filter((m) => model.turns[m.turn]!.speaker === tian));
    // In either order; an outlet names its reporter; a bilingual speaker answers to both names.
    expect(findMatches(model, '5G 田玉龙')).toEqual(his);
    const outlet = findMatches(model, '第一财经 数据安全');
    expect(outlet.length).toBeGreaterThan(0);
    expect(outlet.every((m) => speakerName(model, model.turns[m.turn]!.speaker) === '第一财经记者')).toBe(true);
    const t05 = loadBody('t05-yi-gang-cgtn-bilingual-interview').model;
    expect(findMatches(t05, 'Yi Gang').filter((m) => m.el === null)).toHaveLength(8);
    expect(findMatches(t05, '易纲 货币政策').length).toBeGreaterThan(0);
  });

  test('case-insensitive; empty query finds nothing', () => {
    const { model } = loadBody('t05-yi-gang-cgtn-bilingual-interview');
    expect(findMatches(model, 'central banks').length).toBe(findMatches(model, 'Central Banks').length);
    expect(findMatches(model, 'central banks').length).toBeGreaterThan(0);
    expect(findMatches(model, '   ')).toEqual([]);
  });

  test('segments follow the text across nodes', () => {
    const { doc } = loadBody(T00);
    const p = doc.createElement('p');
    const b = doc.createElement('b');
    b.textContent = '田玉';
    p.append('　　', b, '龙先生');
    const parts = segmentsOf(p, 2, 5);
    expect(parts.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['田玉', '龙']);
  });
});

describe('search in the panel', () => {
  test('shows "n / total"; Enter and Shift+Enter move, wrapping around', () => {
    const m = mountOn(T00);
    type(m, '黄利斌');
    const total = findMatches(m.model, '黄利斌').length;
    expect(count(m)).toBe(`1 / ${total}`);
    const input = m.$('.query')!;
    key(input, 'Enter');
    expect(count(m)).toBe(`2 / ${total}`);
    key(input, 'Enter', { shiftKey: true });
    key(input, 'Enter', { shiftKey: true });
    expect(count(m)).toBe(`${total} / ${total}`);
    (m.$$('.search .icon')[1] as HTMLButtonElement).click();
    expect(count(m)).toBe(`1 / ${total}`);
    type(m, '量子计算机');
    expect(count(m)).toBe('无结果');
    expect((m.$$('.search .icon')[0] as HTMLButtonElement).disabled).toBe(true);
  });

  test('without the Highlight API, matches are wrapped in marks; clearing restores the DOM exactly', () => {
    const m = mountOn(T00);
    const body = m.doc.body.innerHTML;
    type(m, '工业');
    const marks = [...m.doc.querySelectorAll(`mark[${MARK_ATTR}]`)];
    expect(marks.length).toBe(findMatches(m.model, '工业').length);
    expect(marks.every((mk) => mk.textContent === '工业')).toBe(true);
    expect(marks.filter((mk) => mk.getAttribute(MARK_ATTR) === 'current')).toHaveLength(1);
    key(m.$('.query')!, 'Enter');
    expect(marks[1]!.getAttribute(MARK_ATTR)).toBe('current');
    expect(marks[0]!.getAttribute(MARK_ATTR)).toBe('');
    // Esc clears the query and every mark.
    key(m.$('.query')!, 'Escape');
    expect((m.$('.query') as HTMLInputElement).value).toBe('');
    expect(m.doc.body.innerHTML).toBe(body);
    // …and leaves the field for the panel; Esc again never folds the side panel (every tab would).
    expect(m.shadow.activeElement).toBe(m.$('.panel'));
    key(m.$('.panel')!, 'Escape');
    expect(m.$('nav')).not.toBeNull();
    key(m.$('.query')!, 'Escape');
    expect(m.$('nav')).not.toBeNull();
    expect(m.saved).toEqual([]);
  });

  test('with the Highlight API the page DOM is not touched at all', () => {
    let registry!: Map<string, { ranges: Range[]; priority: number }>;
    const m = mountOn(T00, { before: ({ win }) => void (registry = fakeHighlights(win)) });
    const body = m.doc.body.innerHTML;
    type(m, '工业');
    expect(m.doc.body.innerHTML).toBe(body);
    const all = registry.get(HIGHLIGHT_ALL)!;
    expect(all.ranges.length).toBe(findMatches(m.model, '工业').length);
    expect(all.ranges.every((r) => r.toString() === '工业')).toBe(true);
    expect(registry.get(HIGHLIGHT_CURRENT)!.ranges[0]).toBe(all.ranges[0]);
    expect(registry.get(HIGHLIGHT_CURRENT)!.priority).toBe(1);
    type(m, '');
    expect(registry.size).toBe(0);
  });

  test("a speaker match lights up that turn's tag", () => {
    const m = mountOn(T00, { before: ({ doc, model, controller }) => void mountSpeakerTags(doc, model, controller.signal) });
    type(m, '寿小丽');
    const hits = [...m.doc.querySelectorAll(`[${HIT_ATTR}]`)];
    const hostTurns = m.model.turns.filter((t) => t.speaker === 's1').length;
    expect(hits).toHaveLength(hostTurns);
    expect(hits[0]!.getAttribute(HIT_ATTR)).toBe('current');
    type(m, '');
    expect(m.doc.querySelectorAll(`[${HIT_ATTR}]`)).toHaveLength(0);
  });

  test('the names the tags add to the page are not matched as words; ranges stay on the page’s words', () => {
    const plain = loadBody(T00);
    const want = findMatches(plain.model, '黄利斌').map((m) => ({ turn: m.turn, at: m.el && [m.start, m.end] }));
    const tagged = loadBody(T00);
    mountSpeakerTags(tagged.doc, tagged.model, tagged.controller.signal);
    const got = findMatches(tagged.model, '黄利斌');
    expect(got.map((m) => ({ turn: m.turn, at: m.el && [m.start, m.end] }))).toEqual(want);
    for (const m of got) if (m.el) expect(segmentsOf(m.el, m.start, m.end).map((s) => s.node.data.slice(s.start, s.end)).join('')).toBe('黄利斌');
  });
});
