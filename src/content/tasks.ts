// Yielding to the page between pieces of work: each piece runs in its own task, so input and
// rendering get a turn in between and no single task grows long (issue 6: no task of 50 ms).

declare const scheduler: { postTask(callback: () => void): Promise<unknown> };

/** Resolves in a later task: `scheduler.postTask` (Chromium; Firefox from 142), which unlike a
 *  timer is not clamped when chained and costs the browser less to make than a MessageChannel
 *  message; a timer where the browser has no scheduler. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    try {
      // The callback only resolves: the task's own promise never rejects.
      void scheduler.postTask(resolve);
    } catch {
      setTimeout(resolve, 0);
    }
  });
}
