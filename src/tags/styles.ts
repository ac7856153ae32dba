// The tags' CSS: one sheet inside every tag's shadow root (browsers share identical sheets), and
// one page rule that only hides the label paragraphs folded into a tag (part of the page
// stylesheet the manifest declares, src/content/page-css.ts).
import { tokenVar } from '../look/themes';
import { paletteCss } from './palette';

/** Attribute on a label-only paragraph (`田玉龙：`) whose words the tag now shows. */
export const FOLDED_ATTR = 'data-sfr-folded';
/** Attribute the outline's search sets on a tag whose speaker matches (`current` for the one shown). */
export const HIT_ATTR = 'data-sfr-hit';

/** On a tag followed by the page's own colon (`[寿小丽｜主持人]：…`): no gap before it. */
export const COLON_ATTR = 'data-sfr-colon';

export const PAGE_CSS = `[${FOLDED_ATTR}]{display:none!important}`;

export const TAG_CSS =
  // Inline in the sentence, in the body's own font; wraps rather than widening the column.
  `:host{position:relative;display:inline;font:inherit}` +
  `.tag{display:inline-block;box-sizing:border-box;max-width:100%;margin:0 .45em 0 0;padding:0 .45em;` +
  `border-radius:.3em;font-size:.88em;line-height:1.55;font-weight:600;white-space:normal;overflow-wrap:anywhere;` +
  `text-indent:0;letter-spacing:normal;vertical-align:baseline;background:var(--bg);color:var(--fg);cursor:default}` +
  `:host([${COLON_ATTR}]) .tag{margin-inline-end:0}` +
  `.role{font-weight:400;margin-inline-start:.4em;padding-inline-start:.4em;border-inline-start:1px solid}` +
  // A name the page's label does not give (`周晓明` before the slotted `答：`; :has needs Chrome 105
  // and Firefox 121, the build targets Chrome 120 and Firefox 140).
  `.name:has(+slot){margin-inline-end:.35em}.name+slot{font-weight:400}` +
  // Read by screen readers only (the chip itself is aria-hidden).
  `.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}` +
  `.tip{display:none;position:absolute;left:0;top:100%;z-index:2147483000;margin-top:.35em;width:max-content;` +
  `max-width:min(34em,70vw);padding:.35em .6em;border-radius:.3em;background:${tokenVar('tipBg')};color:${tokenVar('tipText')};font-size:.8em;` +
  `line-height:1.5;font-weight:400;text-indent:0;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.25)}` +
  `.tag:hover+.tip{display:block}` +
  `:host([${HIT_ATTR}]) .tag{box-shadow:0 0 0 2px #e3a600}:host([${HIT_ATTR}=current]) .tag{box-shadow:0 0 0 3px #ff7b00}` +
  paletteCss((i) => `.c${i}`);
