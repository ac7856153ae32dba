// What the extension costs as the page sees it (issue 18): Chromium's own counters (CDP
// Performance.getMetrics, every world of the tab included) for the same page loaded with the
// built extension and without it, each load in a fresh browser, in interleaved runs. A second
// load without the extension in every run gives the A/A noise: the spread of the same page's
// counters with nothing changed, printed beside every delta. Clean mode hides most of a Sina
// page, so the page lays out less with the extension than without it: what the tags and the
// panel add to layout and style is measured against the extension with clean mode alone.
import type { Page } from 'playwright-core';
import { launchBrowser, storeSettings } from '../e2e/harness';
import { readabilityParse } from './readability';

/** Chromium's counters read, in ms (CDP reports seconds). */
const READ = ['ScriptDuration', 'V8CompileDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'] as const;
/**
 * What the goals call script: running JavaScript and compiling it. `ScriptDuration` leaves out
 * the compiling of a script before it runs (`V8CompileDuration`): a change that moves work from
 * one to the other, like V8's eager-compile hint, must not look free.
 */
export const SCRIPT = 'ScriptAndCompile';
/** The counters compared: the sum first, then what Chromium reports. */
export const COUNTERS = [SCRIPT, ...READ] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Record<Counter, number>;

/** How long after `load` the counters are read: the content script's last step (the panel's
 *  idle-time render, 300 ms at most) is over by then, and the page's scripts are blocked. */
const SETTLE_MS = 1500;

export interface CostPage {
  label: string;
  url: string;
}

export interface CostRun {
  with: Counters;
  /** The extension with clean mode alone (no tags, no panel). */
  cleanOnly: Counters;
  without: Counters;
  /** The same page without the extension again: with minus without of this is pure noise. */
  again: Counters;
  /** Readability.parse() of the page's clone in the run without the extension, ms. */
  readability: number;
}

/** A build to load (with settings stored before the page), or null for no extension. */
export type Variant = { dist: string; settings?: Record<string, boolean> } | null;

/** One load of `url` in a fresh browser: the tab's counters once it settled. */
export async function loadOnce(port: number, variant: Variant, url: string, timeReadability = false): Promise<{ counters: Counters; readability: number }> {
  const browser = await launchBrowser('chromium', { port, ...(variant ? { dist: variant.dist } : { withoutExtension: true }) });
  try {
    if (variant?.settings) await storeSettings(browser, variant.settings);
    const tab = await browser.newTab();
    const page = tab.raw as Page;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(url);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const byName = new Map(metrics.map((m) => [m.name, m.value * 1000]));
    const read = Object.fromEntries(READ.map((c) => [c, byName.get(c) ?? NaN])) as Record<(typeof READ)[number], number>;
    const counters: Counters = { [SCRIPT]: read.ScriptDuration + read.V8CompileDuration, ...read };
    const readability = timeReadability ? await readabilityParse(page) : NaN;
    return { counters, readability };
  } finally {
    await browser.close();
  }
}

/** `runs` rounds over every page; in each, with / clean mode alone / without / without again, in
 *  an order that rotates each round so that no variant always comes first. */
export async function measurePageCost(
  pages: readonly CostPage[], port: number, dist: string, runs: number,
  progress: (done: number) => void = () => {},
): Promise<Map<CostPage, CostRun[]>> {
  const out = new Map<CostPage, CostRun[]>(pages.map((p) => [p, []]));
  for (let run = 0; run < runs; run++) {
    for (const page of pages) {
      const loads = {
        with: () => loadOnce(port, { dist }, page.url),
        cleanOnly: () => loadOnce(port, { dist, settings: { speakerTags: false, outlinePanel: false } }, page.url),
        without: () => loadOnce(port, null, page.url, true),
        again: () => loadOnce(port, null, page.url),
      };
      const variants = ['with', 'cleanOnly', 'without', 'again'] as const;
      const got: Partial<Record<(typeof variants)[number], Awaited<ReturnType<typeof loadOnce>>>> = {};
      for (let i = 0; i < variants.length; i++) {
        const variant = variants[(i + run) % variants.length]!;
        got[variant] = await loads[variant]();
      }
      out.get(page)!.push({
        with: got.with!.counters, cleanOnly: got.cleanOnly!.counters, without: got.without!.counters, again: got.again!.counters,
        readability: got.without!.readability,
      });
    }
    progress(run + 1);
  }
  return out;
}

export interface Spread {
  median: number;
  low: number;
  high: number;
}

export function spread(xs: number[]): Spread {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return { median: NaN, low: NaN, high: NaN };
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, low: sorted[0]!, high: sorted[sorted.length - 1]! };
}

/** Per counter, over the runs: the extension's delta (with − without), what the tags and the
 *  panel add (with − clean mode alone) and the A/A noise (without again − without). */
export function deltas(runs: readonly CostRun[], counter: Counter): { added: Spread; features: Spread; noise: Spread } {
  return {
    added: spread(runs.map((r) => r.with[counter] - r.without[counter])),
    features: spread(runs.map((r) => r.with[counter] - r.cleanOnly[counter])),
    noise: spread(runs.map((r) => r.again[counter] - r.without[counter])),
  };
}
