// Debian firefox-esr driven by Puppeteer over WebDriver BiDi, with the built extension installed
// as a temporary add-on. The local server is Firefox's HTTP proxy for every request.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest';
import { REPO_ROOT } from './corpus';
import { POPUP_PATH, type ExtBrowser, type ExtTab, type LaunchOptions } from './types';

export const FIREFOX_PATH = process.env.SFR_FIREFOX ?? '/usr/bin/firefox-esr';
/** Fixed so moz-extension:// URLs are known before the add-on is installed. */
export const FIREFOX_UUID = '5f2b8c1e-7a3d-4e9b-9c61-0d4e2a7b8f10';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `fn` in the page. Unlike page.waitForFunction, an evaluation that fails because the page
 * is between two documents (BiDi reports a protocol error then) is retried, not fatal.
 */
async function poll<A>(page: Page, fn: (arg: A) => unknown, arg: A, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(fn as any, arg)) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${fn.toString().slice(0, 120)}` +
    (lastError ? ` (last error: ${(lastError as Error).message})` : ''));
}

/**
 * Navigates and waits for `load`. Firefox's BiDi navigation fails now and then with "Address
 * rejected" while the page loads fine: it takes an error page in a subframe for the navigation's
 * own (the saved Sina pages have https iframes, which the test server refuses to tunnel; seen
 * 3–5 times per e2e run, the document at the requested URL each time). So that report is checked
 * against the page itself: the navigation passes only if the top document is the requested URL,
 * loaded and not an error page. Nothing is navigated twice.
 */
async function navigate(page: Page, url: string, go: () => Promise<unknown>): Promise<void> {
  // A new document has a new time origin: a reload (or a goto to the same URL) is seen to happen.
  const before = await page.evaluate(() => performance.timeOrigin).catch(() => 0);
  try {
    await go();
  } catch (error) {
    if (!/Address rejected/.test(String(error))) throw error;
    const loaded = ({ u, t }: { u: string; t: number }) => location.href === u && document.readyState === 'complete'
      && performance.timeOrigin !== t && !document.documentURI.startsWith('about:');
    try {
      await poll(page, loaded, { u: url, t: before }, 15_000);
    } catch {
      throw error;
    }
    console.warn(`[harness] ${url}: BiDi said "Address rejected", the page says it loaded`);
  }
}

function wrap(page: Page, isExtensionPage: (url: string) => boolean): ExtTab {
  return {
    raw: page,
    async goto(url) {
      if (isExtensionPage(url)) {
        // BiDi navigation to moz-extension:// never reports completion; wait for the document.
        void page.goto(url).catch(() => {});
        await poll(page, (u) => location.href === u && document.readyState === 'complete', url, 15_000);
        return;
      }
      await navigate(page, url, () => page.goto(url, { waitUntil: 'load' }));
    },
    async reload() {
      const url = page.url();
      await navigate(page, url, () => page.reload({ waitUntil: 'load' }));
    },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as any,
    waitFor: (fn, arg, timeout = 10_000) => poll(page, fn, arg as any, timeout),
    waitForSelector: (selector, timeout = 10_000) => poll(page, (s) => document.querySelector(s) !== null, selector, timeout),
    click: (selector) => page.click(selector),
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector),
    async screenshot(file, options) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const path_ = file as `${string}.png`;
      if (options?.selector) {
        const element = await page.waitForSelector(options.selector);
        return Buffer.from(await element!.screenshot({ path: path_ }));
      }
      return Buffer.from(await page.screenshot({ path: path_, fullPage: options?.fullPage ?? false }));
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<ExtBrowser> {
  if (!fs.existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: install it with \`apt-get install firefox-esr\``);
  }
  const dist = options.dist ?? path.join(REPO_ROOT, 'dist/firefox');
  if (!options.withoutExtension && !fs.existsSync(path.join(dist, 'manifest.json'))) throw new Error(`no build in ${dist}: run \`npm run build\``);
  const locale = options.locale ?? 'zh_CN';
  const proxy = '127.0.0.1';
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Every request goes to the local server, which answers only for the mapped hosts.
      'network.proxy.type': 1,
      'network.proxy.http': proxy,
      'network.proxy.http_port': options.port,
      'network.proxy.ssl': proxy,
      'network.proxy.ssl_port': options.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'app.update.enabled': false,
      // Remote settings would poll firefox.settings.services.mozilla.com (refused anyway).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'browser.region.network.url': '',
      'browser.region.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Otherwise Firefox tries https first and the http-only server never answers.
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...(options.secureOrigins?.length ? {
        'dom.securecontext.allowlist': options.secureOrigins.map((o) => new URL(o).host).join(','),
        // The page may read the clipboard back without a paste prompt (no one to click it).
        'dom.events.asyncClipboard.readText': true,
        'dom.events.testing.asyncClipboard': true,
      } : {}),
      // `permissions.request` is granted without a prompt (no browser chrome to click headless).
      'extensions.webextOptionalPermissionPrompts': false,
      // The UI language: firefox-esr-l10n-zh-cn's language pack is an add-on in the application
      // scope (/usr/lib/firefox-esr/browser/extensions), which must be enabled and not held for
      // the user's approval (no one to give it headless), or Firefox falls back to English.
      'extensions.enabledScopes': 5,
      'extensions.autoDisableScopes': 0,
      'intl.locale.requested': locale === 'en' ? 'en-US' : 'zh-CN',
      'intl.accept_languages': locale === 'en' ? 'en-US, en' : 'zh-CN, zh',
      ...(options.downloadDir ? {
        // Saved there at once, as a reader who chose "save files to" would have it (no dialog).
        'browser.download.folderList': 2,
        'browser.download.dir': options.downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
      } : {}),
      'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1,
      'ui.systemUsesDarkTheme': options.dark ? 1 : 0,
    },
  });
  if (!options.withoutExtension) await browser.installExtension(dist);
  const extensionBase = `moz-extension://${FIREFOX_UUID}/`;
  const isExtensionPage = (url: string) => url.startsWith('moz-extension:');

  let helper: ExtTab | undefined;
  async function helperTab(): Promise<ExtTab> {
    if (helper) return helper;
    helper = wrap(await browser.newPage(), isExtensionPage);
    await helper.goto(`${extensionBase}${POPUP_PATH}?tab=-1`);
    return helper;
  }

  const ext: ExtBrowser = {
    name: 'firefox',
    extensionBase,
    locale,
    async newTab(url) {
      const tab = wrap(await browser.newPage(), isExtensionPage);
      if (url) await tab.goto(url);
      return tab;
    },
    async inExtension(fn, arg) {
      return (await helperTab()).evaluate(fn, arg);
    },
    async tabId(tab) {
      await helperTab();
      await tab.bringToFront();
      const url = tab.url();
      return ext.inExtension(async (pageUrl) => {
        const api = (globalThis as any).browser;
        const tabs: Array<{ id?: number; url?: string }> = await api.tabs.query({ active: true, lastFocusedWindow: true });
        const found = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => !t.url?.startsWith('moz-extension:'));
        if (!found?.id) throw new Error(`no active tab for ${pageUrl}: ${JSON.stringify(tabs)}`);
        return found.id;
      }, url);
    },
    async openPopup(target) {
      const id = target ? await ext.tabId(target) : -1;
      const popup = await ext.newTab(`${extensionBase}${POPUP_PATH}?tab=${id}`);
      await popup.waitForSelector('.page-state:not([data-state="loading"])');
      return popup;
    },
    close: () => browser.close(),
  };
  return ext;
}
