// User Timing marks for each step of the content script, so DevTools' performance panel, the
// popup state (`timings`) and the e2e benchmark all see the same numbers. Names start `sfr:`.

const PREFIX = 'sfr:';
const ANALYZE = 'sfr:analyze';
const ANALYZE_STEP = `${ANALYZE}:`;

function safeMeasure(name: string, start: string): void {
  try {
    performance.measure(name, start);
  } catch {
    // A page can replace or clear the timeline; timing is never worth breaking the reader.
  }
}

/** Starts a step that ends later (e.g. after an await); call the result to record it, under
 *  another name if the step's name is known only at its end. */
export function begin(name: string): (as?: string) => void {
  const start = `${name}:start`;
  performance.mark(start);
  return (as = name) => safeMeasure(as, start);
}

/** Runs `fn` between `<name>:start` and a `<name>` measure. */
export function measure<T>(name: string, fn: () => T): T {
  const end = begin(name);
  try {
    return fn();
  } finally {
    end();
  }
}

/** Time spent in every `sfr:` step on this page, in ms rounded to 0.1: a step that ran in
 *  several tasks or more than once is summed, and each step of the analysis
 *  (`sfr:analyze:labels`) also counts toward `sfr:analyze`. */
export function timings(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('measure')) {
    if (!entry.name.startsWith(PREFIX)) continue;
    out[entry.name] = (out[entry.name] ?? 0) + entry.duration;
    if (entry.name.startsWith(ANALYZE_STEP)) out[ANALYZE] = (out[ANALYZE] ?? 0) + entry.duration;
  }
  for (const name of Object.keys(out)) out[name] = Math.round(out[name]! * 10) / 10;
  return out;
}
