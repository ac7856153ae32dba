// The reader's inbox (src/platform/inbox.ts): what `knock` finds in a world, run as
// executeScript runs it, from its own source.
import { describe, expect, test } from 'vitest';
import { answerOf, INBOX_KEY, knock, openInbox, type Knocked } from '../../src/platform/inbox';

/** `knock` rebuilt from its source text in a scope of its own, as executeScript serialises it:
 *  a reference to anything outside the function fails here. */
function knockFromSource(scope: Record<string, unknown>): (message: unknown) => Knocked | Promise<Knocked> {
  const rebuilt = new Function('globalThis', `return (${knock.toString()})`)(scope) as typeof knock;
  return (message) => rebuilt(INBOX_KEY, message);
}

describe('the reader inbox', () => {
  test('a world without a reader: nobody answered', async () => {
    expect(await knockFromSource({})({ type: 'sfr:get-state' })).toBeNull();
    expect(() => answerOf(null)).toThrow(/Receiving end does not exist/);
    expect(() => answerOf(undefined)).toThrow(/Receiving end/);
  });

  test('the reader answers, by a promise, with what it returns', async () => {
    const scope: Record<string, unknown> = {};
    const seen: unknown[] = [];
    openInbox(scope, (message) => {
      seen.push(message);
      return Promise.resolve({ transcript: true });
    });
    const knocked = await knockFromSource(scope)({ type: 'sfr:get-state' });
    expect(seen).toEqual([{ type: 'sfr:get-state' }]);
    expect(answerOf(knocked)).toEqual({ transcript: true });
  });

  test('a message that is not for the reader, and an answer that fails', async () => {
    const scope: Record<string, unknown> = {};
    openInbox(scope, (message) => ((message as { type?: string }).type === 'sfr:command' ? Promise.reject(new Error('x')) : undefined));
    expect(await knockFromSource(scope)({ type: 'other' })).toBeNull();
    // A failed answer still says a reader was there (as sendResponse(undefined) did).
    expect(await knockFromSource(scope)({ type: 'sfr:command' })).toEqual({ answer: null });
  });

  test('an earlier reader that stops leaves a later one answering', async () => {
    const scope: Record<string, unknown> = {};
    const stopEarlier = openInbox(scope, () => Promise.resolve('earlier'));
    const stopLater = openInbox(scope, () => Promise.resolve('later'));
    stopEarlier();
    expect(answerOf(await knockFromSource(scope)({}))).toBe('later');
    stopLater();
    expect(await knockFromSource(scope)({})).toBeNull();
  });
});
