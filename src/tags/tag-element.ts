// One speaker tag: an <sfr-speaker> element whose shadow root draws the chip. Its light DOM holds
// nothing, or the page's own inline label (`杨喆`, `答：`) moved in: shown through a <slot> when it
// names the speaker, hidden when it only says a role the chip says better. The article's text
// content is unchanged. Built with textContent only: page text is never HTML.
import { TAG_CSS } from './styles';

export const TAG_NAME = 'sfr-speaker';
/** The turn a tag starts, as an index into the model's turns (the outline finds tags by it). */
export const TURN_ATTR = 'data-sfr-turn';

export interface TagView {
  turn: number;
  /** The name the chip prints; null when the page's own label, slotted in, names the speaker. */
  name: string | null;
  /** The page's inline label moved into the tag is shown (after the name, if any). */
  slotted: boolean;
  /** The role badge beside the name; '' for none. */
  role: string;
  /** Shown on hover. */
  title: string;
  /** What a screen reader says for the whole tag (`田玉龙，新闻发言人`). */
  spoken: string;
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
  // Not a Tab stop (a transcript would need dozens of presses to get past its tags): the chip is
  // drawn for the eye and hidden from screen readers, which read `spoken` instead; what the
  // tooltip says is in the outline's speaker list too.
  const chip = span(doc, `tag c${view.colour}`);
  chip.setAttribute('aria-hidden', 'true');
  if (view.name !== null) chip.append(span(doc, 'name', view.name));
  if (view.slotted) chip.append(doc.createElement('slot'));
  if (view.role) chip.append(span(doc, 'role', view.role));
  const tip = span(doc, 'tip', view.title);
  tip.setAttribute('aria-hidden', 'true');
  root.append(style, chip, tip, span(doc, 'sr', view.spoken));
  return host;
}
