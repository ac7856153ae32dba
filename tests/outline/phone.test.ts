// The phone's bottom sheet and button: half the screen, the page readable above it, and a
// button that slides away while the reader scrolls down.
import { describe, expect, test, vi } from 'vitest';
import { PANEL_CSS } from '../../src/outline/styles';
import { mountOn, T00 } from './fixture';

describe('phone width', () => {
  test('the sheet takes half the height, over a backdrop that leaves the page readable', () => {
    expect(PANEL_CSS).toMatch(/\.sheet\{[^}]*height:50vh/);
    expect(PANEL_CSS).not.toMatch(/\.sheet\{[^}]*78vh/);
    expect(PANEL_CSS).toMatch(/\.backdrop\{[^}]*rgba\(0,0,0,\.0\d\)/);
  });

  test('the sheet\'s scrollbars follow the theme: the page\'s colour scheme, the theme\'s line colour', () => {
    // `all:initial` alone resets color-scheme to light: a white scrollbar track on a dark sheet.
    expect(PANEL_CSS).toMatch(/:host\{all:initial;color-scheme:inherit\}/);
    expect(PANEL_CSS).toMatch(/\.root\{[^}]*scrollbar-color:var\(--line\) transparent/);
  });

  test('a search match is scrolled into the half above the sheet', () => {
    const m = mountOn(T00, { width: 600 });
    m.$('.fab')!.click();
    const height = m.win.innerHeight;
    // Every match 3000 px down the page (happy-dom lays nothing out).
    vi.spyOn(m.win.Range.prototype, 'getBoundingClientRect').mockReturnValue({ top: 3000 } as DOMRect);
    const scrollTo = vi.spyOn(m.win, 'scrollTo');
    const input = m.$('.query') as HTMLInputElement;
    input.value = '5G';
    input.dispatchEvent(new m.win.Event('input', { bubbles: true }));
    const { top } = scrollTo.mock.calls[0]![0] as ScrollToOptions;
    // The match lands in the upper half of the window, above the sheet.
    expect(3000 - top!).toBeGreaterThan(0);
    expect(3000 - top!).toBeLessThan(height / 2 - 40);
  });

  test('the button slides away while scrolling down and comes back on scrolling up', async () => {
    const m = mountOn(T00, { width: 600 });
    // Where the reader starts is read once the panel is painted.
    await new Promise((resolve) => m.win.requestAnimationFrame(() => m.win.setTimeout(resolve, 1)));
    const root = m.$('.root') ?? (m.shadow.querySelector('.root') as HTMLElement);
    const scroll = (y: number) => {
      Object.defineProperty(m.win, 'scrollY', { value: y, configurable: true });
      m.win.dispatchEvent(new m.win.Event('scroll'));
    };
    scroll(400);
    expect(root.classList.contains('reading')).toBe(true);
    scroll(404); // a jitter of a few pixels changes nothing
    expect(root.classList.contains('reading')).toBe(true);
    scroll(300);
    expect(root.classList.contains('reading')).toBe(false);
    expect(PANEL_CSS).toContain('.reading .fab{transform:translateY(');
  });
});
