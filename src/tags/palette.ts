// Speaker colours: eight hues, each a background/text pair for light and for dark pages. Every
// pair keeps WCAG AA contrast (≥ 4.5:1, checked by tests/tags/palette.test.ts). Colour only
// helps scanning; the name is always printed.

export interface Swatch {
  bg: string;
  fg: string;
}

export const PALETTE: ReadonlyArray<{ light: Swatch; dark: Swatch }> = [
  { light: { bg: '#dfecfb', fg: '#113f74' }, dark: { bg: '#24374c', fg: '#accff6' } }, // blue
  { light: { bg: '#dffbeb', fg: '#0e6432' }, dark: { bg: '#244c35', fg: '#acf6cb' } }, // green
  { light: { bg: '#fbeadf', fg: '#743811' }, dark: { bg: '#4c3424', fg: '#f6caac' } }, // orange
  { light: { bg: '#f2dffb', fg: '#531174' }, dark: { bg: '#3f244c', fg: '#ddacf6' } }, // purple
  { light: { bg: '#fbdfe8', fg: '#741132' }, dark: { bg: '#4c2432', fg: '#f6acc5' } }, // rose
  { light: { bg: '#dff9fb', fg: '#0e5c63' }, dark: { bg: '#24484c', fg: '#acf0f6' } }, // teal
  { light: { bg: '#fbf4df', fg: '#634e0e' }, dark: { bg: '#4c4224', fg: '#f6e3ac' } }, // amber
  { light: { bg: '#e4dffb', fg: '#211174' }, dark: { bg: '#2b244c', fg: '#b9acf6' } }, // indigo
];

export const PALETTE_SIZE = PALETTE.length;

/** `.c0{--bg:…;--fg:…}` … for light, and the dark pairs under prefers-color-scheme. */
export function paletteCss(selector: (i: number) => string): string {
  const rules = (scheme: 'light' | 'dark') =>
    PALETTE.map((p, i) => `${selector(i)}{--bg:${p[scheme].bg};--fg:${p[scheme].fg}}`).join('');
  return `${rules('light')}@media (prefers-color-scheme:dark){${rules('dark')}}`;
}
