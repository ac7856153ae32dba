// One speaker tag: an <sfr-speaker> element in the page's own DOM (no shadow root), drawn by the
// page stylesheet (./styles.ts) from its attributes. Its text is the name as the reader sees it,
// so a selection's toString(), the browser's copy and print all carry who speaks:
// - a tag we add holds the speaker's name and is followed by our colon (`<sfr-colon>：`), both
//   marked as added words (ADDED_ATTR), which the engine never reads as the page's;
// - a tag around the page's own inline label (`杨喆` of `杨喆：`) holds the page's nodes, the
//   page's colon after it; an inline label that only says a role (`答：`) is folded into an
//   <sfr-fold> after a tag and colon of ours.
// The badge (role), the tooltip and what a screen reader hears after the name are generated
// content from attributes: never part of a selection. Built with textContent only.
import { ADDED_ATTR } from '../engine/paragraphs';

export const TAG_NAME = 'sfr-speaker';
/** Our colon after a tag we add: real text, outside the chip. */
export const COLON_NAME = 'sfr-colon';
/** Holds the page's inline label that only says a role (`答：`), folded away beside our tag. */
export const FOLD_NAME = 'sfr-fold';
/** The turn a tag starts, as an index into the model's turns (the outline finds tags by it). */
export const TURN_ATTR = 'data-sfr-turn';
/** Palette slot (0–7). */
export const COLOUR_ATTR = 'data-sfr-c';
/** The role badge drawn after the name; absent for none. */
export const ROLE_ATTR = 'data-sfr-role';
/** The tooltip. */
export const TIP_ATTR = 'data-sfr-tip';
/** What a screen reader hears after the shown name (`，新闻发言人`). */
export const SPOKEN_ATTR = 'data-sfr-spoken';

export interface TagView {
  turn: number;
  /** The name the tag prints; null for a tag that will wrap the page's own label. */
  name: string | null;
  /** The role badge beside the name; '' for none. */
  role: string;
  /** Shown on hover. */
  title: string;
  /** Heard after the shown words (see spokenAfter). */
  spoken: string;
  colour: number;
}

/** The tag element (empty when `view.name` is null or ''). Not a Tab stop: a transcript would need
 *  dozens of presses to get past its tags; what the tooltip says is in the outline's speaker list. */
export function createTag(doc: Document, view: TagView): HTMLElement {
  const tag = doc.createElement(TAG_NAME);
  tag.setAttribute(TURN_ATTR, String(view.turn));
  tag.setAttribute(COLOUR_ATTR, String(view.colour));
  if (view.role) tag.setAttribute(ROLE_ATTR, view.role);
  tag.setAttribute(TIP_ATTR, view.title);
  tag.setAttribute(SPOKEN_ATTR, view.spoken);
  if (view.name !== null) {
    tag.setAttribute(ADDED_ATTR, '');
    tag.textContent = view.name;
  }
  return tag;
}

/** Our colon after a tag we add (`田玉龙` + `：`), so the name reads as a label when copied. */
export function createColon(doc: Document): HTMLElement {
  const colon = doc.createElement(COLON_NAME);
  colon.setAttribute(ADDED_ATTR, '');
  colon.textContent = '：';
  return colon;
}
