// The panel's who-spoke view (each bar a filter) and a page's own grouping of its questions.
import { describe, expect, test } from 'vitest';
import { grouped, MESSAGES } from '../../src/outline/messages';
import { DIM_ATTR } from '../../src/outline/styles';
import { FIRST_ROWS } from '../../src/outline/state';
import { buildAllRows, mountOn, T00, type Mounted } from './fixture';

/** Unfolds the who-spoke view, as a click on its summary does. */
function unfold(m: Mounted) {
  const details = m.$('details.who-spoke') as HTMLDetailsElement;
  details.open = true;
  details.dispatchEvent(new m.win.Event('toggle'));
}

describe('who spoke', () => {
  test('three charts of bars; a bar keeps its speakers\' turns, again lets them go', () => {
    const m = mountOn(T00);
    expect(m.$('.who-spoke summary')!.textContent).toBe('谁在发言');
    // Folded, the charts are not built.
    expect(m.$$('.chart')).toHaveLength(0);
    unfold(m);
    const titles = m.$$('.chart-title').map((e) => e.textContent);
    expect(titles).toEqual(['发言字数', '提问（按媒体）', '回答']);
    const answers = m.$$('.chart')[2]!;
    const first = answers.querySelector<HTMLButtonElement>('.bar-row')!;
    expect(first.querySelector('.bar-label')!.textContent).toBe('田玉龙');
    expect(first.querySelector('.bar-value')!.textContent).toMatch(/^\d+ 答$/);
    expect(first.querySelector<HTMLElement>('.bar-fill')!.style.width).toBe('100%');
    first.click();
    const tian = m.model.speakers.find((s) => s.name === '田玉龙')!.id;
    const dimmed = m.model.turns.flatMap((t, i) => (t.elements.some((el) => el.hasAttribute(DIM_ATTR)) ? [i] : []));
    expect(dimmed).toEqual(m.model.turns.flatMap((t, i) => (t.speaker === tian ? [] : [i])));
    expect(m.$$('.chart')[2]!.querySelector('.bar-row')!.getAttribute('aria-pressed')).toBe('true');
    expect(m.$('.filter summary')!.textContent).toBe('按发言人筛选 · 已选 1 位');
    m.$$('.chart')[2]!.querySelector<HTMLButtonElement>('.bar-row')!.click();
    expect(m.$('.filter summary')!.textContent).toBe('按发言人筛选');
    // Folded again, the charts go.
    const details = m.$('details.who-spoke') as HTMLDetailsElement;
    details.open = false;
    details.dispatchEvent(new m.win.Event('toggle'));
    expect(m.$$('.chart')).toHaveLength(0);
  });
});

describe('the words chart\'s figures', () => {
  test('digits grouped in threes with a comma, as zh-CN and en write them', () => {
    expect([0, 999, 1000, 12345, 1234567, 999.6].map(grouped)).toEqual(['0', '999', '1,000', '12,345', '1,234,567', '1,000']);
    expect(MESSAGES.zh.chars(4321)).toBe('4,321 字');
    expect(MESSAGES.en.chars(4321)).toBe('4,321 chars');
  });

  test('the first bar of t00\'s words chart shows the speaker\'s own count', () => {
    const m = mountOn(T00);
    unfold(m);
    const first = m.$$('.chart')[0]!.querySelector('.bar-value')!.textContent!;
    expect(first).toMatch(/^\d{1,3}(,\d{3})* 字$/);
    expect(Number(first.replace(/[^\d]/g, ''))).toBeGreaterThan(1000);
  });
});

describe('a page that groups its questions by respondent (gne-sina-3)', () => {
  test('one group per heading, named as the page names them; no `问` and no `答：` on every row', () => {
    const m = mountOn('gne-sina-3.html');
    // A long list: its first rows, then the rest as they are asked for, under the same headings.
    const firstHeads = m.$$('.group-head').map((h) => h.textContent);
    expect(m.$$('.go')).toHaveLength(FIRST_ROWS);
    buildAllRows(m);
    const heads = m.$$('.group-head').map((h) => h.textContent);
    expect(heads.slice(0, firstHeads.length)).toEqual(firstHeads);
    expect(heads).toHaveLength(8);
    expect(heads[0]).toBe('AMUNDI副首席投资官 Vincent Mortier');
    const firstGroup = m.$$('.group')[0]!;
    expect(firstGroup.querySelectorAll('.go')).toHaveLength(6);
    expect(firstGroup.querySelector('ol')!.getAttribute('aria-labelledby')).toBe(m.$$('.group-head')[0]!.id);
    expect(m.$$('.grouped .who')).toHaveLength(0);
    expect(m.$$('.grouped .ans')).toHaveLength(0);
    expect(m.$$('.grouped .num').map((n) => n.textContent).slice(0, 7)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  test('a press conference is one list', () => {
    const m = mountOn(T00);
    expect(m.$$('.group')).toHaveLength(0);
    expect(m.$$('.item.question .who').length).toBe(m.model.questions.length);
  });
});
