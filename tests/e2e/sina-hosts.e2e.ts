// The reader on the other Sina sites, by the user's choice (issue 17), in both browsers: a
// spokesperson's briefing (hand-written fixture, tests/fixtures/spokesperson-briefing.ts) in the
// saved 2024 news.sina.com.cn frame (magichtml-665b6857803a, its #article), at a news URL.
//
// What each browser proves:
// - Firefox (WebDriver BiDi, optional-permission prompts off): the whole path as a reader takes
//   it — the popup's button requests the site, Firefox grants it, the background's
//   permissions.onAdded handler registers the content script and page stylesheet, the page gets
//   tags, the outline and clean mode; the popup's settings turn the site off again, the
//   background unregisters, and the reloaded page is left as Sina made it.
// - Chromium: headless Chromium leaves permissions.request pending (its prompt cannot be
//   answered under automation), so the popup's button is only shown to ask Chromium for the
//   site's hosts. The grant and the revocation go through Chromium's own site-access settings
//   instead (what chrome://extensions → Site access → "On specific sites" does, through its
//   developerPrivate API), which fire the same permissions.onAdded / onRemoved events, so the
//   same registration code runs and Chromium injects the registered files. Chromium lets a user
//   add a site there only for hosts the manifest names as host_permissions, so this spec loads a
//   copy of dist/chrome whose news hosts are moved there and first withheld (the state of a
//   fresh install of the real build); the built code is the same files. Chromium also proves
//   that the registration outlives a browser restart (a kept profile) and that an update which
//   renames the built content script gets it re-registered with the new file. (Firefox installs
//   add-ons through WebDriver only temporarily, so they do not outlive its restart; there the
//   same start-up check is proven by the unit tests, tests/unit/site-scripts.test.ts.)
// Both: the site's mobile host (news.sina.cn, the finance.sina.cn doc template) gets clean mode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteMatches, OPTIONAL_SITES, SINA_FINANCE_MATCHES } from '../../src/platform/hosts';
import { BRIEFING_TITLE, briefingBodyHtml, SPOKESPERSON } from '../fixtures/spokesperson-briefing';
import {
  browserUnderTest, cleanModeOn, corpusPage, framedPage, launchBrowser, loadReaderPage, localeMessages, pause, publishReaderTimings, readerTimings,
  REPO_ROOT, SCREENSHOTS_DIR, startServer,
  type ExtBrowser, type ExtTab, type SiteServer,
} from './harness';

const NAME = browserUnderTest();
const NEWS = siteMatches(OPTIONAL_SITES.find((s) => s.id === 'news')!);
const NEWS_FRAME = 'magichtml-665b6857803a';
const URL_ = 'http://news.sina.com.cn/c/2025-03-12/doc-inbriefingfixture0312.shtml';
/** The saved finance.sina.cn mobile page, whose doc template news.sina.cn shares, at a news.sina.cn URL. */
const MOBILE_PAGE = 'magichtml-3ef3b4e65fab';
const MOBILE_URL = 'http://news.sina.cn/gn/2025-03-12/detail-inbriefingmobile0312.d.html';

let server: SiteServer;
let browser: ExtBrowser;
let tmp: string | undefined;
let dist: string | undefined;
let profileDir: string | undefined;
let t: (key: string, ...subs: string[]) => string;

/** Chromium: the build with the news hosts as host_permissions, to be withheld and granted in site access. */
function chromiumGrantableBuild(): string {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sfr-sina-hosts-'));
  profileDir = path.join(tmp, 'profile');
  const dist = path.join(tmp, 'chrome');
  fs.cpSync(path.join(REPO_ROOT, 'dist/chrome'), dist, { recursive: true });
  const file = path.join(dist, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...NEWS];
  manifest.optional_host_permissions = manifest.optional_host_permissions.filter((m: string) => !NEWS.includes(m));
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dist;
}

/** Chromium's site-access settings for the extension, as chrome://extensions changes them. */
async function chromiumSiteAccess(change: 'withhold-news' | 'grant-news' | 'revoke-news'): Promise<void> {
  const page = await browser.newTab();
  try {
    await page.goto(`chrome://extensions/?id=${new URL(browser.extensionBase).host}`);
    await page.evaluate(async ({ id, change, news, finance }) => {
      const dp = (globalThis as any).chrome.developerPrivate;
      if (change === 'withhold-news') {
        await dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
        for (const host of finance) await dp.addHostPermission(id, host);
      } else {
        for (const host of news) await (change === 'grant-news' ? dp.addHostPermission(id, host) : dp.removeHostPermission(id, host));
      }
    }, { id: new URL(browser.extensionBase).host, change, news: NEWS, finance: SINA_FINANCE_MATCHES });
  } finally {
    await page.close();
  }
}

/** The content scripts registered at run time, as the browser reports them. */
const registered = () =>
  browser.inExtension(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const scripts: Array<{ id: string; matches: string[]; js: string[]; css: string[] }> = await api.scripting.getRegisteredContentScripts();
    return scripts.map(({ id, matches, js, css }) => ({ id, matches: [...matches].sort(), js, css }));
  });

const manifestFiles = () =>
  browser.inExtension(() => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const [declared] = api.runtime.getManifest().content_scripts;
    // Firefox reports the manifest's files as full URLs, registered ones as paths.
    const relative = (files: string[]) => files.map((file) => file.replace(/^[a-z-]+:\/\/[^/]+\//, ''));
    return { js: relative(declared.js), css: relative(declared.css) };
  });

/** Everything the extension could have added to the page (a reader there would write its steps
 *  to User Timing on the timings event). */
const traces = async (page: ExtTab) => {
  await publishReaderTimings(page);
  return page.evaluate(() => ({
    attributes: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('data-sfr'))),
    elements: document.querySelectorAll('sfr-speaker, sfr-outline').length,
    measures: performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sfr:')).length,
  }));
};

async function popupFor(page: ExtTab): Promise<ExtTab> {
  const popup = await browser.openPopup(page);
  await popup.waitForSelector('.sites li[data-site="news"] button:not([disabled])');
  return popup;
}
const newsEnabled = (popup: ExtTab) => popup.evaluate(() => document.querySelector<HTMLElement>('.sites li[data-site="news"]')!.dataset.enabled);

beforeAll(async () => {
  server = await startServer();
  const doc = framedPage({ frame: NEWS_FRAME, container: 'article', html: briefingBodyHtml(), title: BRIEFING_TITLE, date: '2025-03-12', url: URL_ });
  server.serve(doc.url, doc.html);
  server.serve(MOBILE_URL, corpusPage(MOBILE_PAGE).html);
  dist = NAME === 'chromium' ? chromiumGrantableBuild() : undefined;
  browser = await launchBrowser(NAME, { port: server.port, dist, profileDir });
  t = localeMessages(browser.locale);
  if (NAME === 'chromium') await chromiumSiteAccess('withhold-news');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe(`${NAME}: the reader on news.sina.com.cn, by the user's choice`, () => {
  let page: ExtTab;

  test('not enabled: nothing runs on the news page, nothing is registered, the popup lists the site as off', async () => {
    page = await browser.newTab(URL_);
    await pause(500);
    expect(await traces(page)).toEqual({ attributes: [], elements: 0, measures: 0 });
    expect(await registered()).toEqual([]);
    const popup = await popupFor(page);
    expect(await newsEnabled(popup)).toBe('false');
    expect(await popup.text('.sites li[data-site="news"] .site-state')).toBe(t('siteOff'));
    await popup.close();
  });

  test.runIf(NAME === 'chromium')('Chromium: the popup’s button asks the browser for the site’s hosts', async () => {
    const popup = await popupFor(page);
    // The prompt cannot be answered here; record what the button asks for, and let it pend.
    await popup.evaluate(() => {
      const api = (globalThis as any).chrome.permissions;
      const request = api.request.bind(api);
      (globalThis as any).sfrRequests = [];
      api.request = (what: unknown) => ((globalThis as any).sfrRequests.push(what), request(what));
    });
    await popup.click('.sites li[data-site="news"] .site-toggle');
    await popup.waitFor(() => (globalThis as any).sfrRequests.length > 0);
    expect(await popup.evaluate(() => (globalThis as any).sfrRequests)).toEqual([{ origins: NEWS }]);
    await popup.close();
  });

  test('granted: the background registers the manifest’s script and stylesheet for the site', async () => {
    if (NAME === 'firefox') {
      const popup = await popupFor(page);
      await popup.click('.sites li[data-site="news"] .site-toggle');
      await popup.waitFor(() => document.querySelector<HTMLElement>('.sites li[data-site="news"]')?.dataset.enabled === 'true');
      await popup.close();
    } else {
      await chromiumSiteAccess('grant-news');
    }
    const files = await manifestFiles();
    // Chromium grants the site's two hosts one at a time, and the background registers the
    // script for the first alone before the second: the wait is for both.
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'sfr-site-news', matches: [...NEWS].sort(), ...files }]);
  });

  // Firefox's temporary add-ons (all WebDriver can install) do not outlive the browser.
  test.runIf(NAME === 'chromium')('Chromium: kept across a browser restart, and re-registered with the new files after an update', async () => {
    const before = await registered();
    await browser.close();
    browser = await launchBrowser(NAME, { port: server.port, dist, profileDir });
    expect(await registered()).toEqual(before);

    // An update whose build renamed the content script: the background, started for the
    // update, registers the new file (Chromium keeps the old registration otherwise).
    await browser.close();
    const manifestFile = path.join(dist!, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const [script] = manifest.content_scripts[0].js;
    const renamed = script.replace(/\.js$/, '-v2.js');
    fs.renameSync(path.join(dist!, script), path.join(dist!, renamed));
    manifest.content_scripts[0].js = [renamed];
    manifest.version = '0.1.1';
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    browser = await launchBrowser(NAME, { port: server.port, dist, profileDir });
    await expect.poll(async () => (await registered())[0]?.js, { timeout: 10_000 }).toEqual([renamed]);
    page = await browser.newTab();
  });

  test('a transcript at a news.sina.com.cn URL gets tags, the outline (announcements as the opening) and clean mode', async () => {
    await loadReaderPage(page, URL_);
    expect(await cleanModeOn(page)).toBe(true);
    // The news frame's right column is clutter clean mode hides (src/clean/rules.ts, N24).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.article-content-right')!).display)).toBe('none');
    const tags = await page.evaluate(() => [...document.querySelectorAll('sfr-speaker')].map((el) => `${el.textContent}${el.getAttribute('data-sfr-tip')}`));
    expect(tags).toHaveLength(7);
    expect(tags[0]).toContain(SPOKESPERSON);
    const rows = await page.evaluate(() =>
      [...document.querySelector('sfr-outline')!.shadowRoot!.querySelectorAll('.item')].map((li) => ({
        kind: li.className.replace('item ', ''),
        // A question's gist; the opening's one line names who speaks there.
        gist: (li.querySelector('.gist') ?? li.querySelector('.ans'))?.textContent ?? '',
      })));
    expect(rows.map((r) => r.kind)).toEqual(['opening', 'question', 'question', 'question']);
    expect(rows[0]!.gist).toBe(SPOKESPERSON);
    expect(Object.keys(await readerTimings(page))).toContain('sfr:total');
    await page.screenshot(path.join(SCREENSHOTS_DIR, `${NAME}-news-briefing.png`));

    // The site's mobile host goes with it: the doc template's page in clean mode.
    const mobile = await browser.newTab();
    await loadReaderPage(mobile, MOBILE_URL);
    expect(await cleanModeOn(mobile)).toBe(true);
    expect(await mobile.evaluate(() => [...document.querySelectorAll('[sax-type]')].every((el) => getComputedStyle(el).display === 'none'))).toBe(true);
    await mobile.close();

    const popup = await popupFor(page);
    expect(await popup.text('.page-state')).toBe(t('stateTranscript', '3'));
    expect(await newsEnabled(popup)).toBe('true');
    await popup.screenshot(path.join(SCREENSHOTS_DIR, `${NAME}-popup-sites.png`), { selector: 'main.popup' });
    await popup.close();
  });

  test('revoked: unregistered, and the reloaded page is left as Sina made it', async () => {
    if (NAME === 'firefox') {
      const popup = await popupFor(page);
      await popup.click('.sites li[data-site="news"] .site-toggle');
      await popup.waitFor(() => document.querySelector<HTMLElement>('.sites li[data-site="news"]')?.dataset.enabled === 'false');
      await popup.close();
    } else {
      await chromiumSiteAccess('revoke-news');
    }
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    await page.reload();
    await pause(500);
    expect(await traces(page)).toEqual({ attributes: [], elements: 0, measures: 0 });
  });
});
