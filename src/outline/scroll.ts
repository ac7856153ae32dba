// Taking the reader to a turn: below whatever bar is stuck to the top of the window (Sina's
// #top_bar turns .top-bar-fixed once the page scrolls, sina-dom.md §1), with focus moved there for
// screen readers and a brief flash. Layout is read once before each scroll and once after it.

/** Bars Sina fixes to the top on desktop pages (template A: F19, N19, N24). */
const STICKY_TOP_BARS = ['#top_bar_wrap', '#top_bar', '.top-bar-fixed'];
/** Room left between the bar and the turn. */
const GAP = 12;
const FLASH_MS = 1400;
export const FLASH_ATTR = 'data-sfr-flash';

/** The bottom edge of bars fixed or stuck at the top of the window, 0 when there are none. */
export function topObstruction(doc: Document, ignore?: Element): number {
  const win = doc.defaultView!;
  const candidates = [...doc.querySelectorAll(STICKY_TOP_BARS.join(','))];
  // Any other fixed header (the mobile site's, or a future one): what covers the top centre.
  for (let el = doc.elementFromPoint(win.innerWidth / 2, 1); el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    candidates.push(el);
  }
  let bottom = 0;
  for (const el of candidates) {
    if (el === ignore) continue;
    const position = win.getComputedStyle(el).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    const rect = el.getBoundingClientRect();
    if (rect.top <= 1 && rect.bottom > bottom && rect.bottom < win.innerHeight / 2 && rect.width > 0) bottom = rect.bottom;
  }
  return bottom;
}

function prefersReducedMotion(win: Window): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Runs `fn` once the scroll started now has ended (scrollend, or a timeout where it never comes). */
function afterScroll(win: Window, signal: AbortSignal, fn: () => void): void {
  let done = false;
  const finish = () => {
    if (done || signal.aborted) return;
    done = true;
    win.removeEventListener('scrollend', finish);
    fn();
  };
  win.addEventListener('scrollend', finish, { signal });
  win.setTimeout(finish, 1500);
}

/**
 * Scrolls so that `el` (or the `rect` of a piece of it) sits `fraction` of the free height below
 * the top bar; then checks again, since the bar may only become fixed once the page has scrolled.
 */
export function scrollToElement(
  el: Element,
  options: { signal: AbortSignal; ignore?: Element; fraction?: number; rect?: () => DOMRect | null; done?: () => void },
): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  const top = () => {
    const bar = topObstruction(doc, options.ignore);
    const rect = options.rect?.() ?? el.getBoundingClientRect();
    const free = win.innerHeight - bar;
    return Math.max(0, Math.round(win.scrollY + rect.top - bar - Math.max(GAP, free * (options.fraction ?? 0))));
  };
  const target = top();
  if (Math.abs(target - win.scrollY) < 2) return void options.done?.();
  win.scrollTo({ top: target, behavior: prefersReducedMotion(win) ? 'auto' : 'smooth' });
  afterScroll(win, options.signal, () => {
    const again = top();
    if (Math.abs(again - win.scrollY) > 2) win.scrollTo({ top: again, behavior: 'auto' });
    options.done?.();
  });
}

/** Brief flash on the turn's paragraphs; undone by the returned function (also early). */
export function flash(elements: readonly Element[]): () => void {
  for (const el of elements) el.setAttribute(FLASH_ATTR, '');
  const win = elements[0]?.ownerDocument.defaultView;
  const undo = () => {
    win?.clearTimeout(timer);
    for (const el of elements) el.removeAttribute(FLASH_ATTR);
  };
  const timer = win?.setTimeout(undo, FLASH_MS);
  return undo;
}

/**
 * Moves focus to `el` without scrolling, so screen readers read on from there. A tabindex of -1
 * makes a paragraph focusable; it is removed again when focus leaves (or by the returned function).
 */
export function focusTurn(el: HTMLElement): () => void {
  const added = !el.hasAttribute('tabindex');
  const undo = () => {
    if (added) el.removeAttribute('tabindex');
  };
  if (added) {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', undo, { once: true });
  }
  el.focus({ preventScroll: true });
  return undo;
}
