// The end-to-end harness: one import for every browser spec and benchmark.
//
//   const server = await startServer();
//   const corpus = serveCorpus(server);                       // or server.serve(url, html)
//   const browser = await launchBrowser(browserUnderTest(), { port: server.port });
//   const tab = await browser.newTab(corpus.composed.get('t00-…')!.url);
//   await waitForReader(tab);
//   const popup = await browser.openPopup(tab);
//
// or, for a spec with one browser for all its tests, `const session = readerSession();`.
//
// Specs are named *.e2e.ts (anywhere under tests/) and run once per browser:
// `SFR_BROWSER=firefox npx vitest run --project e2e` (scripts/test-all.mjs runs both).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CLEAN_ATTR } from '../../src/clean/clean-mode';
import { formatMessage } from '../../src/platform/fake';
import { TIMINGS_EVENT } from '../../src/content/perf';
import { INBOX_KEY } from '../../src/platform/inbox';
import type { PageState } from '../../src/platform/messages';
import { launchChromium } from './harness/chromium';
import { bodyIds, composedPage, corpusPage, pageNames, REPO_ROOT, type CorpusDoc } from './harness/corpus';
import { launchFirefox } from './harness/firefox';
import { startServer, type SiteServer } from './harness/server';
import type { BrowserName, ExtBrowser, ExtTab, LaunchOptions } from './harness/types';

export * from './harness/server';
export * from './harness/corpus';
export * from './harness/types';
export { CHROMIUM_PATH } from './harness/chromium';
export { FIREFOX_PATH, FIREFOX_UUID } from './harness/firefox';

/** Where specs write the screenshots the README shows. */
export const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'docs/screenshots');

/** The browser this run tests, from SFR_BROWSER (chromium by default). */
export function browserUnderTest(): BrowserName {
  const name = process.env.SFR_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`SFR_BROWSER must be chromium or firefox, not ${name}`);
  return name;
}

export function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

export interface ServedCorpus {
  /** Saved pages by name (gne-sina-3, …), at their own URLs. */
  pages: Map<string, CorpusDoc>;
  /** Composed pages by body id (t00-…), in the gne-sina-2 finance frame. */
  composed: Map<string, CorpusDoc>;
  /** A plain page on a host that is not Sina's. */
  foreign: string;
}

/** Serves every corpus page and every body (composed), plus http://example.org/. */
export function serveCorpus(server: SiteServer): ServedCorpus {
  const pages = new Map<string, CorpusDoc>();
  const composed = new Map<string, CorpusDoc>();
  for (const name of pageNames()) {
    const doc = corpusPage(name);
    server.serve(doc.url, doc.html);
    pages.set(name, doc);
  }
  for (const id of bodyIds()) {
    const doc = composedPage(id);
    server.serve(doc.url, doc.html);
    composed.set(id, doc);
  }
  const foreign = server.serve(
    'http://example.org/',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example</title></head><body><h1>Example</h1><p>Not a Sina page.</p></body></html>',
  );
  return { pages, composed, foreign };
}

/** Waits until the content script has finished its start (its `sfr:total` step is recorded):
 *  each check has the reader write its steps to the page's User Timing first (TIMINGS_EVENT). */
export async function waitForReader(tab: ExtTab, timeoutMs = 10_000): Promise<void> {
  await tab.waitFor((event) => {
    document.dispatchEvent(new Event(event));
    return performance.getEntriesByName('sfr:total').length > 0;
  }, TIMINGS_EVENT, timeoutMs);
}

/**
 * Loads `url` in `tab` and waits for the reader to finish, the outline panel (if any) included:
 * it renders in an idle task after the features mount. No retries: Firefox's misreported
 * navigations are checked against the page in harness/firefox.ts.
 */
export async function loadReaderPage(tab: ExtTab, url: string): Promise<void> {
  await tab.goto(url);
  await waitForReader(tab);
  await tab.waitFor(() => {
    const host = document.querySelector('sfr-outline');
    return !host || !!host.shadowRoot?.querySelector('.root > *');
  });
}

export interface ReaderSession {
  readonly server: SiteServer;
  readonly corpus: ServedCorpus;
  readonly browser: ExtBrowser;
  /** A new tab, at `url` if given (loaded; the reader not waited for), closed after the test. */
  tab(url?: string): Promise<ExtTab>;
  /** A new tab of `on` (the session's browser by default) with `url` loaded and its reader
   *  finished (loadReaderPage), closed after the test. */
  openPage(url: string, on?: ExtBrowser): Promise<ExtTab>;
  /** The popup reporting on `target`, closed after the test. */
  popupFor(target: ExtTab): Promise<ExtTab>;
}

/**
 * A spec's usual set-up, as vitest hooks of the file or `describe` that calls it: the corpus
 * served, the browser under test launched with `options`, the tabs a test opened closed after
 * it and, with `clearStorage`, the extension's storage emptied (each test starts from the
 * default settings). The fields are there once the tests run.
 */
export function readerSession(options: Omit<LaunchOptions, 'port'> & { clearStorage?: boolean } = {}): ReaderSession {
  const { clearStorage, ...launch } = options;
  let server: SiteServer | undefined;
  let corpus: ServedCorpus | undefined;
  let browser: ExtBrowser | undefined;
  const open: ExtTab[] = [];
  const kept = (tab: ExtTab) => (open.push(tab), tab);

  beforeAll(async () => {
    server = await startServer();
    corpus = serveCorpus(server);
    browser = await launchBrowser(browserUnderTest(), { ...launch, port: server.port });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((tab) => tab.close().catch(() => {})));
    if (clearStorage) {
      await browser!.inExtension(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.clear();
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() { return server!; },
    get corpus() { return corpus!; },
    get browser() { return browser!; },
    async tab(url) {
      const tab = kept(await browser!.newTab());
      if (url) await tab.goto(url);
      return tab;
    },
    async openPage(url, on = browser!) {
      const tab = kept(await on.newTab());
      await loadReaderPage(tab, url);
      return tab;
    },
    async popupFor(target) {
      return kept(await browser!.openPopup(target));
    },
  };
}

/** Writes settings to the extension's storage as the popup does; pages read them on load. */
export function storeSettings(browser: ExtBrowser, values: Record<string, boolean>): Promise<void> {
  return browser.inExtension(async (v) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.local.set(v);
  }, values);
}

/** Has the page's reader (if any) write the steps it recorded to User Timing, as `sfr:` measures
 *  (TIMINGS_EVENT, src/content/perf.ts). */
export function publishReaderTimings(tab: ExtTab): Promise<void> {
  return tab.evaluate((event) => void document.dispatchEvent(new Event(event)), TIMINGS_EVENT);
}

/** The `sfr:` steps the content script recorded on the page, in ms, as User Timing measures. */
export async function readerTimings(tab: ExtTab): Promise<Record<string, number>> {
  await publishReaderTimings(tab);
  return tab.evaluate(() =>
    Object.fromEntries(
      performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sfr:')).map((e) => [e.name, e.duration]),
    ),
  );
}

/** Asks the tab's reader for its state as the popup does (`sfr:get-state`, delivered by
 *  scripting.executeScript to the reader's inbox: src/platform/inbox.ts). */
export async function pageState(browser: ExtBrowser, tab: ExtTab): Promise<PageState> {
  const id = await browser.tabId(tab);
  return browser.inExtension(async ({ tabId, key }) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const [frame] = await api.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (k: string, message: unknown) => (globalThis as any)[k]?.(message) ?? null,
      args: [key, { type: 'sfr:get-state' }],
    });
    if (!frame?.result) throw new Error('no reader answered in that tab');
    return frame.result;
  }, { tabId: id, key: INBOX_KEY });
}

/** Whether clean mode is on in the tab (the attribute on <html>). */
export function cleanModeOn(tab: ExtTab): Promise<boolean> {
  return tab.evaluate((attr) => document.documentElement.hasAttribute(attr), CLEAN_ATTR);
}

/** The extension's messages in a locale, formatted as chrome.i18n does. */
export function localeMessages(locale: 'en' | 'zh_CN'): (key: string, ...subs: string[]) => string {
  const messages = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '_locales', locale, 'messages.json'), 'utf8'));
  return (key, ...subs) => formatMessage(messages, key, subs);
}

/** Lets a spec see the page a little longer, e.g. to prove that nothing happens. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A real click (trusted, with user activation) in the middle of an element of the outline panel. */
export async function clickPanel(page: ExtTab, selector: string): Promise<void> {
  const point = await page.evaluate((s) => {
    const el = document.querySelector('sfr-outline')!.shadowRoot!.querySelector(s) as HTMLElement;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  await (page.raw as any).mouse.click(point.x, point.y);
}

/** A real key press, as both drivers spell it. */
export const press = (page: ExtTab, key: string) => (page.raw as any).keyboard.press(key) as Promise<void>;
