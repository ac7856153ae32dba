// Paired A/B of two Chrome builds, for changes smaller than the bench's run-to-run spread
// (issue 18: 15 unpaired runs of one build vary 1.7–2.2 ms on an article here). In every run each
// page is loaded with build A and with build B, one after the other in fresh browsers, the order
// alternating between runs; the figure is the median of the per-run differences B − A of
// Chromium's counters, with their interquartile range and in how many runs B came out lower.
//
//   npm run bench:ab -- <dist A> <dist B>
//   SFR_AB_RUNS=15 (default) SFR_AB_PAGES=t00,gne-sina-2,t00×10 (default; labels as the bench prints them)
//   SFR_AB_SETTINGS_B='{"outlinePanel":false}' (settings stored before B's load; also _A): one
//   build against itself with a feature off says what that feature costs.
import path from 'node:path';
import { serveCorpus, startServer } from '../e2e/harness';
import { COUNTERS, loadOnce, spread, type Counter, type Counters } from './page-cost';
import { pagesToBench } from './pages';

const RUNS = Number(process.env.SFR_AB_RUNS ?? 15);
const LABELS = (process.env.SFR_AB_PAGES ?? 't00,gne-sina-2,t00×10').split(',');
const settingsOf = (name: string): Record<string, boolean> | undefined => {
  const json = process.env[name];
  return json ? (JSON.parse(json) as Record<string, boolean>) : undefined;
};
const SETTINGS = { a: settingsOf('SFR_AB_SETTINGS_A'), b: settingsOf('SFR_AB_SETTINGS_B') };

/** The quartile q (0–1) of sorted numbers, interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (at - lo);
}

function paired(a: readonly number[], b: readonly number[]): { median: number; q1: number; q3: number; lower: number } {
  const diffs = b.map((x, i) => x - a[i]!).sort((x, y) => x - y);
  return { median: quantile(diffs, 0.5), q1: quantile(diffs, 0.25), q3: quantile(diffs, 0.75), lower: diffs.filter((d) => d < 0).length };
}

async function main(): Promise<void> {
  const [distA, distB] = process.argv.slice(2).map((d) => path.resolve(d));
  if (!distA || !distB) throw new Error('usage: npm run bench:ab -- <dist A> <dist B>');
  const server = await startServer();
  const pages = pagesToBench(serveCorpus(server), server).filter((p) => LABELS.includes(p.label));
  const got = new Map(pages.map((p) => [p, { a: [] as Counters[], b: [] as Counters[] }]));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const page of pages) {
        const order = run % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const);
        for (const which of order) {
          const { counters } = await loadOnce(server.port, { dist: which === 'a' ? distA : distB, settings: SETTINGS[which] }, page.url);
          got.get(page)![which].push(counters);
        }
      }
      process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
    }
  } finally {
    await server.close();
  }
  const f = (n: number) => n.toFixed(2);
  const named = (dist: string, settings?: object) => `${dist}${settings ? ` ${JSON.stringify(settings)}` : ''}`;
  console.log(`A ${named(distA, SETTINGS.a)}\nB ${named(distB, SETTINGS.b)}\n${RUNS} paired runs, ms: median A [low, high], median B, B − A median [interquartile], B lower in`);
  for (const page of pages) {
    const { a, b } = got.get(page)!;
    console.log(`\n${page.label}`);
    for (const counter of COUNTERS) {
      const of = (list: Counters[], c: Counter) => list.map((x) => x[c]);
      const sa = spread(of(a, counter));
      const d = paired(of(a, counter), of(b, counter));
      console.log(`  ${counter.padEnd(20)} ${f(sa.median)} [${f(sa.low)}, ${f(sa.high)}]  ${f(spread(of(b, counter)).median)}  ${f(d.median)} [${f(d.q1)}, ${f(d.q3)}]  ${d.lower}/${RUNS}`);
    }
  }
}

await main();
