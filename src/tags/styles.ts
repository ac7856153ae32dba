// The tags' CSS, part of the page stylesheet the manifest declares (src/content/page-css.ts): the
// tags live in the page's DOM and are drawn from their attributes (./tag-element.ts), so a page
// pays no shadow root and no <style> per tag. Our element names match none of the page's rules
// but `*`-style resets and inherited properties, which the few `!important` box properties and
// explicit font settings below keep out.
import { tokenVar } from '../look/themes';
import { paletteCss } from './palette';
import { ADDED_ATTR } from '../engine/paragraphs';
import { COLON_NAME, COLOUR_ATTR, ROLE_ATTR, SPOKEN_ATTR, TAG_NAME, TIP_ATTR, TURN_ATTR } from './tag-element';

/** Attribute on a label-only paragraph (`田玉龙：`), or on our <sfr-fold> around an inline `答：`,
 *  whose words the tag now shows. */
export const FOLDED_ATTR = 'data-sfr-folded';
/** Attribute the outline's search sets on a tag whose speaker matches (`current` for the one shown). */
export const HIT_ATTR = 'data-sfr-hit';

// Every rule waits for an attribute of ours, as the whole page stylesheet does (scripts/check-dist.mjs).
const T = `${TAG_NAME}[${TURN_ATTR}]`;

export const PAGE_CSS =
  `[${FOLDED_ATTR}]{display:none!important}` +
  // Inline in the sentence, in the body's own font; wraps rather than widening the column.
  `${T}{position:relative!important;display:inline-block!important;box-sizing:border-box!important;max-width:100%;` +
  `margin:0!important;padding:0 .45em!important;border:0!important;border-radius:.3em!important;` +
  `font-size:.88em;font-style:normal;line-height:1.55;font-weight:600;white-space:normal;overflow-wrap:anywhere;` +
  `text-indent:0!important;text-decoration:none;letter-spacing:normal;vertical-align:baseline;` +
  `background:var(--sfr-bg)!important;color:var(--sfr-fg)!important;cursor:default}` +
  `${COLON_NAME}[${ADDED_ATTR}]{display:inline!important;font:inherit}` +
  // The badge: shown, never selected or copied; a screen reader hears `spoken` instead (`，新闻发言人`).
  `${T}::after{content:"" / attr(${SPOKEN_ATTR})}` +
  `${T}[${ROLE_ATTR}]::after{content:attr(${ROLE_ATTR}) / attr(${SPOKEN_ATTR});font-weight:400;` +
  `margin-inline-start:.4em;padding-inline-start:.4em;border-inline-start:1px solid}` +
  `${T}[${ROLE_ATTR}]:empty::after{margin:0;padding:0;border:0}` +
  // The tooltip on hover: everything known about the speaker.
  `${T}[${TIP_ATTR}]:hover::before{content:attr(${TIP_ATTR}) / "";position:absolute;left:0;top:100%;z-index:2147483000;margin-top:.35em;` +
  `width:max-content;max-width:min(34em,70vw);padding:.35em .6em;border-radius:.3em;background:${tokenVar('tipBg')};` +
  `color:${tokenVar('tipText')};font-size:.9em;line-height:1.5;font-weight:400;text-indent:0;white-space:normal;` +
  `box-shadow:0 2px 8px rgba(0,0,0,.25)}` +
  `${T}[${HIT_ATTR}]{box-shadow:0 0 0 2px #e3a600!important}${T}[${HIT_ATTR}=current]{box-shadow:0 0 0 3px #ff7b00!important}` +
  paletteCss((i) => `${T}[${COLOUR_ATTR}="${i}"]`, '--sfr-');
