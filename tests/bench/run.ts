// `npm run bench`: what the content script costs on real pages, in headless Chromium with the
// built extension (the e2e harness), against Readability.parse() and against the floor, with the
// budgets of issue 6 checked and printed. Figures only: nothing here is a timed test.
//
//   npm run bench            # 5 runs per page (SFR_BENCH_RUNS=n to change, SFR_BENCH_PAGES=t00,t05 for some pages)
//                            # first, 7 runs of the with/without comparison (SFR_BENCH_COST_RUNS=n, 0 to skip)
//                            # and 3 in Firefox with the Gecko profiler (SFR_BENCH_FIREFOX_RUNS=n, 0 to skip)
//
// Per page and run: the content script's `sfr:` measures (perf.ts), its longest task
// (PerformanceObserver 'longtask', registered before the page loads), then in the same page:
// Readability.parse() on a clone of the document and the floor (one pass reading the text of
// every paragraph of the body, in the page's main world and in a fresh isolated world). Medians
// over the runs are printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { TIMINGS_EVENT } from '../../src/content/perf';
import { readabilityParse } from './readability';
import { deltas, measurePageCost, SCRIPT, spread, type Counter, type Spread } from './page-cost';
import { firefoxDeltas, measureFirefoxCost } from './firefox-cost';
import { pagesToBench, TIMES, type BenchPage } from './pages';
import {
  CHROMIUM_PATH,
  REPO_ROOT,
  launchBrowser,
  serveCorpus,
  publishReaderTimings,
  startServer,
  waitForReader,
  type ExtTab,
} from '../e2e/harness';

const RUNS = Number(process.env.SFR_BENCH_RUNS ?? 5);
// The bench builds its own copy of the Chrome target (SFR_BENCH_DIST=dir to use a build as is):
// dist/ is shared with `npm test`, which rebuilds it while other work goes on.
const DIST = process.env.SFR_BENCH_DIST ?? path.join(os.tmpdir(), 'sfr-bench-dist');
const CONTENT_JS = path.join(DIST, 'src/content/index.js');
/** The UI bundle the background injects where a page has a transcript or sections (src/content/ui-bundle.ts). */
const UI_JS = path.join(DIST, 'ui.js');
/** The Firefox build, beside the Chrome one. */
const DIST_FIREFOX = process.env.SFR_BENCH_DIST_FIREFOX ?? `${DIST}-firefox`;

/** The engine's steps as the content script measures them (`sfr:analyze:<step>`, one task each). */
const ANALYZE_STEPS = ['body', 'paragraphs', 'labels', 'turns', 'roles', 'decision', 'model'];

// ---------------------------------------------------------------------------------------------
// One run on one page

interface Sample {
  measures: Record<string, number>;
  /** Speaker tags on the page (one per turn): the turns the content script handled. */
  tags: number;
  /** Longest task (≥ 50 ms) that contains one of the content script's steps, ms (0: none). */
  longTask: number;
  /** The content script's own steps inside that task, ms (the rest is the page's parsing etc.). */
  longTaskOwn: number;
  readability: number;
  floor: number;
  floorCold: number;
  /** The same pass as the first code of a fresh isolated world (a content script's world), ms. */
  floorIsolated: number;
  paragraphs: number;
  chars: number;
  /** t00×10 only: the re-analysis after the page adds paragraphs mid-transcript (lateContent). */
  late?: LateSample;
}

interface LateSample {
  /** The content script's own work from the change until the features are mounted again, ms. */
  own: number;
  /** How many tasks that work took (each sfr: step is one task). */
  steps: number;
  /** Turns before and after (the model changed, so tags and panel were rebuilt). */
  turnsBefore: number;
  turnsAfter: number;
  /** Longest task (≥ 50 ms) containing one of those steps, ms (0: none). */
  longTask: number;
}

/** Registered before any page script and before the content script (document_start). */
function installObserver(): void {
  const w = window as any;
  w.__sfrLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__sfrLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: reported as 0
  }
}

/**
 * The floor where the content script runs: the same pass as the first code of a fresh isolated
 * world (CDP Page.createIsolatedWorld, as the browser makes for a content script). The world is
 * set up first (its first DOM access, not counted), so what is timed is the pass in cold code
 * reaching the page's nodes through that world's own wrappers, as the engine does.
 */
async function isolatedFloor(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `sfr-floor-${Date.now()}` });
    const pass = `(() => {
      document.body;
      const t = performance.now();
      const body = document.querySelector('#artibody, #artibody_content, .article, article') ?? document.body;
      let c = 0;
      for (const p of body.querySelectorAll('p')) c += (p.textContent ?? '').length;
      return c >= 0 ? performance.now() - t : NaN;
    })()`;
    const { result } = await cdp.send('Runtime.evaluate', { expression: pass, contextId: executionContextId, returnByValue: true });
    return Number(result.value);
  } finally {
    await cdp.detach();
  }
}

async function runOnce(tab: ExtTab, page: BenchPage): Promise<Sample> {
  await tab.goto(page.url);
  await waitForReader(tab);
  if (page.kind !== 'article') {
    // The outline panel renders at idle time (requestIdleCallback, timeout 300 ms).
    await tab.waitFor((event) => {
      document.dispatchEvent(new Event(event));
      return performance.getEntriesByName('sfr:outline:render').length > 0;
    }, TIMINGS_EVENT, 5_000).catch(() => {});
  }
  // Let any long task finish being reported.
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  await publishReaderTimings(tab);
  const measured = await tab.evaluate(() => {
    const entries = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sfr:'));
    const measures: Record<string, number> = {};
    // Summed by name (a step that ran in several tasks); the analysis's steps also make sfr:analyze.
    for (const e of entries) {
      measures[e.name] = (measures[e.name] ?? 0) + e.duration;
      if (e.name.startsWith('sfr:analyze:')) measures['sfr:analyze'] = (measures['sfr:analyze'] ?? 0) + e.duration;
    }
    // The content script's own work: its top-level steps (not sfr:total / sfr:settings, which
    // include waiting for storage and for the parser).
    const own = entries.filter((e) => ['sfr:early', 'sfr:features', 'sfr:outline:render'].includes(e.name) || e.name.startsWith('sfr:analyze:'));
    const tasks: Array<{ start: number; duration: number }> = (window as any).__sfrLongTasks ?? [];
    let longTask = 0;
    let longTaskOwn = 0;
    for (const t of tasks) {
      const end = t.start + t.duration;
      const mine = own.filter((e) => e.startTime < end && e.startTime + e.duration > t.start);
      if (!mine.length) continue;
      if (t.duration > longTask) {
        longTask = t.duration;
        longTaskOwn = mine.reduce((sum, e) => sum + e.duration, 0);
      }
    }
    return { measures, tags: document.querySelectorAll('sfr-speaker').length, longTask, longTaskOwn };
  });

  const raw = tab.raw as Page;
  const readability = await readabilityParse(raw);
  const reading = await tab.evaluate(() => {
    // The floor: one pass reading the text of every paragraph of the body. A single pass is near
    // the timer's resolution (0.1 ms without cross-origin isolation), so the pass is repeated and
    // averaged; the first (cold) pass is kept too.
    const body = document.querySelector('#artibody, #artibody_content, .article, article') ?? document.body;
    // (No named inner functions here: tsx would wrap them in a helper the page does not have.)
    let paragraphs = 0;
    let chars = 0;
    let floorCold = 0;
    const reps = 50;
    let t = performance.now();
    for (let i = 0; i <= reps; i++) {
      if (i === 1) t = performance.now();
      let c = 0;
      let n = 0;
      for (const p of body.querySelectorAll('p')) {
        c += (p.textContent ?? '').length;
        n++;
      }
      if (i === 0) {
        floorCold = performance.now() - t;
        paragraphs = n;
        chars = c;
      }
    }
    const floor = (performance.now() - t) / reps;
    return { floor, floorCold, paragraphs, chars };
  });
  const floorIsolated = await isolatedFloor(raw);
  const late = page.kind === 'long' ? await lateContent(tab) : undefined;
  return { ...measured, readability, ...reading, floorIsolated, late };
}

/** Paragraphs copied from the article's own turns (our tags and attributes taken out). */
const LATE_PARAGRAPHS = 200;

/**
 * Late content: the page inserts LATE_PARAGRAPHS paragraphs of turns in the middle of the
 * transcript, as a page script re-rendering its article would. The reader reads the page again
 * (in place, then without its tags) and rebuilds tags and panel, one step per task: this measures
 * that work and the longest task containing any of it.
 */
async function lateContent(tab: ExtTab): Promise<LateSample> {
  // The panel's renders so far, as User Timing measures.
  await publishReaderTimings(tab);
  const start = await tab.evaluate((count) => {
    const body = document.querySelector('#artibody')!;
    const paragraphs = [...body.querySelectorAll('p')];
    const from = Math.floor(paragraphs.length / 4);
    const copies = document.createDocumentFragment();
    for (const p of paragraphs.slice(from, from + count)) {
      const copy = p.cloneNode(true) as Element;
      for (const added of [...copy.querySelectorAll('[data-sfr-added]')]) added.remove();
      for (const tag of [...copy.querySelectorAll('sfr-speaker, sfr-fold')]) tag.replaceWith(...tag.childNodes);
      for (const el of [copy, ...copy.querySelectorAll('*')]) {
        for (const { name } of [...el.attributes]) if (name.startsWith('data-sfr-')) el.removeAttribute(name);
      }
      copies.append(copy);
    }
    const startedAt = performance.now();
    paragraphs[from + count]!.before(copies);
    return { startedAt, turnsBefore: document.querySelectorAll('sfr-speaker').length, renders: performance.getEntriesByName('sfr:outline:render').length };
  }, LATE_PARAGRAPHS);
  // Done when the panel has rendered again (the last step of a remount), then let long tasks report.
  await tab.waitFor(({ event, renders }) => {
    document.dispatchEvent(new Event(event));
    return performance.getEntriesByName('sfr:outline:render').length > renders;
  }, { event: TIMINGS_EVENT, renders: start.renders }, 10_000);
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  await publishReaderTimings(tab);
  const result = await tab.evaluate((startedAt) => {
    const own = performance.getEntriesByType('measure').filter((e) => e.startTime >= startedAt
      && (['sfr:features', 'sfr:outline:render'].includes(e.name) || e.name.startsWith('sfr:analyze:')));
    const tasks: Array<{ start: number; duration: number }> = (window as any).__sfrLongTasks ?? [];
    let longTask = 0;
    for (const t of tasks) {
      const mine = own.some((e) => e.startTime < t.start + t.duration && e.startTime + e.duration > t.start);
      if (mine && t.duration > longTask) longTask = t.duration;
    }
    return {
      own: own.reduce((sum, e) => sum + e.duration, 0),
      steps: own.length,
      turnsAfter: document.querySelectorAll('sfr-speaker').length,
      longTask,
    };
  }, start.startedAt);
  return { ...result, turnsBefore: start.turnsBefore };
}

// ---------------------------------------------------------------------------------------------
// Statistics and printing

const median = (xs: number[]): number => spread(xs).median;
const floorOf = (s: Sample) => Math.max(s.floorCold, 0.1);
const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface Row {
  page: BenchPage;
  samples: Sample[];
  m: (name: string) => number;
}

function sizes() {
  const content = fs.readFileSync(CONTENT_JS);
  // (An older build, SFR_BENCH_DIST, has no UI bundle: everything is in its content script.)
  const ui = fs.existsSync(UI_JS) ? fs.readFileSync(UI_JS) : Buffer.alloc(0);
  const popupHtml = fs.readFileSync(path.join(DIST, 'src/popup/index.html'), 'utf8');
  // The popup bundle: the files its page loads and everything they import.
  const seen = new Set<string>();
  const queue = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      const text = fs.readFileSync(path.join(DIST, file), 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
        queue.push(path.posix.join(path.posix.dirname(file), m[1]));
      }
    }
  }
  let popupRaw = 0;
  let popupGz = 0;
  for (const file of seen) {
    const bytes = fs.readFileSync(path.join(DIST, file));
    popupRaw += bytes.length;
    popupGz += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return {
    contentRaw: content.length,
    contentGz: zlib.gzipSync(content, { level: 9 }).length,
    uiRaw: ui.length,
    uiGz: zlib.gzipSync(ui, { level: 9 }).length,
    popupRaw,
    popupGz,
    popupFiles: [...seen],
  };
}

function machine(): string[] {
  const cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  let chromium = '?';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    // keep '?'
  }
  const built = fs.statSync(CONTENT_JS).mtime.toISOString();
  return [
    `machine   ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}`,
    `software  node ${process.version}, ${chromium} (headless, Playwright), build of ${built} in ${DIST}`,
    `load      ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (1/5/15 min) at start`,
  ];
}

// ---------------------------------------------------------------------------------------------

const COST_RUNS = Number(process.env.SFR_BENCH_COST_RUNS ?? 7);

/** The headline (issue 18): Chromium's own counters with and without the extension. */
/** A goal's result; one whose pages were left out (SFR_BENCH_PAGES) is not measured, not passed. */
const verdict = (value: number, ok: boolean) => (!Number.isFinite(value) ? 'not measured' : ok ? 'pass' : 'FAIL');

async function printPageCost(pages: BenchPage[], port: number): Promise<void> {
  if (COST_RUNS <= 0) {
    // Firefox alone (SFR_BENCH_COST_RUNS=0).
    const goals = await printFirefoxCost(pages, port);
    if (goals.length) console.log(`\nGoals (issue 18), Firefox\n${table(['goal', 'measured', 'result'], goals)}`);
    return;
  }
  const cost = await measurePageCost(pages, port, DIST, COST_RUNS, (done) => process.stderr.write(`cost run ${done}/${COST_RUNS} done\n`));
  const show = ({ median: m, low, high }: Spread) => `${f(m, 1)} [${f(low, 1)}, ${f(high, 1)}]`;
  console.log('');
  console.log(`Cost as the page sees it: Chromium's counters (CDP Performance.getMetrics, thread time, every world of the tab),`);
  console.log(`the page loaded with the extension minus without it, each load in a fresh browser, ${COST_RUNS} interleaved runs:`);
  console.log('median [lowest, highest] ms. "+ext": with the extension minus without; "+tags/panel": with it minus the');
  console.log('extension with clean mode alone; "A/A": the same page without the extension loaded twice (that counter\'s noise).');
  console.log('"script+compile": ScriptDuration (running JavaScript) + V8CompileDuration (compiling scripts before they run).');
  // Each counter with its three deltas; the script figure's two parts, run and compile, as +ext only.
  const full: Counter[] = [SCRIPT, 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'];
  const split: Counter[] = ['ScriptDuration', 'V8CompileDuration'];
  const rows = pages.map((page) => {
    const runs = cost.get(page)!;
    const cells = full.flatMap((c) => {
      const { added, features, noise } = deltas(runs, c);
      return [show(added), show(features), show(noise)];
    });
    const parts = split.map((c) => f(deltas(runs, c).added.median, 1));
    return [page.label, ...cells.slice(0, 3), ...parts, ...cells.slice(3), f(spread(runs.map((r) => r.readability)).median, 1)];
  });
  const names: Record<Counter, string> = {
    [SCRIPT]: 'script+compile', ScriptDuration: 'of it run', V8CompileDuration: 'compile',
    LayoutDuration: 'layout', RecalcStyleDuration: 'style', TaskDuration: 'task',
  };
  const headed = (c: Counter) => [`${names[c]} +ext`, '+tags/panel', 'A/A'];
  console.log(table(['page', ...headed(SCRIPT), ...split.map((c) => names[c]), ...full.slice(1).flatMap(headed), 'Readability'], rows));

  const byLabel = (label: string) => pages.find((p) => p.label === label);
  const added = (page: BenchPage | undefined, c: Counter) => (page ? deltas(cost.get(page)!, c).added.median : NaN);
  const byFeatures = (page: BenchPage | undefined, c: Counter) => (page ? deltas(cost.get(page)!, c).features.median : NaN);
  const t00 = byLabel('t00');
  const long = pages.find((p) => p.kind === 'long');
  const readT00 = t00 ? spread(cost.get(t00)!.map((r) => r.readability)).median : NaN;
  const articleCosts = pages.filter((p) => p.kind === 'article').map((p) => added(p, SCRIPT));
  const articleWorst = articleCosts.length ? Math.max(...articleCosts) : NaN;
  const t00Script = added(t00, SCRIPT);
  const t00Render = byFeatures(t00, 'LayoutDuration') + byFeatures(t00, 'RecalcStyleDuration');
  const goal = (name: string, measured: string, value: number, ok: boolean) => [name, measured, verdict(value, ok)];
  const size = sizes();
  const goals = [
    goal('t00: script added ≤ 5 ms', `${f(t00Script, 1)} ms`, t00Script, t00Script <= 5),
    goal('t00: script added ≤ ½ Readability (same runs)', `${f(t00Script, 1)} vs ${f(readT00, 1)} ms`, t00Script - readT00, t00Script <= readT00 / 2),
    goal('ordinary articles: script added ≤ 1.5 ms', `worst ${f(articleWorst, 1)} ms`, articleWorst, articleWorst <= 1.5),
    goal(`t00×${TIMES}: script added ≤ 15 ms`, `${f(added(long, SCRIPT), 1)} ms`, added(long, SCRIPT), added(long, SCRIPT) <= 15),
    goal('t00: layout + style added by tags and panel ≤ 5 ms (see A/A)', `${f(t00Render, 1)} ms`, t00Render, t00Render <= 5),
    goal('what every Sina page loads ≤ 15 KB gzipped', `${kb(size.contentGz)}; UI bundle ${kb(size.uiGz)} where needed`, size.contentGz, size.contentGz <= 15 * 1024),
    ...(await printFirefoxCost(pages, port)),
  ];
  console.log('');
  console.log('Goals (issue 18)');
  console.log(table(['goal', 'measured', 'result'], goals));
}

const FIREFOX_RUNS = Number(process.env.SFR_BENCH_FIREFOX_RUNS ?? 3);

/** Firefox beside Chromium, by its own counters (./firefox-cost.ts), on t00, one ordinary article
 *  and t00×10 (a profiled Firefox takes some 18 s a load here); returns its rows of the goals. */
async function printFirefoxCost(all: BenchPage[], port: number): Promise<string[][]> {
  if (FIREFOX_RUNS <= 0) return [];
  const pages = [all.find((p) => p.label === 't00'), all.find((p) => p.kind === 'article'), all.find((p) => p.kind === 'long')]
    .filter((p): p is BenchPage => p !== undefined);
  const cost = await measureFirefoxCost(pages, port, DIST_FIREFOX, FIREFOX_RUNS, (done) => process.stderr.write(`firefox cost run ${done}/${FIREFOX_RUNS} done\n`));
  const show = ({ median: m, low, high }: Spread) => `${f(m, 1)} [${f(low, 1)}, ${f(high, 1)}]`;
  console.log('');
  console.log(`Firefox, by its own counters: the Gecko profiler (MOZ_PROFILER_STARTUP, 0.5 ms sampling) in every web-content`);
  console.log(`process's main thread, each load in a fresh browser, ${FIREFOX_RUNS} interleaved runs, median [lowest, highest] ms.`);
  console.log('"our JS": CPU time of the samples whose stack holds a frame of our add-on (moz-extension://<our id>/);');
  console.log('layout = Reflow markers, style = Styles markers; "+ext", "+tags/panel" and "A/A" as for Chromium.');
  const rows = pages.map((page) => {
    const runs = cost.get(page)!;
    const js = firefoxDeltas(runs, 'ours').with;
    const cells = (['layout', 'style'] as const).flatMap((c) => {
      const { added, features, noise } = firefoxDeltas(runs, c);
      return [show(added), show(features), show(noise)];
    });
    return [page.label, show(js), ...cells];
  });
  console.log(table(['page', 'our JS', 'layout +ext', '+tags/panel', 'A/A', 'style +ext', '+tags/panel', 'A/A'], rows));
  const ours = (page: BenchPage | undefined) => (page ? firefoxDeltas(cost.get(page)!, 'ours').with.median : NaN);
  const render = (page: BenchPage | undefined) =>
    page ? firefoxDeltas(cost.get(page)!, 'layout').features.median + firefoxDeltas(cost.get(page)!, 'style').features.median : NaN;
  const [t00, article, long] = [pages.find((p) => p.label === 't00'), pages.find((p) => p.kind === 'article'), pages.find((p) => p.kind === 'long')];
  const goal = (name: string, value: number, limit: number) => [name, `${f(value, 1)} ms`, verdict(value, value <= limit)];
  return [
    goal('Firefox t00: our JS ≤ 5 ms', ours(t00), 5),
    goal(`Firefox ${article?.label ?? 'article'}: our JS ≤ 1.5 ms`, ours(article), 1.5),
    goal(`Firefox t00×${TIMES}: our JS ≤ 15 ms`, ours(long), 15),
    goal('Firefox t00: layout + style added by tags and panel ≤ 5 ms (see A/A)', render(t00), 5),
  ];
}

async function main(): Promise<void> {
  if (!process.env.SFR_BENCH_DIST) {
    const { build } = await import('vite');
    const cwd = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      await build({ mode: 'chrome', logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
      await build({ mode: 'firefox', logLevel: 'warn', build: { outDir: DIST_FIREFOX, emptyOutDir: true } });
    } finally {
      process.chdir(cwd);
    }
  }
  if (!fs.existsSync(CONTENT_JS)) throw new Error(`no build in ${DIST}`);
  const header = machine();
  console.log(`Sina Finance Reader benchmark — ${new Date().toISOString()}, ${RUNS} runs per page, medians`);
  for (const line of header) console.log(line);

  const server = await startServer();
  const corpus = serveCorpus(server);
  // SFR_BENCH_PAGES=t00,t05 limits the pages (t00 and t00×10 always run: the growth and budgets need them).
  const only = process.env.SFR_BENCH_PAGES?.split(',');
  const pages = pagesToBench(corpus, server).filter((p) => !only || p.label === 't00' || p.kind === 'long' || only.includes(p.label));
  await printPageCost(pages, server.port);
  const browser = await launchBrowser('chromium', { port: server.port, dist: DIST });
  const samples = new Map<BenchPage, Sample[]>(pages.map((p) => [p, []]));
  try {
    // Runs interleave pages (run 1 on every page, then run 2 …), each in a fresh tab, so a burst
    // of load on the machine spreads over the pages instead of hitting one.
    // One warm-up load first: the first navigation pays for the browser's own start.
    {
      const tab = await browser.newTab();
      await (tab.raw as Page).addInitScript(installObserver);
      await runOnce(tab, pages[0]);
      await tab.close();
    }
    for (let run = 0; run < RUNS; run++) {
      for (const page of pages) {
        const tab = await browser.newTab();
        await (tab.raw as Page).addInitScript(installObserver);
        samples.get(page)!.push(await runOnce(tab, page));
        await tab.close();
      }
      process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const loadAfter = os.loadavg().map((x) => x.toFixed(2)).join(' ');

  const rows: Row[] = pages.map((page) => {
    const list = samples.get(page)!;
    return { page, samples: list, m: (name) => median(list.map((s) => s.measures[name] ?? NaN)) };
  });
  const med = (row: Row, pick: (s: Sample) => number) => median(row.samples.map(pick));
  const has = (row: Row, name: string) => row.samples.some((s) => name in s.measures);

  console.log('');
  console.log('Content script, main-thread ms (median). total = sfr:total (document_start → features mounted,');
  console.log('includes waiting for settings and for the parser); cpu = early + analyze + features + outline render');
  console.log('(the content script\'s own work; "cpu min": its fastest run, less disturbed by other load); clean = feature:clean-mode, tags = feature:speaker-tags,');
  console.log('panel = feature:outline (mount) + outline:render (idle callback); turns = speaker tags on the page.');
  console.log('analyze = the sum of the sfr:analyze:<step> measures (split by step below).');
  const head1 = ['page', 'paras', 'chars', 'turns', 'early', 'analyze', 'clean', 'tags', 'panel', 'render', 'cpu', 'cpu min', 'total', 'longtask (own)'];
  const cpu = (s: Sample) =>
    (s.measures['sfr:early'] ?? 0) + (s.measures['sfr:analyze'] ?? 0) + (s.measures['sfr:features'] ?? 0) + (s.measures['sfr:outline:render'] ?? 0);
  console.log(
    table(
      head1,
      rows.map((r) => [
        r.page.label,
        f(med(r, (s) => s.paragraphs), 0),
        f(med(r, (s) => s.chars), 0),
        f(med(r, (s) => s.tags), 0),
        f(r.m('sfr:early'), 2),
        f(r.m('sfr:analyze'), 2),
        has(r, 'sfr:feature:clean-mode') ? f(r.m('sfr:feature:clean-mode'), 2) : '–',
        has(r, 'sfr:feature:speaker-tags') ? f(r.m('sfr:feature:speaker-tags'), 2) : '–',
        has(r, 'sfr:feature:outline') ? f(r.m('sfr:feature:outline'), 2) : '–',
        has(r, 'sfr:outline:render') ? f(r.m('sfr:outline:render'), 2) : '–',
        f(med(r, cpu), 2),
        f(Math.min(...r.samples.map(cpu)), 2),
        f(r.m('sfr:total'), 1),
        `${f(med(r, (s) => s.longTask), 0)} (${f(med(r, (s) => s.longTaskOwn), 0)})`,
      ]),
    ),
  );

  console.log('');
  console.log('Against Readability.parse() (document clone, same page and run) and the floor: one pass over the');
  console.log('body\'s <p> text, cold: in the page\'s main world (clamped to 0.1 ms, the timer resolution of a page');
  console.log('that is not cross-origin isolated; in brackets the mean of 50 warm passes) and as the first code of a');
  console.log('fresh isolated world, where a content script runs. Ratios are medians of per-run ratios.');
  const head2 = ['page', 'analyze', 'min', 'Readability', 'an/Read', '≤0.25', 'floor main (warm)', 'an/floor', '≤5×', 'floor isolated', 'an/floor', '≤5×'];
  const ratioRows: string[][] = [];
  const ratioPass: Array<{ label: string; read: boolean; floor: boolean; floorIsolated: boolean }> = [];
  const analyzeOf = (s: Sample) => s.measures['sfr:analyze'] ?? NaN;
  for (const r of rows) {
    const anRead = med(r, (s) => analyzeOf(s) / s.readability);
    const anFloor = med(r, (s) => analyzeOf(s) / floorOf(s));
    const anIsolated = med(r, (s) => analyzeOf(s) / Math.max(s.floorIsolated, 0.1));
    ratioPass.push({ label: r.page.label, read: anRead <= 0.25, floor: anFloor <= 5, floorIsolated: anIsolated <= 5 });
    ratioRows.push([
      r.page.label,
      f(r.m('sfr:analyze'), 2),
      f(Math.min(...r.samples.map(analyzeOf)), 2),
      f(med(r, (s) => s.readability), 2),
      f(anRead, 3),
      anRead <= 0.25 ? 'pass' : 'FAIL',
      `${f(med(r, floorOf), 1)} (${f(med(r, (s) => s.floor), 3)})`,
      f(anFloor, 1),
      anFloor <= 5 ? 'pass' : 'FAIL',
      f(med(r, (s) => s.floorIsolated), 2),
      f(anIsolated, 1),
      anIsolated <= 5 ? 'pass' : 'FAIL',
    ]);
  }
  console.log(table(head2, ratioRows));

  console.log('');
  console.log('Inside analyze: the content script\'s own measures of each step (sfr:analyze:<step>, one task each;');
  console.log('"model" builds the result), ms, median.');
  console.log(
    table(
      ['page', 'sfr:analyze', ...ANALYZE_STEPS],
      rows.map((r) => [r.page.label, f(r.m('sfr:analyze'), 2), ...ANALYZE_STEPS.map((n) => f(r.m(`sfr:analyze:${n}`), 2))]),
    ),
  );

  // Growth: t00 ×10 against t00.
  const t00 = rows.find((r) => r.page.label === 't00')!;
  const long = rows.find((r) => r.page.kind === 'long')!;
  console.log('');
  console.log(`Growth: t00 ×${TIMES} (${f(med(long, (s) => s.chars), 0)} chars) against t00 (${f(med(t00, (s) => s.chars), 0)} chars)`);
  const growth = (name: string, pick: (s: Sample) => number) => {
    const a = med(t00, pick);
    const b = med(long, pick);
    return [name, f(a, 2), f(b, 2), f(b / a, 1)];
  };
  const growthRows = [
    growth('analyze', (s) => s.measures['sfr:analyze'] ?? NaN),
    growth('tags', (s) => s.measures['sfr:feature:speaker-tags'] ?? NaN),
    growth('panel mount', (s) => s.measures['sfr:feature:outline'] ?? NaN),
    growth('panel render', (s) => s.measures['sfr:outline:render'] ?? NaN),
    growth('cpu (all steps)', cpu),
    growth('Readability', (s) => s.readability),
    growth('floor (warm)', (s) => s.floor),
    growth('floor isolated', (s) => s.floorIsolated),
    growth('longest task', (s) => s.longTask),
    growth('  own part', (s) => s.longTaskOwn),
  ];
  console.log(table(['step', 't00', `t00×${TIMES}`, 'ratio'], growthRows));

  const lates = long.samples.map((s) => s.late).filter((x): x is LateSample => x !== undefined);
  const worstLate = Math.max(0, ...lates.map((x) => x.longTask));
  if (lates.length) {
    console.log('');
    console.log(`Late content on t00×${TIMES}: ${LATE_PARAGRAPHS} paragraphs of turns inserted mid-transcript after the start; the reader`);
    console.log('reads the page again (in place, then without its tags) and rebuilds tags and panel, one step per task.');
    console.log(`  turns ${f(median(lates.map((x) => x.turnsBefore)), 0)} → ${f(median(lates.map((x) => x.turnsAfter)), 0)}; `
      + `own work ${f(median(lates.map((x) => x.own)), 1)} ms in ${f(median(lates.map((x) => x.steps)), 0)} tasks (median); `
      + `longest task containing it ${f(worstLate, 0)} ms in any run (0: none ≥ 50 ms)`);
  }

  const size = sizes();
  console.log('');
  console.log(`Sizes: what every Sina page loads (the content script) ${kb(size.contentRaw)} raw, ${kb(size.contentGz)} gzipped (gzip -9);`);
  console.log(`       the UI bundle, injected only where a page has a transcript or sections, ${kb(size.uiRaw)} raw, ${kb(size.uiGz)} gzipped (Preact included);`);
  console.log(`       popup ${kb(size.popupRaw)} raw, ${kb(size.popupGz)} gzipped (${size.popupFiles.join(', ')})`);

  // Budgets.
  const t00cpu = med(t00, cpu);
  const t00total = t00.m('sfr:total');
  const worstTask = Math.max(...rows.map((r) => Math.max(...r.samples.map((s) => s.longTask))));
  const worstOwn = Math.max(...rows.map((r) => Math.max(...r.samples.map((s) => s.longTaskOwn))));
  const medTask = Math.max(...rows.map((r) => med(r, (s) => s.longTask)));
  const growthCpu = med(long, cpu) / t00cpu;
  const growthAnalyze = long.m('sfr:analyze') / t00.m('sfr:analyze');
  const articles = rows.filter((r) => r.page.kind === 'article');
  const articleExtra = articles.filter((r) =>
    r.samples.some((s) => Object.keys(s.measures).some((n) => /speaker-tags|outline/.test(n))),
  );
  const failRead = ratioPass.filter((p) => !p.read).map((p) => p.label);
  const failFloor = ratioPass.filter((p) => !p.floor).map((p) => p.label);
  const failIsolated = ratioPass.filter((p) => !p.floorIsolated).map((p) => p.label);
  const budgets: string[][] = [
    ['analyze ≤ ¼ Readability (every page)', failRead.length ? `fails on ${failRead.join(' ')}` : 'all pages', failRead.length ? 'FAIL' : 'pass'],
    ['analyze ≤ 5× floor, main world (every page)', failFloor.length ? `fails on ${failFloor.join(' ')}` : 'all pages', failFloor.length ? 'FAIL' : 'pass'],
    ['analyze ≤ 5× floor, isolated world (every page)', failIsolated.length ? `fails on ${failIsolated.join(' ')}` : 'all pages', failIsolated.length ? 'FAIL' : 'pass'],
    ['content script < 10 ms on t00 (its own work)', `cpu ${f(t00cpu, 2)} ms (sfr:total ${f(t00total, 1)} ms incl. waits)`, t00cpu < 10 ? 'pass' : 'FAIL'],
    ['no long task ≥ 50 ms (incl. t00×10, late content)', `longest ${f(worstTask, 0)} ms in any run (median worst page ${f(medTask, 0)}), content script's share ≤ ${f(worstOwn, 0)} ms; late content ${f(worstLate, 0)} ms`, worstTask < 50 && worstLate < 50 ? 'pass' : 'FAIL'],
    [`${TIMES}× input ≤ 12× time`, `cpu ×${f(growthCpu, 1)}, analyze ×${f(growthAnalyze, 1)}`, growthCpu <= 12 && growthAnalyze <= 12 ? 'pass' : 'FAIL'],
    ['what every page loads ≤ 15 KB gzipped (issue 18)', `${kb(size.contentGz)} (UI bundle ${kb(size.uiGz)}, where needed)`, size.contentGz <= 15 * 1024 ? 'pass' : 'FAIL'],
    ['ordinary articles: no tags/outline measures', articleExtra.length ? `ran on ${articleExtra.map((r) => r.page.label).join(' ')}` : `only clean mode + analyze on ${articles.map((r) => r.page.label).join(' ')}`, articleExtra.length ? 'FAIL' : 'pass'],
    ['nothing runs outside the matched hosts', 'manifest matches; proven by tests/e2e/extension.e2e.ts', 'e2e'],
  ];
  console.log('');
  console.log('Budgets (issue 6)');
  console.log(table(['budget', 'measured', 'result'], budgets));
  console.log('');
  console.log(`load      ${loadAfter} (1/5/15 min) at end`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
