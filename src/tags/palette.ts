// Speaker colours: eight hues, each a background/text pair for light and for dark themes. Every
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

/** The custom properties that carry speaker colour i to the tags and into the panel's shadow root: the page stylesheet
 *  sets them on <html> for the reader's theme (src/look/page-css.ts). */
export const swatchVars = (i: number) => ({ bg: `--sfr-c${i}-bg`, fg: `--sfr-c${i}-fg` });

/** `.c0{--bg:…;--fg:…}` …: the theme's pair when one is set on the page, else the light pair (the
 *  tags sit on the page, so they take its colours, not the system's). `prefix` names the two
 *  properties (`--sfr-` in the page, where `--bg` might be the page's own). */
export function paletteCss(selector: (i: number) => string, prefix = '--'): string {
  return PALETTE.map((p, i) => {
    const v = swatchVars(i);
    return `${selector(i)}{${prefix}bg:var(${v.bg},${p.light.bg});${prefix}fg:var(${v.fg},${p.light.fg})}`;
  }).join('');
}
