// The reader's colour themes as tokens (issue 16). The page stylesheet turns the chosen theme's
// tokens into custom properties on <html> (./page-css.ts); the panel and the tags read them
// through their shadow roots (custom properties inherit into shadow trees), with the light
// theme's values as fallbacks. tests/look/contrast.test.ts checks every pair for WCAG AA.
import { PALETTE, swatchVars, type Swatch } from '../tags/palette';

export type ThemeName = 'light' | 'sepia' | 'dark';

export interface ThemeTokens {
  /** Page background, body text, secondary text (date, source, editor), links, rules. */
  page: string;
  text: string;
  muted: string;
  link: string;
  line: string;
  /** The panel's background, its accent (numbers, current item bar, focus ring, the phone's
   *  button), the current row's and a hovered row's background. Text on them is `text`. */
  panel: string;
  accent: string;
  current: string;
  hover: string;
  /** The speaker tag's tooltip. */
  tipBg: string;
  tipText: string;
  /** Which of the speaker palette's pairs the tags use. */
  palette: 'light' | 'dark';
  /** For the browser's own controls and scrollbars. */
  scheme: 'light' | 'dark';
}

export const THEME_TOKENS: Readonly<Record<ThemeName, ThemeTokens>> = {
  light: {
    page: '#ffffff', text: '#1f2328', muted: '#59636e', link: '#0b57d0', line: '#d1d9e0',
    panel: '#ffffff', accent: '#0b57d0', current: '#e8f0fe', hover: '#eef1f4',
    tipBg: '#1f2328', tipText: '#ffffff', palette: 'light', scheme: 'light',
  },
  sepia: {
    page: '#f4ecd8', text: '#3b2f20', muted: '#66553d', link: '#8a3f0a', line: '#d8c9a7',
    panel: '#f8f2e3', accent: '#8a3f0a', current: '#eadfc2', hover: '#efe5cc',
    tipBg: '#3b2f20', tipText: '#f8f2e3', palette: 'light', scheme: 'light',
  },
  dark: {
    page: '#16191d', text: '#e3e8ee', muted: '#9da7b3', link: '#8ab4f8', line: '#3d444d',
    panel: '#1b1f24', accent: '#8ab4f8', current: '#1e3656', hover: '#2a3038',
    tipBg: '#e3e8ee', tipText: '#1f2328', palette: 'dark', scheme: 'dark',
  },
};

/** The custom property behind each token (on <html>, read inside our shadow roots). */
export const TOKEN_VAR: Readonly<Record<Exclude<keyof ThemeTokens, 'palette' | 'scheme'>, string>> = {
  page: '--sfr-page', text: '--sfr-text', muted: '--sfr-muted', link: '--sfr-link', line: '--sfr-line',
  panel: '--sfr-panel', accent: '--sfr-accent', current: '--sfr-current', hover: '--sfr-hover',
  tipBg: '--sfr-tip-bg', tipText: '--sfr-tip-text',
};

/** `var(--sfr-text,#1f2328)`: a token as seen from our shadow roots, light when no theme is set. */
export function tokenVar(token: keyof typeof TOKEN_VAR): string {
  return `var(${TOKEN_VAR[token]},${THEME_TOKENS.light[token]})`;
}

/** Speaker colour pairs a theme uses. */
export function themeSwatches(theme: ThemeName): Swatch[] {
  return PALETTE.map((p) => p[THEME_TOKENS[theme].palette]);
}

/** Every custom property of a theme, as declarations for <html>. */
export function themeDeclarations(theme: ThemeName): string {
  const t = THEME_TOKENS[theme];
  const tokens = (Object.keys(TOKEN_VAR) as Array<keyof typeof TOKEN_VAR>).map((k) => `${TOKEN_VAR[k]}:${t[k]}`);
  const swatches = themeSwatches(theme).flatMap((s, i) => [`${swatchVars(i).bg}:${s.bg}`, `${swatchVars(i).fg}:${s.fg}`]);
  return [...tokens, ...swatches].join(';');
}
