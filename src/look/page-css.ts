// The look's page rules (part of the page stylesheet, src/content/page-css.ts). Size, width,
// spacing and font set custom properties that clean mode's column reads (src/clean/stylesheet.ts,
// today's look as the fallback); sepia and dark also colour the page itself, in clean mode only:
// without it the page is Sina's white page, and the tags and the panel stay light on it.
import { CLEAN_ATTR } from '../clean/clean-mode';
import { ARTICLE } from '../clean/rules';
import { FONT_STACKS, READING_VARS } from '../clean/stylesheet';
import { COLUMN_WIDTHS, LINE_SPACINGS, TEXT_SIZES, type ColumnWidth, type LineSpacing } from '../settings/schema';
import { FLASH_ATTR } from '../outline/scroll';
import { MARK_ATTR } from '../outline/highlight';
import { TAG_NAME } from '../tags/tag-element';
import { LOOK_ATTRS } from './attrs';
import { TOKEN_VAR, themeDeclarations, type ThemeName } from './themes';

export const COLUMN_WIDTH_PX: Readonly<Record<ColumnWidth, number>> = { narrow: 640, normal: 760, wide: 960 };
export const LINE_HEIGHT: Readonly<Record<LineSpacing, number>> = { compact: 1.6, normal: 1.85, loose: 2.15 };

const at = (key: keyof typeof LOOK_ATTRS, value: string) => `html[${LOOK_ATTRS[key]}="${value}"]`;

function typeRules(): string {
  return [
    ...TEXT_SIZES.map((n) => `${at('textSize', String(n))}{${READING_VARS.size}:${n}px}`),
    ...COLUMN_WIDTHS.map((w) => `${at('columnWidth', w)}{${READING_VARS.width}:${COLUMN_WIDTH_PX[w]}px}`),
    ...LINE_SPACINGS.map((s) => `${at('lineSpacing', s)}{${READING_VARS.leading}:${LINE_HEIGHT[s]}}`),
    `${at('fontFamily', 'serif')}{${READING_VARS.font}:${FONT_STACKS.serif}}`,
  ].join('\n');
}

/** Clean mode under a theme: the theme's tokens on <html>, and for sepia and dark the page in
 *  them (`:where` keeps the catch-all weak, so links and stock names win; search marks, flashes and
 *  speaker tags keep their own colours). */
function themeRules(scope: string, theme: ThemeName): string {
  const v = (token: keyof typeof TOKEN_VAR) => `var(${TOKEN_VAR[token]})`;
  const tokens = `${scope}{${themeDeclarations(theme)}}`;
  if (theme === 'light') return tokens;
  const meta = [...ARTICLE.meta, ...ARTICLE.editor].map((s) => `${scope} body ${s}`).join(',');
  return [
    tokens,
    `${scope}{color-scheme:${theme === 'dark' ? 'dark' : 'light'};background:${v('page')}!important;color:${v('text')}!important}`,
    `${scope} body{background:${v('page')}!important;color:${v('text')}!important}`,
    `${scope} body :where(:not(mark[${MARK_ATTR}]):not([${FLASH_ATTR}]):not(${TAG_NAME})){background-color:transparent!important;color:inherit!important;border-color:${v('line')}!important}`,
    `${scope} body a{color:${v('link')}!important}`,
    `${meta}{color:${v('muted')}!important}`,
  ].join('\n');
}

export function buildLookCss(): string {
  const themed = (theme: ThemeName) => `html[${CLEAN_ATTR}][${LOOK_ATTRS.theme}="${theme}"]`;
  const system = `html[${CLEAN_ATTR}][${LOOK_ATTRS.theme}="system"]`;
  return [
    typeRules(),
    themeRules(themed('light'), 'light'),
    themeRules(themed('sepia'), 'sepia'),
    themeRules(themed('dark'), 'dark'),
    `@media (prefers-color-scheme:dark){${themeRules(system, 'dark')}}`,
  ].join('\n') + '\n';
}
