// Yielding to the page between pieces of work: each piece runs in its own task, so input and
// rendering get a turn in between and no single task grows long (issue 6: no task of 50 ms).

/** Resolves in a later task. A MessageChannel message is a task that, unlike a timer, is
 *  neither clamped nor throttled in background tabs. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    try {
      const { port1, port2 } = new MessageChannel();
      port1.addEventListener('message', () => {
        port1.close();
        port2.close();
        resolve();
      }, { once: true });
      port1.start();
      port2.postMessage(null);
    } catch {
      setTimeout(resolve, 0);
    }
  });
}
