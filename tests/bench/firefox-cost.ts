// What the extension costs as the page sees it in Firefox (issue 18), by Firefox's own counters:
// the Gecko profiler, started with the browser (MOZ_PROFILER_STARTUP) and written when it quits
// (MOZ_PROFILER_SHUTDOWN). From the pages' content processes' main threads: the layout and style
// markers' durations (Reflow…, Styles), and the JS samples whose stack holds a frame of our
// add-on's scripts (moz-extension://<our uuid>/), times the sampling interval (0.5 ms). Loads like the Chromium measure (./page-cost.ts):
// a fresh browser per load, with the extension, with clean mode alone, without it, and without it
// again (the A/A noise), in rotating order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIREFOX_UUID, launchBrowser, storeSettings } from '../e2e/harness';
import { spread, type CostPage, type Spread, type Variant } from './page-cost';

/** Sampling interval (ms): fine enough that a few ms of script get several samples. */
const INTERVAL_MS = 0.5;
const SETTLE_MS = 1500;
const OURS = `moz-extension://${FIREFOX_UUID}/`;

export interface FirefoxCounters {
  /** CPU time of the samples with a frame of our add-on on the stack, ms. */
  ours: number;
  /** Reflow markers, ms. */
  layout: number;
  /** Styles markers, ms. */
  style: number;
}

interface GeckoTable { schema: Record<string, number>; data: unknown[][] }
interface GeckoThread {
  name: string;
  processType?: string;
  /** `Web Content` for the pages; `WebExtensions` (also of type `tab`) runs the add-ons' own pages. */
  processName?: string;
  samples: GeckoTable;
  markers: GeckoTable;
  stackTable: GeckoTable;
  frameTable: GeckoTable;
  stringTable: string[];
}
interface GeckoProfile { meta: { interval: number; sampleUnits?: { threadCPUDelta?: string } }; threads: GeckoThread[]; processes?: GeckoProfile[] }

/** ms per unit of threadCPUDelta (µs on Linux, as the profile's meta says). */
function cpuUnitMs(profile: GeckoProfile): number {
  const unit = profile.meta.sampleUnits?.threadCPUDelta;
  return unit === 'ns' ? 1e-6 : unit === 'variable CPU cycles' ? NaN : 1e-3;
}

function threadsOf(profile: GeckoProfile): GeckoThread[] {
  return [...profile.threads, ...(profile.processes ?? []).flatMap(threadsOf)];
}

/** A page's content process: not the add-ons' process (our background page lives there, and its
 *  work is not the page's). */
const isPageProcess = (thread: GeckoThread) => thread.processType === 'tab' && thread.processName !== 'WebExtensions';

/** The counters of one profile: every page content process's main thread (isPageProcess). */
export function countersOf(profile: GeckoProfile): FirefoxCounters {
  const out: FirefoxCounters = { ours: 0, layout: 0, style: 0 };
  const interval = profile.meta.interval || INTERVAL_MS;
  for (const thread of threadsOf(profile)) {
    if (thread.name !== 'GeckoMain' || !isPageProcess(thread)) continue;
    const strings = thread.stringTable;
    const { schema: ms, data: markers } = thread.markers;
    for (const m of markers) {
      const name = typeof m[ms.name!] === 'number' ? strings[m[ms.name!] as number] ?? '' : String(m[ms.name!]);
      const start = m[ms.startTime!] as number | null;
      const end = m[ms.endTime!] as number | null;
      if (start == null || end == null) continue;
      if (name.startsWith('Reflow')) out.layout += end - start;
      else if (name === 'Styles') out.style += end - start;
    }
    // Stacks holding a frame of ours, memoised along the prefix chain.
    const { schema: ss, data: stacks } = thread.stackTable;
    const { schema: fs_, data: frames } = thread.frameTable;
    const ourFrame = frames.map((f) => {
      const location = f[fs_.location!];
      const text = typeof location === 'number' ? strings[location] ?? '' : String(location ?? '');
      // Ours only: Firefox's built-in add-ons run content scripts from moz-extension:// too.
      return text.includes(OURS);
    });
    const ourStack: Array<boolean | undefined> = [];
    const isOurs = (index: number): boolean => {
      const chain: number[] = [];
      let i: number | null = index;
      let found: boolean | undefined;
      while (i != null && (found = ourStack[i]) === undefined) {
        const row = stacks[i]!;
        if (ourFrame[row[ss.frame!] as number]) {
          found = true;
          break;
        }
        chain.push(i);
        i = row[ss.prefix!] as number | null;
      }
      const result = found ?? false;
      if (i != null) ourStack[i] = result;
      for (const c of chain) ourStack[c] = result;
      return result;
    };
    // CPU time the thread used since the previous sample (the `cpu` feature), so a thread that
    // sleeps or waits with our frame on its stack counts nothing; the interval where it is missing.
    const { schema: sm, data: samples } = thread.samples;
    const cpu = sm.threadCPUDelta;
    const toMs = cpuUnitMs(profile);
    for (const s of samples) {
      const stack = s[sm.stack!] as number | null;
      if (stack == null || !isOurs(stack)) continue;
      const delta = cpu === undefined ? null : (s[cpu] as number | null);
      out.ours += delta == null ? interval : delta * toMs;
    }
  }
  return out;
}

export async function loadOnce(port: number, variant: Variant, url: string): Promise<FirefoxCounters> {
  const file = path.join(os.tmpdir(), `sfr-gecko-${process.pid}-${Date.now()}.json`);
  const env = {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_STARTUP_INTERVAL: String(INTERVAL_MS),
    MOZ_PROFILER_STARTUP_ENTRIES: '16777216',
    MOZ_PROFILER_SHUTDOWN: file,
  };
  const browser = await launchBrowser('firefox', { port, env, ...(variant ? { dist: variant.dist } : { withoutExtension: true }) });
  try {
    if (variant?.settings) await storeSettings(browser, variant.settings);
    const tab = await browser.newTab();
    await tab.goto(url);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  } finally {
    await browser.close();
  }
  // The profile is written while Firefox quits, after the connection closed: read once it parses.
  try {
    for (let i = 0; ; i++) {
      await new Promise((r) => setTimeout(r, 200));
      try {
        return countersOf(JSON.parse(fs.readFileSync(file, 'utf8')) as GeckoProfile);
      } catch (error) {
        if (i >= 100) throw error;
      }
    }
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export interface FirefoxRun {
  with: FirefoxCounters;
  cleanOnly: FirefoxCounters;
  without: FirefoxCounters;
  again: FirefoxCounters;
}

export async function measureFirefoxCost(
  pages: readonly CostPage[], port: number, dist: string, runs: number,
  progress: (done: number) => void = () => {},
): Promise<Map<CostPage, FirefoxRun[]>> {
  const out = new Map<CostPage, FirefoxRun[]>(pages.map((p) => [p, []]));
  const variants = ['with', 'cleanOnly', 'without', 'again'] as const;
  for (let run = 0; run < runs; run++) {
    for (const page of pages) {
      const loads: Record<(typeof variants)[number], () => Promise<FirefoxCounters>> = {
        with: () => loadOnce(port, { dist }, page.url),
        cleanOnly: () => loadOnce(port, { dist, settings: { speakerTags: false, outlinePanel: false } }, page.url),
        without: () => loadOnce(port, null, page.url),
        again: () => loadOnce(port, null, page.url),
      };
      const got: Partial<Record<(typeof variants)[number], FirefoxCounters>> = {};
      for (let i = 0; i < variants.length; i++) {
        const variant = variants[(i + run) % variants.length]!;
        got[variant] = await loads[variant]();
      }
      out.get(page)!.push(got as FirefoxRun);
    }
    progress(run + 1);
  }
  return out;
}

/** Per counter: our script (with; without has none of ours by construction), layout and style
 *  added (with − without), added by tags and panel (with − clean mode alone), and the A/A noise. */
export function firefoxDeltas(runs: readonly FirefoxRun[], counter: keyof FirefoxCounters): { with: Spread; added: Spread; features: Spread; noise: Spread } {
  return {
    with: spread(runs.map((r) => r.with[counter])),
    added: spread(runs.map((r) => r.with[counter] - r.without[counter])),
    features: spread(runs.map((r) => r.with[counter] - r.cleanOnly[counter])),
    noise: spread(runs.map((r) => r.again[counter] - r.without[counter])),
  };
}
