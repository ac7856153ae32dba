// With clean mode off the page keeps its own layout, and a fixed side panel would lie over the
// article's text. The panel makes room by narrowing the page (its centred columns move left);
// when the article is too wide even then, the panel starts folded. One layout read per try.
import { PANEL_SPACE, ROOM_ATTR } from './styles';

/** The article's text clears the side panel at the right of a `width` px window. */
export function clearsPanel(textRight: number, width: number): boolean {
  return textRight <= width - PANEL_SPACE;
}

/**
 * Makes room for the open side panel beside `article` and says whether it fits: true when the
 * text clears the panel as the page is, or once the page is narrowed (ROOM_ATTR stays on); false
 * when it does not fit at all (ROOM_ATTR off: the caller folds the panel).
 */
export function makeRoom(doc: Document, article: Element): boolean {
  const html = doc.documentElement;
  const width = doc.defaultView?.innerWidth ?? 0;
  html.removeAttribute(ROOM_ATTR);
  if (clearsPanel(article.getBoundingClientRect().right, width)) return true;
  html.setAttribute(ROOM_ATTR, '');
  if (clearsPanel(article.getBoundingClientRect().right, width)) return true;
  html.removeAttribute(ROOM_ATTR);
  return false;
}
