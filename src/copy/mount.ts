// Copying from a transcript on a live page, undone when `ctx.signal` aborts:
// - the browser's own copy (Ctrl+C, the context menu's Copy): the tags' names are page text, so a
//   selection across turns reads `名字：发言` per turn by itself (the badges are generated content,
//   never copied), and the clipboard's plain text is exactly the selection's toString(); where
//   the selection takes in a tag the HTML puts the name in <strong>. Inside one turn without its
//   tag the browser's copy is left alone: exactly the selected words;
// - copy as a quote: a small button by the selection (or by a tag, for its whole turn), Alt+Shift+Q,
//   and the `copy-quote` command (keyboard shortcut or context-menu item, through the background).
import type { FeatureContext } from '../content/features';
import { documentSource, quoteOf, selectionHtml, turnQuote, type DocumentSource } from '../engine/documents';
import { copyText, pageUrl } from '../outline/copy';
import { isTextField } from '../outline/keys';
import { styledHost } from '../outline/shell';
import { TAG_NAME, TURN_ATTR } from '../tags/tag-element';
import { langOf } from '../engine/kind-words';
import { COPY_MESSAGES } from './messages';
import { quoteParts, readSelection } from './selection';
import { QUOTE_CSS } from './styles';

export const QUOTE_HOST = 'sfr-quote';
const SETTLE_MS = 250;
const SHOWN_MS = 1500;

type CopyContext = Pick<FeatureContext, 'doc' | 'model' | 'signal' | 'uiLanguage' | 'onCommand'>;

/** Alt+Shift+Q, outside text fields. */
export function isQuoteKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyQ' && !isTextField(e.composedPath?.()[0] ?? e.target);
}

export function mountCopy(ctx: CopyContext): void {
  const { doc, model, signal } = ctx;
  const win = doc.defaultView!;
  const t = COPY_MESSAGES[langOf(ctx.uiLanguage)];
  let source: DocumentSource | null = null;
  const docSource = () => (source ??= documentSource(doc, model, pageUrl(doc)));

  const selectedRange = (): Range | null => {
    const selection = win.getSelection();
    return selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
  };
  const selectionQuote = (): string | null => {
    const range = selectedRange();
    const read = range ? readSelection(model, range) : null;
    return read?.turns.length ? quoteOf(docSource(), quoteParts(model, read)) : null;
  };

  doc.addEventListener('copy', (e) => {
    const range = selectedRange();
    const read = range ? readSelection(model, range) : null;
    // A plain selection inside one turn: the browser's own copy is already exactly its words.
    if (!range || !read?.turns.length || (read.turnCount < 2 && !read.touchesTag) || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', win.getSelection()!.toString());
    e.clipboardData.setData('text/html', selectionHtml(read.turns));
    e.preventDefault();
  }, { signal });

  // The quote button: one element of ours outside <body>, its looks in a shadow root.
  const { host, shadow } = styledHost(doc, QUOTE_HOST, QUOTE_CSS);
  const button = doc.createElement('button');
  button.type = 'button';
  button.hidden = true;
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  shadow.append(button, status);
  doc.documentElement.append(host);

  let quote: (() => string | null) | null = null;
  let forTurn = false;
  let hideTimer = 0;
  const hide = () => {
    button.hidden = true;
    quote = null;
    forTurn = false;
  };
  const showAt = (rect: DOMRect, label: string, make: () => string | null, turn: boolean) => {
    win.clearTimeout(hideTimer);
    quote = make;
    forTurn = turn;
    button.textContent = label;
    button.style.top = `${Math.round(rect.bottom + win.scrollY + 6)}px`;
    button.style.left = `${Math.round(Math.max(4, Math.min(rect.right + win.scrollX - 40, win.scrollX + doc.documentElement.clientWidth - 140)))}px`;
    button.hidden = false;
  };

  const copyQuote = (text: string | null) => {
    if (!text) return;
    void copyText(doc, text, shadow).then((ok) => {
      if (signal.aborted) return;
      status.textContent = ok ? t.quoted : t.quoteFailed;
      if (!button.hidden) button.textContent = status.textContent;
      win.clearTimeout(hideTimer);
      hideTimer = win.setTimeout(() => {
        status.textContent = '';
        hide();
      }, SHOWN_MS);
    });
  };

  // Keep the page's selection when the button is pressed.
  button.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
  button.addEventListener('click', () => copyQuote(quote?.() ?? null), { signal });

  let settleTimer = 0;
  const onSelection = () => {
    win.clearTimeout(settleTimer);
    settleTimer = win.setTimeout(() => {
      const range = selectedRange();
      const read = range ? readSelection(model, range) : null;
      if (read?.turns.length && range) {
        const rects = range.getClientRects();
        showAt(rects[rects.length - 1] ?? range.getBoundingClientRect(), t.quoteSelection, selectionQuote, false);
      } else if (!forTurn || range) {
        hide();
      }
    }, SETTLE_MS);
  };
  doc.addEventListener('selectionchange', onSelection, { signal });

  const tagIn = (e: Event): Element | null =>
    (e.composedPath().find((n) => (n as Element).localName === TAG_NAME) as Element | undefined) ?? null;
  const turnQuoteOf = (tag: Element) => () => turnQuote(docSource(), Number(tag.getAttribute(TURN_ATTR)));
  // A tag clicked (or Enter on a focused tag): the button offers its whole turn.
  const offerTurn = (tag: Element) => showAt(tag.getBoundingClientRect(), t.quoteTurn, turnQuoteOf(tag), true);
  doc.addEventListener('click', (e) => {
    const tag = tagIn(e);
    if (tag && !selectedRange()) offerTurn(tag);
  }, { signal });

  const quoteNow = (e?: Event) => {
    const tag = e ? tagIn(e) : null;
    copyQuote(selectionQuote() ?? (tag ? turnQuoteOf(tag)() : null) ?? quote?.() ?? null);
  };
  doc.addEventListener('keydown', (e) => {
    if (isQuoteKey(e)) {
      e.preventDefault();
      quoteNow(e);
    } else if (e.key === 'Enter' && tagIn(e)) {
      offerTurn(tagIn(e)!);
    } else if (e.key === 'Escape' && !button.hidden) {
      hide();
    }
  }, { signal });

  ctx.onCommand((command) => {
    if (command !== 'copy-quote') return false;
    quoteNow();
    return true;
  });

  signal.addEventListener('abort', () => {
    win.clearTimeout(settleTimer);
    win.clearTimeout(hideTimer);
    host.remove();
  }, { once: true });
}
