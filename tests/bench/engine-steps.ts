// Injected into the benchmarked page's main world (bundled by run.ts with esbuild): the engine's
// analyze() run once more with a timer on each of its steps (its `step` hook), so the benchmark can
// split the content script's `sfr:analyze` into find body, read paragraphs, labels, turns, roles,
// decision; then a second, warm run as a whole.
import { analyze } from '../../src/engine/analyze';

const STEP_NAMES: Record<string, string> = {
  body: 'find body', paragraphs: 'paragraphs', labels: 'labels', turns: 'turns', roles: 'roles', decision: 'decide',
};

export function steps(doc: Document): Record<string, number> {
  const out: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    out[name] = now - t;
    t = now;
  };
  analyze(doc, { step: (name) => lap(STEP_NAMES[name] ?? name) });
  t = performance.now();
  analyze(doc);
  lap('analyze (2nd, warm)');
  return out;
}
