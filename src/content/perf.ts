// User Timing marks for each step of the content script, so DevTools' performance panel, the
// popup state (`timings`) and the e2e benchmark all see the same numbers. Names start `sfr:`.

const PREFIX = 'sfr:';

function safeMeasure(name: string, start: string): void {
  try {
    performance.measure(name, start);
  } catch {
    // A page can replace or clear the timeline; timing is never worth breaking the reader.
  }
}

/** Runs `fn` between `<name>:start` and a `<name>` measure. */
export function measure<T>(name: string, fn: () => T): T {
  const start = `${name}:start`;
  performance.mark(start);
  try {
    return fn();
  } finally {
    safeMeasure(name, start);
  }
}

/** Starts a step that ends later (e.g. after an await); call the result to record it. */
export function begin(name: string): () => void {
  const start = `${name}:start`;
  performance.mark(start);
  return () => safeMeasure(name, start);
}

/** Time spent in every `sfr:` step on this page, in ms rounded to 0.1: a step that ran in
 *  several tasks (the analysis, one feature per task) or more than once is summed. */
export function timings(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('measure')) {
    if (entry.name.startsWith(PREFIX)) out[entry.name] = (out[entry.name] ?? 0) + entry.duration;
  }
  for (const name of Object.keys(out)) out[name] = Math.round(out[name]! * 10) / 10;
  return out;
}
