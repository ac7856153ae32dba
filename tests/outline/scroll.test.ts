// Taking the reader to a turn below Sina's sticky top bar, measured rather than assumed.
import { describe, expect, test, vi } from 'vitest';
import { flash, FLASH_ATTR, focusTurn, scrollToElement, topObstruction } from '../../src/outline/scroll';
import { loadBody, T00 } from './fixture';

const rect = (top: number, height: number, width = 1000) =>
  ({ top, bottom: top + height, height, width, left: 0, right: width, x: 0, y: top }) as DOMRect;

function page() {
  const { doc, win } = loadBody(T00);
  const bar = doc.createElement('div');
  bar.id = 'top_bar';
  doc.body.prepend(bar);
  vi.spyOn(doc, 'elementFromPoint').mockReturnValue(null);
  return { doc, win, bar, target: doc.querySelectorAll('#artibody p, p')[20] as HTMLElement };
}

describe('top obstruction', () => {
  test("Sina's bar counts once it is fixed at the top, not while it sits in the flow", () => {
    const { doc, bar } = page();
    vi.spyOn(bar, 'getBoundingClientRect').mockReturnValue(rect(0, 56));
    expect(topObstruction(doc)).toBe(0);
    bar.style.position = 'fixed';
    expect(topObstruction(doc)).toBe(56);
    // A fixed bar that is not at the top (a bottom toolbar) does not.
    vi.spyOn(bar, 'getBoundingClientRect').mockReturnValue(rect(700, 56));
    expect(topObstruction(doc)).toBe(0);
  });

  test('any other fixed header found at the top centre counts; our own panel does not', () => {
    const { doc } = page();
    const header = doc.createElement('header');
    header.style.position = 'sticky';
    doc.body.prepend(header);
    vi.spyOn(header, 'getBoundingClientRect').mockReturnValue(rect(0, 44));
    vi.mocked(doc.elementFromPoint).mockReturnValue(header);
    expect(topObstruction(doc)).toBe(44);
    expect(topObstruction(doc, header)).toBe(0);
  });
});

describe('scrolling to a turn', () => {
  test('lands below the bar, and corrects once the bar has become fixed on the way', () => {
    const { win, bar, target } = page();
    vi.spyOn(bar, 'getBoundingClientRect').mockReturnValue(rect(0, 56));
    let scrollY = 0;
    Object.defineProperty(win, 'scrollY', { get: () => scrollY, configurable: true });
    const calls: Array<ScrollToOptions> = [];
    vi.spyOn(win, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
      calls.push(options);
      scrollY = options.top!;
    }) as typeof win.scrollTo);
    vi.spyOn(target, 'getBoundingClientRect').mockImplementation(() => rect(3000 - scrollY, 80));
    const done = vi.fn();
    scrollToElement(target, { signal: new AbortController().signal, done });
    expect(calls).toEqual([{ top: 3000 - 12, behavior: 'smooth' }]);
    // Sina's script fixes the bar while the page scrolls; the landing is checked again.
    bar.style.position = 'fixed';
    win.dispatchEvent(new win.Event('scrollend'));
    expect(calls[1]).toEqual({ top: 3000 - 56 - 12, behavior: 'auto' });
    expect(done).toHaveBeenCalledTimes(1);
  });

  test('no smooth scrolling for readers who ask for reduced motion', () => {
    const { win, target } = page();
    vi.spyOn(win, 'matchMedia').mockImplementation((q: string) => ({ matches: q.includes('reduce') }) as MediaQueryList);
    const scrollTo = vi.spyOn(win, 'scrollTo').mockImplementation(() => {});
    vi.spyOn(target, 'getBoundingClientRect').mockReturnValue(rect(900, 80));
    scrollToElement(target, { signal: new AbortController().signal });
    expect(scrollTo).toHaveBeenCalledWith({ top: 888, behavior: 'auto' });
  });

  test('flash and focus leave nothing behind', () => {
    const { target } = page();
    const before = target.outerHTML;
    const unflash = flash([target]);
    expect(target.hasAttribute(FLASH_ATTR)).toBe(true);
    const unfocus = focusTurn(target);
    expect(target.ownerDocument.activeElement).toBe(target);
    unflash();
    unfocus();
    expect(target.outerHTML).toBe(before);
    // A paragraph with its own tabindex keeps it.
    target.setAttribute('tabindex', '0');
    focusTurn(target)();
    expect(target.getAttribute('tabindex')).toBe('0');
  });
});
