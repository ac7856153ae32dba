// The reader's look (issue 16) in a real browser (SFR_BROWSER): each popup control changes the
// article live in every open tab; sepia and dark reach the page itself in clean mode, the panel
// and the tags follow; screenshots of the three themes for the README.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_TOKENS, type ThemeName } from '../../src/look/themes';
import { PALETTE } from '../../src/tags/palette';
import {
  browserUnderTest, launchBrowser, readerSession, SCREENSHOTS_DIR, storeSettings, type ExtTab,
} from './harness';

const NAME = browserUnderTest();
const T00 = 't00-miit-h1-2021-press-conference';
/** An ordinary article: no panel, no tags, the look still applies. */
const N01 = 'n01-ai-basketball-referee';

// Every test starts from the defaults.
const session = readerSession({ clearStorage: true });
const { openPage, popupFor } = session;

/** `#rrggbb` as getComputedStyle prints it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** What the reader sees of the article's first paragraph and its column. */
const look = (page: ExtTab) =>
  page.evaluate(() => {
    const body = document.querySelector('#artibody')!;
    const p = [...body.querySelectorAll('p')].find((el) => el.textContent!.trim().length > 20)!;
    const style = getComputedStyle(p);
    const frame = document.querySelector('.main-content')!;
    return {
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      fontFamily: style.fontFamily,
      columnMaxWidth: getComputedStyle(frame).maxWidth,
      text: style.color,
      page: getComputedStyle(document.body).backgroundColor,
    };
  });

/** The panel's and the first tag's colours, and the tag's tooltip (its ::before, with the pointer on it). */
async function featureColours(page: ExtTab) {
  const at = await page.evaluate(() => {
    const tag = document.querySelector('sfr-speaker')!;
    tag.scrollIntoView({ block: 'center' });
    const r = tag.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await (page.raw as { mouse: { move(x: number, y: number): Promise<void> } }).mouse.move(at.x, at.y);
  return page.evaluate(() => {
    const root = document.querySelector('sfr-outline')!.shadowRoot!;
    const tag = document.querySelector('sfr-speaker')!;
    return {
      panel: getComputedStyle(root.querySelector('.panel')!).backgroundColor,
      panelText: getComputedStyle(root.querySelector('h2')!).color,
      tag: getComputedStyle(tag).backgroundColor,
      tip: getComputedStyle(tag, '::before').backgroundColor,
    };
  });
}

const pick = (popup: ExtTab, setting: string, value: string | number) => popup.click(`#popup-${setting}-${value}`);

describe(`${NAME}: reader settings`, () => {
  test('each popup control changes the article live in every open tab, and is remembered', async () => {
    const first = await openPage(session.corpus.composed.get(T00)!.url);
    const second = await openPage(session.corpus.composed.get(N01)!.url);
    const before = await look(first);
    expect(before).toMatchObject({ fontSize: '18px', columnMaxWidth: '760px' });
    expect(before.fontFamily).toMatch(/(^|, )sans-serif$/);
    const popup = await popupFor(first);

    await pick(popup, 'textSize', 22);
    for (const page of [first, second]) await page.waitFor(() => getComputedStyle(document.querySelector('#artibody p')!).fontSize === '22px');

    await pick(popup, 'columnWidth', 'wide');
    for (const page of [first, second]) await page.waitFor(() => getComputedStyle(document.querySelector('.main-content')!).maxWidth === '960px');
    await pick(popup, 'columnWidth', 'narrow');
    for (const page of [first, second]) await page.waitFor(() => getComputedStyle(document.querySelector('.main-content')!).maxWidth === '640px');

    await pick(popup, 'lineSpacing', 'loose');
    // 22px × 2.15
    for (const page of [first, second]) await page.waitFor(() => Math.abs(parseFloat(getComputedStyle(document.querySelector('#artibody p')!).lineHeight) - 47.3) < 0.5);

    await pick(popup, 'fontFamily', 'serif');
    for (const page of [first, second]) await page.waitFor(() => /(^|, )serif$/.test(getComputedStyle(document.querySelector('#artibody p')!).fontFamily));

    await pick(popup, 'theme', 'sepia');
    for (const page of [first, second]) await page.waitFor((bg) => getComputedStyle(document.body).backgroundColor === bg, rgb(THEME_TOKENS.sepia.page));

    // Remembered: a page opened now, and the popup opened again, show the same.
    const third = await openPage(session.corpus.composed.get(N01)!.url);
    expect(await look(third)).toMatchObject({ fontSize: '22px', columnMaxWidth: '640px', page: rgb(THEME_TOKENS.sepia.page), text: rgb(THEME_TOKENS.sepia.text) });
    const again = await popupFor(third);
    const checkedValues = await again.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('.look input:checked')].map((input) => `${input.name}=${input.value}`));
    expect(checkedValues).toEqual(['popup-theme=sepia', 'popup-textSize=22', 'popup-columnWidth=narrow', 'popup-lineSpacing=loose', 'popup-fontFamily=serif']);
  });

  test.each(['sepia', 'dark'] as const)('%s reaches the page in clean mode, with the panel and the tags', async (theme: ThemeName) => {
    await storeSettings(session.browser, {});
    await session.browser.inExtension(async (value) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ theme: value });
    }, theme);
    const page = await openPage(session.corpus.composed.get(T00)!.url);
    const tokens = THEME_TOKENS[theme];
    expect(await look(page)).toMatchObject({ page: rgb(tokens.page), text: rgb(tokens.text) });
    expect(await featureColours(page)).toEqual({
      panel: rgb(tokens.panel),
      panelText: rgb(tokens.text),
      tag: rgb(PALETTE[0]![tokens.palette].bg),
      tip: rgb(tokens.tipBg),
    });

    // Clean mode off: Sina's own page, and the panel and tags light on it.
    await session.browser.inExtension(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ cleanMode: false });
    });
    await page.waitFor(() => !document.documentElement.hasAttribute('data-sfr-clean'));
    const light = THEME_TOKENS.light;
    expect(await featureColours(page)).toEqual({
      panel: rgb(light.panel), panelText: rgb(light.text), tag: rgb(PALETTE[0]!.light.bg), tip: rgb(light.tipBg),
    });
    expect((await look(page)).page).not.toBe(rgb(tokens.page));
  });

  test('the system theme follows a dark system; the light theme stays light on it', async () => {
    const dark = await launchBrowser(NAME, { port: session.server.port, dark: true });
    try {
      const page = await openPage(session.corpus.composed.get(N01)!.url, dark);
      expect(await look(page)).toMatchObject({ page: rgb(THEME_TOKENS.dark.page), text: rgb(THEME_TOKENS.dark.text) });
      await dark.inExtension(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set({ theme: 'light' });
      });
      await page.waitFor(() => document.documentElement.getAttribute('data-sfr-theme') === 'light');
      expect((await look(page)).page).not.toBe(rgb(THEME_TOKENS.dark.page));
    } finally {
      await dark.close();
    }
  });

  test.runIf(NAME === 'chromium')('screenshots of the three themes (README)', async () => {
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      await session.browser.inExtension(async (value) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.storage.local.set({ theme: value });
      }, theme);
      const page = await openPage(session.corpus.composed.get(T00)!.url);
      await page.evaluate(() => {
        const p = document.querySelectorAll('sfr-speaker')[3]!.closest('p')!;
        scrollTo({ top: scrollY + p.getBoundingClientRect().top - 120, behavior: 'instant' });
      });
      await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('[aria-current]'));
      await page.screenshot(path.join(SCREENSHOTS_DIR, `theme-${theme}.png`));
      if (theme !== 'dark') continue;
      // The panel's menu (Playwright's selectors reach into the open shadow root).
      await page.click('sfr-outline .menu-toggle');
      await page.waitForSelector('sfr-outline .look-menu');
      await page.screenshot(path.join(SCREENSHOTS_DIR, 'panel-menu-dark.png'));
      const popup = await popupFor(page);
      await popup.screenshot(path.join(SCREENSHOTS_DIR, 'popup-reading.png'), { selector: 'main.popup' });
    }
  });
});
