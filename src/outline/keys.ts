// Reading keys: j / k for the next and previous question, as in mail and feed readers. They
// never fire while the reader types: in a field, an editable region, or with a modifier held.

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);

export function isTextField(node: EventTarget | null | undefined): boolean {
  if (!node || typeof (node as Element).tagName !== 'string') return false;
  const el = node as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  return el.isContentEditable || el.closest?.('[contenteditable]:not([contenteditable="false"])') != null;
}

/** `/` outside a text field: go to the outline's search, as on many reading sites. */
export function isSearchKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || event.key !== '/') return false;
  return !isTextField(event.composedPath?.()[0] ?? event.target);
}

/** 1 for next question (j), -1 for previous (k), 0 for any other key or context. */
export function readingKey(event: KeyboardEvent): 1 | -1 | 0 {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return 0;
  if (event.key !== 'j' && event.key !== 'k') return 0;
  // Inside a shadow root the event is retargeted; the real target is the first in its path.
  if (isTextField(event.composedPath?.()[0] ?? event.target)) return 0;
  return event.key === 'j' ? 1 : -1;
}
