import { describe, expect, test } from 'vitest';
import { PALETTE, paletteCss } from '../../src/tags/palette';

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('speaker palette', () => {
  test.each(PALETTE.map((p, i) => [i, p] as const))('colour %i keeps AA contrast in light and dark', (_, p) => {
    expect(contrast(p.light.fg, p.light.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.dark.fg, p.dark.bg)).toBeGreaterThanOrEqual(4.5);
  });

  test('the contrast check itself tells bad pairs apart', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
  });

  test('every speaker colour is distinct', () => {
    expect(new Set(PALETTE.map((p) => p.light.bg)).size).toBe(PALETTE.length);
    expect(new Set(PALETTE.map((p) => p.dark.fg)).size).toBe(PALETTE.length);
  });

  test("the tags take the theme's pair from the page, the light pair without one", () => {
    const css = paletteCss((i) => `.c${i}`);
    expect(css).toContain(`.c0{--bg:var(--sfr-c0-bg,${PALETTE[0]!.light.bg});--fg:var(--sfr-c0-fg,${PALETTE[0]!.light.fg})}`);
    // Not the system's scheme: tags sit on the page, and the page is light unless the reader's theme says otherwise.
    expect(css).not.toContain('prefers-color-scheme');
  });
});
