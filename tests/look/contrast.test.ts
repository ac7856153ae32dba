// Every theme's text meets WCAG AA (4.5:1) on every surface it is drawn on: the page, the panel
// and its current and hovered rows, the tooltip, the phone's button, the speaker tags, and the
// search marks the page stylesheet draws. Computed from the theme's colour tokens themselves.
import { describe, expect, test } from 'vitest';
import { THEME_TOKENS, themeSwatches, type ThemeName } from '../../src/look/themes';
import { PAGE_CSS as OUTLINE_PAGE_CSS } from '../../src/outline/styles';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const THEME_NAMES = Object.keys(THEME_TOKENS) as ThemeName[];

/** [what, text colour, background] for every text a theme draws. */
function pairs(theme: ThemeName): Array<[string, string, string]> {
  const t = THEME_TOKENS[theme];
  return [
    ['page text', t.text, t.page],
    ['page secondary text', t.muted, t.page],
    ['page link', t.link, t.page],
    ['panel text', t.text, t.panel],
    ['panel secondary text', t.muted, t.panel],
    ['panel accent (numbers, pressed buttons)', t.accent, t.panel],
    ['current row text', t.text, t.current],
    ['current row accent', t.accent, t.current],
    ['hovered row text', t.text, t.hover],
    ['hovered row secondary text', t.muted, t.hover],
    ['phone button text on the accent', t.panel, t.accent],
    ['tooltip', t.tipText, t.tipBg],
    ...themeSwatches(theme).map((s, i): [string, string, string] => [`speaker tag ${i}`, s.fg, s.bg]),
  ];
}

describe('theme contrast', () => {
  test.each(THEME_NAMES)('%s: every text meets AA', (theme) => {
    const failing = pairs(theme).map(([what, fg, bg]) => [what, contrast(fg, bg)] as const).filter(([, ratio]) => ratio < 4.5);
    expect(failing).toEqual([]);
  });

  test.each(THEME_NAMES)('%s: the tooltip stands out from the page it floats over', (theme) => {
    // The bug this replaces: a near-white tooltip on a white page. Not text contrast, but a
    // tooltip must read as a box on the page (3:1, WCAG's non-text contrast).
    const t = THEME_TOKENS[theme];
    expect(contrast(t.tipBg, t.page)).toBeGreaterThanOrEqual(3);
  });

  test("search marks (the page stylesheet's own colours) meet AA", () => {
    const marks = [...OUTLINE_PAGE_CSS.matchAll(/background(?:-color)?:(#[0-9a-f]{6})(?:!important)?;color:(#[0-9a-f]{3,6})/g)];
    expect(marks.length).toBeGreaterThan(0);
    for (const [, bg, fg] of marks) {
      const full = fg!.length === 4 ? `#${[...fg!.slice(1)].map((c) => c + c).join('')}` : fg!;
      expect(contrast(full, bg!)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('the check tells a failing pair apart', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
  });
});
