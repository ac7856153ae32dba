// How the popup and the background reach a tab's reader: `scripting.executeScript` runs `knock`
// in the content scripts' isolated world of the tab's top frame, where the reader left its
// handler on the world's global. The content script holds no `runtime.onMessage` listener:
// Chromium builds a content script's `runtime` bindings on their first use, some 0.6 ms of
// script on every Sina page (issue 18), and most pages are never asked anything.

/** The property of the isolated world's global that holds the reader's handler. */
export const INBOX_KEY = 'sfrReaderInbox';

/** The reader's handler: its answer (or a promise of it), or undefined when the message is not for it. */
export type InboxHandler = (message: unknown) => Promise<unknown> | undefined;

/** What `knock` returns: null when no reader there took the message. */
export type Knocked = { answer: unknown } | null;

/**
 * Runs in the page, serialised by executeScript: self-contained, it refers to nothing outside.
 * The browser waits for the promise; the answer crosses as JSON (undefined becomes null).
 */
export function knock(key: string, message: unknown): Knocked | Promise<Knocked> {
  const handler = (globalThis as Record<string, unknown>)[key];
  if (typeof handler !== 'function') return null;
  const answer = (handler as InboxHandler)(message);
  if (answer === undefined) return null;
  return Promise.resolve(answer).then((value) => ({ answer: value ?? null }), () => ({ answer: null }));
}

/** The content script's side: `handler` answers from now on; the result stops it (only if a
 *  later reader has not replaced it in the meantime). */
export function openInbox(scope: Record<string, unknown>, handler: InboxHandler): () => void {
  scope[INBOX_KEY] = handler;
  return () => {
    if (scope[INBOX_KEY] === handler) delete scope[INBOX_KEY];
  };
}

/** The answer of one `knock`, or an error like runtime messaging's when nobody answered. */
export function answerOf(knocked: Knocked | undefined): unknown {
  if (!knocked) throw new Error('Could not establish connection. Receiving end does not exist.');
  return knocked.answer;
}
