// Debian Chromium driven by Playwright, with the built extension loaded unpacked.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { MAPPED_HOSTS } from './server';
import { REPO_ROOT } from './corpus';
import { POPUP_PATH, type ExtBrowser, type ExtTab, type LaunchOptions } from './types';

export const CHROMIUM_PATH = process.env.SFR_CHROMIUM ?? '/usr/bin/chromium';

function wrap(page: Page): ExtTab {
  return {
    raw: page,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as any, arg),
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as any, arg, { timeout, polling: 50 })),
    waitForSelector: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    click: (selector) => page.click(selector),
    text: async (selector) => (await page.locator(selector).first().textContent({ timeout: 5_000 }).catch(() => null)) ?? '',
    screenshot: (file, options) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (options?.selector) return page.locator(options.selector).first().screenshot({ path: file });
      return page.screenshot({ path: file, fullPage: options?.fullPage ?? false });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions): Promise<ExtBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install chromium\``);
  }
  const dist = options.dist ?? path.join(REPO_ROOT, 'dist/chrome');
  const extension = !options.withoutExtension;
  if (extension && !fs.existsSync(path.join(dist, 'manifest.json'))) throw new Error(`no build in ${dist}: run \`npm run build\``);
  const locale = options.locale ?? 'zh_CN';
  const rules = [
    ...MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.port}`),
    // Every other name fails to resolve: nothing reaches the internet.
    'MAP * ~NOTFOUND',
  ].join(', ');
  const context: BrowserContext = await chromium.launchPersistentContext(options.profileDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    locale: locale === 'en' ? 'en-US' : 'zh-CN',
    // On Linux, --lang sets only what getUILanguage() reports; the messages chrome.i18n picks
    // (the popup's words) follow LANGUAGE. Both are set, or popup and panel would disagree.
    env: {
      ...process.env, LANGUAGE: locale === 'en' ? 'en_US' : 'zh_CN',
      // A locale this machine has (only C.UTF-8 is installed): with none, the C locale's ASCII
      // file names make Chromium save a download named `工信部….md` as `download`.
      LC_ALL: 'C.UTF-8',
    },
    args: [
      ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
      `--host-resolver-rules=${rules}`,
      `--lang=${locale === 'en' ? 'en-US' : 'zh-CN'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      ...(options.secureOrigins?.length ? [`--unsafely-treat-insecure-origin-as-secure=${options.secureOrigins.join(',')}`] : []),
    ],
  });
  const newTab = async (url?: string): Promise<ExtTab> => {
    const tab = wrap(await context.newPage());
    if (url) await tab.goto(url);
    return tab;
  };
  if (!extension) {
    const none = () => Promise.reject(new Error('launched without the extension'));
    return {
      name: 'chromium', extensionBase: '', locale, newTab,
      inExtension: none, tabId: none, openPopup: none,
      close: () => context.close(),
    };
  }
  for (const origin of options.secureOrigins ?? []) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  const extensionBase = `chrome-extension://${id}/`;

  // An extension page kept open for running API calls (chrome.* exists there).
  let helper: Page | undefined;
  async function helperPage(): Promise<Page> {
    if (helper && !helper.isClosed()) return helper;
    helper = await context.newPage();
    await helper.goto(`${extensionBase}${POPUP_PATH}?tab=-1`);
    return helper;
  }

  const browser: ExtBrowser = {
    name: 'chromium',
    extensionBase,
    locale,
    newTab,
    async inExtension(fn, arg) {
      return (await helperPage()).evaluate(fn as any, arg);
    },
    async tabId(tab) {
      await helperPage();
      await tab.bringToFront();
      const url = tab.url();
      return browser.inExtension(async (pageUrl) => {
        const api = (globalThis as any).chrome;
        const tabs: Array<{ id?: number; url?: string }> = await api.tabs.query({ active: true, lastFocusedWindow: true });
        const found = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => !t.url?.startsWith('chrome-extension:'));
        if (!found?.id) throw new Error(`no active tab for ${pageUrl}: ${JSON.stringify(tabs)}`);
        return found.id;
      }, url);
    },
    async openPopup(target) {
      const id = target ? await browser.tabId(target) : -1;
      const popup = await browser.newTab(`${extensionBase}${POPUP_PATH}?tab=${id}`);
      await popup.waitForSelector('.page-state:not([data-state="loading"])');
      return popup;
    },
    close: () => context.close(),
  };
  return browser;
}
