// One speaker tag: an <sfr-speaker> element whose shadow root draws the chip. Its light DOM holds
// nothing, or the page's own inline label (`杨喆：`, `答：`) moved in and shown through a <slot>, so
// the article's text content is unchanged. Built with textContent only: page text is never HTML.
import { TAG_CSS } from './styles';

export const TAG_NAME = 'sfr-speaker';
/** The turn a tag starts, as an index into the model's turns (the outline finds tags by it). */
export const TURN_ATTR = 'data-sfr-turn';

export interface TagView {
  turn: number;
  /** The name the chip prints; null when the page's own label, slotted in, names the speaker. */
  name: string | null;
  /** The page's inline label is moved into the chip (after the name, if any). */
  slotted: boolean;
  /** The role badge beside the name; '' for none. */
  role: string;
  /** Shown on hover and focus. */
  title: string;
  colour: number;
}

function span(doc: Document, className: string, text?: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export function createTag(doc: Document, view: TagView): HTMLElement {
  const host = doc.createElement(TAG_NAME);
  host.setAttribute(TURN_ATTR, String(view.turn));
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TAG_CSS;
  const chip = span(doc, `tag c${view.colour}`);
  // Focusable so keyboard users get the tooltip too; the tooltip describes the chip.
  chip.tabIndex = 0;
  chip.setAttribute('aria-describedby', 'tip');
  if (view.name !== null) chip.append(span(doc, 'name', view.name));
  if (view.slotted) chip.append(doc.createElement('slot'));
  if (view.role) chip.append(span(doc, 'role', view.role));
  const tip = span(doc, 'tip', view.title);
  tip.id = 'tip';
  tip.setAttribute('role', 'tooltip');
  root.append(style, chip, tip);
  return host;
}
