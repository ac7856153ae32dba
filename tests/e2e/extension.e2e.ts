// The built extension in a real headless browser (SFR_BROWSER), on corpus pages served under
// real Sina URLs by the local server. Composed pages are a corpus body in the gne-sina-2 frame.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SINA_FINANCE_MATCHES } from '../../src/platform/hosts';
import {
  browserUnderTest, cleanModeOn, localeMessages, pageState, pause, readerSession, readerTimings, SCREENSHOTS_DIR,
  waitForReader, type ExtTab,
} from './harness';

const NAME = browserUnderTest();
const T00 = 't00-miit-h1-2021-press-conference';
const N01 = 'n01-ai-basketball-referee';

const session = readerSession();
const { tab, popupFor } = session;
let t: (key: string, ...subs: string[]) => string;

const setting = (name: string) => `#setting-${name}`;
/** Whether the page renders the first element matching `selector` (null: no such element). */
const rendered = (page: ExtTab, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    return el ? getComputedStyle(el).display !== 'none' : null;
  }, selector);
// Clutter of every composed page: the QR block closing the body and the frame's right sidebar.
const CLUTTER = ['.appendQr_wrap', '.article-content-right'];
const checked = (popup: ExtTab, name: string) =>
  popup.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement).checked, setting(name));

beforeAll(() => {
  t = localeMessages(session.browser.locale);
});

describe(`${NAME}: where the content script runs`, () => {
  test('on a finance.sina.com.cn transcript (composed page): analyses it, cleans it, and the popup says so', async () => {
    const page = await tab(session.corpus.composed.get(T00)!.url);
    await waitForReader(page);
    const timings = await readerTimings(page);
    console.log(`${NAME} ${T00} timings (ms)`, timings);
    const steps = ['body', 'paragraphs', 'labels', 'turns', 'roles', 'decision', 'model'].map((step) => `sfr:analyze:${step}`);
    expect(Object.keys(timings)).toEqual(expect.arrayContaining(['sfr:settings', ...steps, 'sfr:features', 'sfr:total']));
    expect(await cleanModeOn(page)).toBe(true);
    // The manifest's stylesheet is in force: the clutter is not rendered, the article is.
    for (const selector of CLUTTER) expect(await rendered(page, selector)).toBe(false);
    expect(await rendered(page, '#artibody')).toBe(true);

    const state = await pageState(session.browser, page);
    expect(state).toMatchObject({ article: true, transcript: true });
    expect(state.questions).toBeGreaterThan(0);
    expect(state.features).toContain('clean-mode');

    const popup = await popupFor(page);
    expect(await popup.text('.page-state')).toBe(t('stateTranscript', String(state.questions)));
    expect(await popup.evaluate(() => document.querySelector('.access'))).toBeNull();
    for (const name of ['cleanMode', 'outlinePanel', 'speakerTags']) expect(await checked(popup, name)).toBe(true);

    await popup.screenshot(path.join(SCREENSHOTS_DIR, `${NAME}-popup.png`), { selector: 'main.popup' });
    await page.screenshot(path.join(SCREENSHOTS_DIR, `${NAME}-transcript-clean.png`));
  });

  test('on a saved finance.sina.com.cn article: not a transcript', async () => {
    const page = await tab(session.corpus.pages.get('gne-sina-2')!.url);
    await waitForReader(page);
    expect(await cleanModeOn(page)).toBe(true);
    const popup = await popupFor(page);
    expect(await popup.text('.page-state')).toBe(t('stateNotTranscript'));
  });

  test('on the mobile site finance.sina.cn', async () => {
    const doc = session.corpus.pages.get('magichtml-3ef3b4e65fab')!;
    expect(new URL(doc.url).hostname).toBe('finance.sina.cn');
    const page = await tab(doc.url);
    await waitForReader(page);
    const popup = await popupFor(page);
    expect(await popup.text('.page-state')).toBe(t('stateNotTranscript'));
  });

  test.each([
    ['news.sina.com.cn (same frame as finance)', 'gne-sina-1'],
    ['tech.sina.com.cn', 'gne-sina-4'],
    ['example.org', null],
  ])('not on %s', async (_label, name) => {
    const url = name ? session.corpus.pages.get(name)!.url : session.corpus.foreign;
    const page = await tab(url);
    await pause(500);
    expect(await readerTimings(page)).toEqual({});
    expect(await cleanModeOn(page)).toBe(false);
    const popup = await popupFor(page);
    expect(await popup.text('.page-state')).toBe(t('stateNotSina'));
  });

  test('the browser reaches no other host', async () => {
    const page = await tab('about:blank');
    const outcome = await page.goto('http://www.sina.com.cn/').then(
      async () => page.evaluate(() => document.body?.textContent ?? ''),
      (error: Error) => `navigation failed: ${error.message}`,
    );
    // Chromium cannot resolve the name; Firefox's proxy (the test server) refuses it.
    if (NAME === 'chromium') expect(outcome).toMatch(/ERR_NAME_NOT_RESOLVED/);
    else expect(session.server.refused).toContain('http://www.sina.com.cn/');
    expect(session.server.served.some((url) => url.includes('www.sina.com.cn'))).toBe(false);
  });
});

describe(`${NAME}: settings reach the pages`, () => {
  test('a popup switch reaches every open Sina tab at once and survives a reload', async () => {
    const first = await tab(session.corpus.composed.get(T00)!.url);
    const second = await tab(session.corpus.composed.get(N01)!.url);
    await Promise.all([waitForReader(first), waitForReader(second)]);
    expect(await cleanModeOn(first)).toBe(true);
    expect(await cleanModeOn(second)).toBe(true);

    const popup = await popupFor(first);
    await popup.click(setting('cleanMode'));
    await first.waitFor(() => !document.documentElement.hasAttribute('data-sfr-clean'));
    await second.waitFor(() => !document.documentElement.hasAttribute('data-sfr-clean'));
    expect(await checked(popup, 'cleanMode')).toBe(false);
    for (const selector of CLUTTER) expect(await rendered(first, selector)).toBe(true);

    await first.reload();
    await waitForReader(first);
    expect(await cleanModeOn(first)).toBe(false);
    const again = await popupFor(first);
    expect(await checked(again, 'cleanMode')).toBe(false);

    await again.click(setting('cleanMode'));
    await first.waitFor(() => document.documentElement.hasAttribute('data-sfr-clean'));
    await second.waitFor(() => document.documentElement.hasAttribute('data-sfr-clean'));
    for (const selector of CLUTTER) expect(await rendered(first, selector)).toBe(false);
  });

  test('a keyboard command, routed by the background to the active tab, toggles clean mode', async () => {
    const page = await tab(session.corpus.composed.get(T00)!.url);
    await waitForReader(page);
    expect(await cleanModeOn(page)).toBe(true);
    // What the background does on Alt+Shift+M, through the same router (sfr:to-active-tab).
    const route = () =>
      session.browser.inExtension(() => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.runtime.sendMessage({
          type: 'sfr:to-active-tab',
          message: { type: 'sfr:command', command: 'toggle-clean-mode' },
        });
      });
    await page.bringToFront();
    expect(await route()).toBe(true);
    await page.waitFor(() => !document.documentElement.hasAttribute('data-sfr-clean'));
    await page.bringToFront();
    expect(await route()).toBe(true);
    await page.waitFor(() => document.documentElement.hasAttribute('data-sfr-clean'));
  });
});

// Chromium grants host_permissions at install and lets only the user withhold them (in
// chrome://extensions); Firefox lets the extension itself drop them, as a user can.
describe.runIf(NAME === 'firefox')(`${NAME}: host access`, () => {
  test('without host access the popup says so, and its button grants it back', async () => {
    await session.browser.inExtension((origins) => (globalThis as any).browser.permissions.remove({ origins }), SINA_FINANCE_MATCHES);
    try {
      const page = await tab(session.corpus.composed.get(T00)!.url);
      await pause(500);
      expect(await readerTimings(page)).toEqual({});

      const popup = await popupFor(page);
      expect(await popup.text('.access p')).toBe(t('permissionMissing'));
      expect(await popup.text('.page-state')).toBe(t('stateNoAccess'));
      await popup.click('.access .grant');
      await popup.waitFor(() => document.querySelector('.access') === null);
      await popup.waitFor((text) => document.querySelector('.page-state')?.textContent === text, t('stateReload'));

      await page.reload();
      await waitForReader(page);
      expect(await cleanModeOn(page)).toBe(true);
    } finally {
      // Leave access granted for later specs, whatever happened (a click counts as user input).
      const popup = await popupFor(await tab(session.corpus.foreign));
      if (await popup.evaluate(() => document.querySelector('.access .grant') !== null)) await popup.click('.access .grant');
    }
  });
});
