// The content script's steps, timed for DevTools' performance panel, the e2e tests and the
// benchmark, all with the same numbers: User Timing measures named `sfr:…`.
//
// Each step is a clock read at its start and end, kept in a list both scripts of the reader's
// world share (the core and the UI bundle). They become User Timing measures only when asked, by
// a TIMINGS_EVENT on the document from any world (a test, or `document.dispatchEvent(new
// Event('sfr-timings'))` in DevTools' console): a mark and a measure per step cost every Sina page
// about three times the clock reads (0.32 ms of script for 12 steps against 0.10 for 24 reads, in
// a paired A/B).

/** Dispatched on the document to have the steps written to User Timing. */
export const TIMINGS_EVENT = 'sfr-timings';

interface Step {
  name: string;
  start: number;
  duration: number;
}

/** A registry symbol: the same in both scripts of one world, unknown to the page. */
const STEPS = Symbol.for('sina-finance-reader:steps');
type Scope = { [STEPS]?: { list: Step[]; published: number } };
const record = () => ((globalThis as Scope)[STEPS] ??= { list: [], published: 0 });

/** Starts a step that ends later (e.g. after an await); call the result to record it, under
 *  another name if the step's name is known only at its end. */
export function begin(name: string): (as?: string) => void {
  const start = performance.now();
  return (as = name) => void record().list.push({ name: as, start, duration: performance.now() - start });
}

/** Runs `fn` as the step `name`. */
export function measure<T>(name: string, fn: () => T): T {
  const end = begin(name);
  try {
    return fn();
  } finally {
    end();
  }
}

/** Writes the steps not written yet to the page's User Timing, as `sfr:` measures. */
export function publishTimings(): void {
  const steps = record();
  for (const { name, start, duration } of steps.list.slice(steps.published)) {
    // Explicit times: a page clearing the shared timeline's marks cannot make this throw.
    performance.measure(name, { start, duration });
  }
  steps.published = steps.list.length;
}
