// @vitest-environment happy-dom
// Yielding to the page: every piece of the reader's work runs in a later task.
import { afterEach, expect, test, vi } from 'vitest';
import { nextTask } from '../../src/content/tasks';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The order in which the caller's own task, its microtasks and the yield come back. */
async function order(): Promise<string[]> {
  const log: string[] = [];
  const done = nextTask().then(() => log.push('after the yield'));
  void Promise.resolve().then(() => log.push('microtask'));
  log.push('same task');
  await done;
  return log;
}

test('with the browser\'s scheduler, the work goes on in the task it posts', async () => {
  const posted: Array<() => void> = [];
  vi.stubGlobal('scheduler', {
    postTask: vi.fn((callback: () => void) => {
      posted.push(callback);
      return new Promise((resolve) => setTimeout(() => resolve(callback()), 0));
    }),
  });
  expect(await order()).toEqual(['same task', 'microtask', 'after the yield']);
  expect(posted).toHaveLength(1);
});

test.each([
  ['without a scheduler', undefined],
  ['with one that throws', { postTask: () => { throw new Error('not allowed'); } }],
])('%s, a timer is the later task', async (_, scheduler) => {
  vi.stubGlobal('scheduler', scheduler);
  const timers = vi.spyOn(globalThis, 'setTimeout');
  expect(await order()).toEqual(['same task', 'microtask', 'after the yield']);
  expect(timers).toHaveBeenCalledTimes(1);
});
