// Filter by speaker: the others' turns dim in the page, the outline narrows.
import { describe, expect, test } from 'vitest';
import { DIM_ATTR } from '../../src/outline/styles';
import { mountOn, rowTexts, T00, type Mounted } from './fixture';

/** Unfolds the filter, as a click on its summary does. */
function unfold(m: Mounted) {
  const details = m.$('details.filter') as HTMLDetailsElement;
  if (details.open) return;
  details.open = true;
  details.dispatchEvent(new m.win.Event('toggle'));
}
function checkbox(m: Mounted, name: string): HTMLInputElement {
  unfold(m);
  return m.$$('.filter label').find((l) => l.textContent!.startsWith(name))!.querySelector('input') as HTMLInputElement;
}
const dimmedTurns = (m: Mounted) =>
  m.model.turns.flatMap((t, i) => (t.elements.some((el) => el.hasAttribute(DIM_ATTR)) ? [i] : []));

describe('speaker filter', () => {
  test('lists every speaker with the role, built only when unfolded', () => {
    const m = mountOn(T00);
    expect(m.$$('.filter label')).toHaveLength(0);
    unfold(m);
    const entries = m.$$('.filter label').map((l) => [...l.querySelectorAll('.person > span')].map((s) => s.textContent));
    expect(entries).toHaveLength(14);
    // Name, what the page calls them, and the full title a tag's tooltip gives.
    expect(entries[0]).toEqual(['寿小丽', '主持人', '国务院新闻办新闻局副局长、新闻发言人 寿小丽 · 主持人']);
    // A reporter's name already says 记者 and the outlet: nothing repeats it.
    expect(entries).toContainEqual(['第一财经记者', '']);
    expect(entries).toContainEqual(['田玉龙', '发言人', '工业和信息化部党组成员、总工程师、新闻发言人 田玉龙']);
  });

  test("choosing speakers dims the others' turns and narrows the outline; show all undoes it", () => {
    const m = mountOn(T00);
    checkbox(m, '赵志国').click();
    const zhao = m.model.speakers.find((s) => s.name === '赵志国')!.id;
    const others = m.model.turns.flatMap((t, i) => (t.speaker === zhao ? [] : [i]));
    expect(dimmedTurns(m)).toEqual(others);
    expect(rowTexts(m).map((r) => r.match(/^\d+/)?.[0])).toEqual(['4', '6', '7']);
    expect(m.$('.filter summary')!.textContent).toBe('按发言人筛选 · 已选 1 位');

    checkbox(m, '黄利斌').click();
    expect(rowTexts(m).map((r) => r.match(/^\d+/)?.[0])).toEqual(['2', '4', '6', '7', '8', '10']);
    expect(dimmedTurns(m)).not.toContain(7);

    // j / k follow the narrowed outline.
    expect(m.command('next-question')).toBe(true);
    expect(m.shadow.querySelector('[aria-current]')!.querySelector('.num')!.textContent).toBe('2');
    expect(m.command('next-question')).toBe(true);
    expect(m.shadow.querySelector('[aria-current]')!.querySelector('.num')!.textContent).toBe('4');

    (m.$$('.filter .btn')[0] as HTMLButtonElement).click();
    expect(dimmedTurns(m)).toEqual([]);
    expect(rowTexts(m)).toHaveLength(12);
    expect(m.doc.querySelectorAll(`[${DIM_ATTR}]`)).toHaveLength(0);
  });

  test('aborting takes the dimming away', () => {
    const m = mountOn(T00);
    checkbox(m, '田玉龙').click();
    expect(dimmedTurns(m).length).toBeGreaterThan(0);
    m.controller.abort();
    expect(m.doc.querySelectorAll(`[${DIM_ATTR}]`)).toHaveLength(0);
  });
});
