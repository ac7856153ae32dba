// A long outline (gne-sina-3, a saved page of 47 items) is built as it is read: its first rows and
// a button for the rest; more rows when the list nears its end, when the button is pressed, and
// wherever the reading position or a jump goes (issue 18: rows nobody has reached cost at load).
import { describe, expect, test, vi } from 'vitest';
import { buildOutline } from '../../src/engine/outline';
import { watchNearEnd } from '../../src/outline/near-end';
import { FIRST_ROWS, MORE_ROWS, ROWS_AHEAD } from '../../src/outline/state';
import { FakeObserver, installFakeObserver, mountOn, T00, type Mounted } from './fixture';

const PAGE = 'gne-sina-3.html';
const itemsOf = (m: Mounted) => buildOutline(m.model);
const builtItems = (m: Mounted) => m.$$('.go').map((b) => Number(b.dataset.item));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('a long outline', () => {
  test('starts with its first rows and a button that says how many more there are', () => {
    const m = mountOn(PAGE);
    const total = itemsOf(m).length;
    expect(total).toBeGreaterThan(FIRST_ROWS);
    expect(builtItems(m)).toEqual(range(FIRST_ROWS));
    expect(m.$('.items > li:last-child .show-more')!.textContent).toBe(`显示其余 ${total - FIRST_ROWS} 项`);
    expect(mountOn(PAGE, { uiLanguage: 'en' }).$('.show-more')!.textContent).toBe(`Show ${total - FIRST_ROWS} more`);
  });

  test('the button builds the next rows and takes the keyboard to the first of them; with every row built it goes', () => {
    const m = mountOn(PAGE);
    const total = itemsOf(m).length;
    m.$('.show-more')!.focus();
    m.$('.show-more')!.click();
    expect(builtItems(m)).toEqual(range(Math.min(total, FIRST_ROWS + MORE_ROWS)));
    expect(m.shadow.activeElement).toBe(m.$(`.go[data-item="${FIRST_ROWS}"]`));
    expect(m.$('.show-more')).toBeNull();
    // Every item's row once, in order, under the page's own group headings.
    expect(m.$$('.num').map((n) => n.textContent).filter(Boolean)).toEqual(
      itemsOf(m).filter((i) => i.kind === 'question').map((i) => String(i.number)),
    );
  });

  test('the next-question command past the built rows builds them, a few ahead, and marks the question', () => {
    const m = mountOn(PAGE);
    const items = itemsOf(m);
    let active = -1;
    while (active < FIRST_ROWS) {
      expect(m.command('next-question')).toBe(true);
      active = Number(m.$('.go[aria-current]')!.dataset.item);
    }
    expect(items[active]!.kind).toBe('question');
    expect(builtItems(m)).toEqual(range(Math.min(items.length, active + 1 + ROWS_AHEAD)));
  });

  test('the reading position past the built rows builds them', () => {
    const m = mountOn(PAGE, { before: ({ win }) => installFakeObserver(win) });
    const lines = FakeObserver.made.find((o) => o.options.rootMargin?.startsWith('1000000px'))!;
    const reading = 30;
    lines.fire(lines.targets.slice(0, reading + 1).map((anchor) => [anchor, true]));
    expect(m.$('.go[aria-current]')!.dataset.item).toBe(String(reading));
    expect(builtItems(m)).toEqual(range(reading + 1 + ROWS_AHEAD));
    // Back near the top: the rows built stay (nothing the reader saw goes away).
    lines.fire(lines.targets.slice(3, reading + 1).map((anchor) => [anchor, false]));
    expect(m.$('.go[aria-current]')!.dataset.item).toBe('2');
    expect(builtItems(m)).toEqual(range(reading + 1 + ROWS_AHEAD));
  });

  test('scrolling the list near its end builds more; at load nothing more is built, and the watch ends with the button', () => {
    const m = mountOn(PAGE);
    const total = itemsOf(m).length;
    const list = m.$('.items')!;
    const scrollTo = (el: HTMLElement, top: number) => {
      Object.defineProperties(el, {
        scrollTop: { value: top, configurable: true },
        clientHeight: { value: 600, configurable: true },
        scrollHeight: { value: 2000, configurable: true },
      });
      el.dispatchEvent(new m.win.Event('scroll'));
    };
    expect(builtItems(m)).toHaveLength(FIRST_ROWS);
    // Far from the end (600 px in view, 800 more below them): nothing yet.
    scrollTo(list, 600);
    expect(builtItems(m)).toHaveLength(FIRST_ROWS);
    const unwatched = vi.spyOn(list, 'removeEventListener');
    // Less than a list's height from the end.
    scrollTo(list, 900);
    expect(builtItems(m)).toEqual(range(Math.min(total, FIRST_ROWS + MORE_ROWS)));
    // Reading on does not take the focus from where the reader is.
    expect(m.shadow.activeElement).toBeNull();
    // Every row built, the button is gone and so is the watch: scrolling builds nothing and fails nothing.
    expect(m.$('.show-more')).toBeNull();
    expect(unwatched).toHaveBeenCalledWith('scroll', expect.any(Function));
    scrollTo(list, 1400);
    expect(builtItems(m)).toHaveLength(total);
  });

  test('the button focused when scrolling builds the rows (focusing it scrolls there): the focus goes on to the first new row', () => {
    const m = mountOn(PAGE);
    const list = m.$('.items')!;
    m.$('.show-more')!.focus();
    Object.defineProperties(list, {
      scrollTop: { value: 900, configurable: true },
      clientHeight: { value: 600, configurable: true },
      scrollHeight: { value: 2000, configurable: true },
    });
    list.dispatchEvent(new m.win.Event('scroll'));
    expect(m.$('.show-more')).toBeNull();
    expect(m.shadow.activeElement).toBe(m.$(`.go[data-item="${FIRST_ROWS}"]`));
  });

  test('a transcript shorter than the first rows is built whole, with no button (t00)', () => {
    const m = mountOn(T00);
    expect(builtItems(m)).toEqual(range(itemsOf(m).length));
    expect(m.$('.show-more')).toBeNull();
  });
});

describe('the watch near the end of the list', () => {
  test("the panel's own scrolling (keeping the item read in view) builds nothing; the reader's does", () => {
    const m = mountOn(T00);
    const list = m.doc.createElement('ol');
    list.className = 'items';
    const button = m.doc.createElement('button');
    list.append(button);
    Object.defineProperties(list, { clientHeight: { value: 600 }, scrollHeight: { value: 2000 } });
    const scroll = (top: number) => {
      Object.defineProperty(list, 'scrollTop', { value: top, configurable: true });
      list.dispatchEvent(new m.win.Event('scroll'));
    };
    let more = 0;
    const watch = watchNearEnd(() => more++);
    watch.ref(button);
    watch.scrollingTo(900);
    scroll(900);
    expect(more).toBe(0);
    scroll(905);
    expect(more).toBe(1);
    watch.stop();
    scroll(1400);
    expect(more).toBe(1);
  });
});
