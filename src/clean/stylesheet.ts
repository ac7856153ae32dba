// Builds the clean-mode CSS from the data in ./rules.ts. Every selector is prefixed with
// html[ATTR], so nothing applies while the attribute is absent; !important because Sina sets
// inline display/height on its ads and on the folded mobile card.
import { ARTICLE, AUTO_LINKS, COLUMN_FRAMES, COLUMN_INNER, HIDE_RULES, INLINE_FACES, MOBILE_AUTHOR, MOBILE_FOLD, STICKY_BARS, STOCK_LINKS } from './rules';

export const FONT_STACKS = {
  // Sina's own faces where the reader has them; offline captures would otherwise fall back to serif.
  sans: '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif',
  serif: '"Songti SC","STSong","Noto Serif CJK SC","Source Han Serif SC","SimSun",serif',
} as const;

/** The reading column by default: about 40 CJK characters a line. */
export const READING = {
  maxWidth: '760px', gutter: '20px', fontSize: '18px', lineHeight: '1.85', fontFamily: FONT_STACKS.sans,
} as const;

/** The custom properties the reader's settings set on <html> (src/look/page-css.ts) for size,
 *  width, line height and face; the column falls back to READING without them. */
export const READING_VARS = { size: '--sfr-size', width: '--sfr-width', leading: '--sfr-leading', font: '--sfr-font' } as const;
const COLUMN = {
  maxWidth: `var(${READING_VARS.width},${READING.maxWidth})`,
  fontSize: `var(${READING_VARS.size},${READING.fontSize})`,
  lineHeight: `var(${READING_VARS.leading},${READING.lineHeight})`,
  fontFamily: `var(${READING_VARS.font},${READING.fontFamily})`,
} as const;

/** A link that reads as a plain word of its sentence. */
const AS_WORDS = {
  'pointer-events': 'none', cursor: 'text', color: 'inherit', 'text-decoration': 'none',
  background: 'none', 'font-weight': 'inherit',
};

function block(scope: string, selectors: readonly string[], decls: Record<string, string>): string {
  const sel = selectors.map((s) => `${scope} ${s}`).join(',\n');
  const body = Object.entries(decls).map(([k, v]) => `${k}:${v}!important`).join(';');
  return `${sel}{${body}}\n`;
}

export function buildCleanCss(attr: string): string {
  const scope = `html[${attr}]`;
  const bodies = ARTICLE.body;
  const within = (tail: string) => bodies.map((b) => `${b} ${tail}`);
  return [
    block(scope, HIDE_RULES.map((r) => r.selector), { display: 'none' }),
    // Stock names stay as words of the sentence: no link colour, underline or click.
    block(scope, STOCK_LINKS, AS_WORDS),
    // So do the other links Sina puts on words of the text by itself (inside the body only).
    block(scope, bodies.flatMap((b) => AUTO_LINKS.map((a) => `${b} ${a}`)), AS_WORDS),
    // The mobile card is cut by an inline height until "read in the app"; show all of it.
    block(scope, [MOBILE_FOLD], { height: 'auto', 'max-height': 'none', overflow: 'visible' }),
    // Reading column: centred instead of the narrow left column beside the sidebar.
    block(scope, ['body'], { 'min-width': '0' }),
    block(scope, COLUMN_FRAMES, {
      width: 'auto', 'max-width': COLUMN.maxWidth, float: 'none', 'box-sizing': 'border-box',
      'margin-left': 'auto', 'margin-right': 'auto', 'padding-left': READING.gutter, 'padding-right': READING.gutter,
    }),
    block(scope, COLUMN_INNER, {
      width: 'auto', 'max-width': 'none', float: 'none', 'margin-left': '0', 'margin-right': '0',
      'padding-left': '0', 'padding-right': '0',
    }),
    block(scope, STICKY_BARS, { position: 'static', width: 'auto', height: 'auto', top: 'auto', 'box-shadow': 'none' }),
    // Type: size and line height for the body and its paragraphs; images fit the column.
    block(scope, bodies, {
      'font-size': COLUMN.fontSize, 'line-height': COLUMN.lineHeight, 'font-family': COLUMN.fontFamily,
      float: 'none', width: 'auto',
    }),
    block(scope, [...ARTICLE.title, ...ARTICLE.meta, ...ARTICLE.editor], { 'font-family': COLUMN.fontFamily }),
    // The editor line: small and quiet under the text, in the column's face (not the page's serif).
    block(scope, [...ARTICLE.editor], { 'font-size': '14px', 'line-height': '1.6' }),
    // The mobile author card: one line of avatar, outlet and date.
    block(scope, [MOBILE_AUTHOR.card], { display: 'flex', 'align-items': 'center', gap: '8px', margin: '8px 0 12px' }),
    block(scope, [MOBILE_AUTHOR.figure], { margin: '0' }),
    block(scope, [MOBILE_AUTHOR.avatar], { width: '32px', height: '32px', 'border-radius': '50%', 'object-fit': 'cover' }),
    block(scope, [MOBILE_AUTHOR.name], { 'font-size': '15px', 'line-height': '1.4', 'font-weight': '600', margin: '0', 'font-family': COLUMN.fontFamily }),
    block(scope, [MOBILE_AUTHOR.time], { 'font-size': '13px', 'line-height': '1.4', opacity: '.75', 'font-family': COLUMN.fontFamily }),
    block(scope, [MOBILE_AUTHOR.day], { 'margin-right': '.5em' }),
    block(scope, within('p'), { 'font-size': 'inherit', 'line-height': 'inherit' }),
    block(scope, within('img'), { 'max-width': '100%', height: 'auto' }),
    block(scope, INLINE_FACES.flatMap(within), { 'font-family': 'inherit' }),
  ].join('');
}
