// The section panel (issue 16) in a real browser (SFR_BROWSER): an ordinary article with
// headings lists them and jumps to the third; j / k step through them; an article without
// headings gets no panel; hiding it here from the menu takes it away, and the popup brings it back.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHtml } from '../../src/cli/load';
import { sectionOutline } from '../../src/engine/sections';
import {
  clickPanel, press,
  browserUnderTest, loadReaderPage, pause, readerSession, SCREENSHOTS_DIR, type ExtTab,
} from './harness';

const NAME = browserUnderTest();
/** An analysis under four bold headings (composed into the finance frame). */
const N06 = 'n06-li-chao-cpi-ppi-analysis';
/** An explainer under eight short bold headings. (The saved pages with headings are on
 *  news.sina.com.cn, where the extension does not run.) */
const N11 = 'n11-mofcom-rcep-explainer-netizen-label';
/** A news story without headings. */
const N01 = 'n01-ai-basketball-referee';

const session = readerSession({ clearStorage: true });
const { openPage, popupFor } = session;


const rows = (page: ExtTab) =>
  page.evaluate(() => [...document.querySelector('sfr-outline')?.shadowRoot?.querySelectorAll('.go .gist') ?? []].map((el) => el.textContent));
const currentRow = (page: ExtTab) =>
  page.evaluate(() => {
    const row = document.querySelector('sfr-outline')?.shadowRoot?.querySelector('.go[aria-current]');
    return row ? Number(row.getAttribute('data-item')) : null;
  });
/** Where the n-th heading (by its text) is, relative to the window. */
const headingTop = (page: ExtTab, title: string) =>
  page.evaluate((t) => {
    const p = [...document.querySelectorAll('#artibody p, #article p, .art_content p')].find((el) => el.textContent!.trim() === t)!;
    return { top: p.getBoundingClientRect().top, height: innerHeight, focused: document.activeElement === p };
  }, title);

/** The headings the engine reads in Node from the same HTML. */
function expectedTitles(html: string, url: string): string[] {
  const page = loadHtml(html, url);
  const titles = sectionOutline(page.document).map((s) => s.title);
  page.close();
  return titles;
}

describe(`${NAME}: section outline`, () => {
  test.each([
    ['a composed analysis', () => session.corpus.composed.get(N06)!],
    ['an explainer', () => session.corpus.composed.get(N11)!],
  ])('%s: the panel lists its headings and jumps to the third', async (_, doc) => {
    const { url, html } = doc();
    const titles = expectedTitles(html, url);
    expect(titles.length).toBeGreaterThanOrEqual(3);
    const page = await openPage(url);
    expect(await rows(page)).toEqual(titles);
    expect(await page.evaluate(() => !!document.querySelector('sfr-speaker'))).toBe(false);

    await clickPanel(page, '.go[data-item="2"]');
    await page.waitFor((t) => {
      const p = [...document.querySelectorAll('#artibody p, #article p, .art_content p')].find((el) => el.textContent!.trim() === t)!;
      const top = p.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight / 3 && document.activeElement === p;
    }, titles[2]!);
    expect(await currentRow(page)).toBe(2);
    const place = await headingTop(page, titles[2]!);
    expect(place.focused).toBe(true);
  });

  test('j and k step to the next and previous heading; scrolling back moves the mark', async () => {
    const { url, html } = session.corpus.composed.get(N06)!;
    const titles = expectedTitles(html, url);
    const page = await openPage(url);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await press(page, 'j');
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.go[aria-current]')?.getAttribute('data-item') === '0');
    await press(page, 'j');
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.go[aria-current]')?.getAttribute('data-item') === '1');
    await press(page, 'k');
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.go[aria-current]')?.getAttribute('data-item') === '0');
    // Scroll-spy: the reader scrolls to the top, above the first heading; no row is current.
    // (After a jump the mark stays on the heading jumped to until the reader scrolls: wait for
    // the jump's smooth scroll to end, at most 1.5 s, before scrolling by hand.)
    await pause(1600);
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitFor(() => !document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.go[aria-current]'));
    if (NAME === 'chromium') {
      await page.evaluate((t) => {
        const p = [...document.querySelectorAll('#artibody p, #article p, .art_content p')].find((el) => el.textContent!.trim() === t)!;
        scrollTo({ top: scrollY + p.getBoundingClientRect().top - 60, behavior: 'instant' });
      }, titles[1]!);
      await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.go[aria-current]')?.getAttribute('data-item') === '1');
      await page.screenshot(path.join(SCREENSHOTS_DIR, 'sections.png'));
    }
  });

  test('an article without headings gets no panel', async () => {
    const page = await openPage(session.corpus.composed.get(N01)!.url);
    await pause(300);
    expect(await page.evaluate(() => document.querySelectorAll('sfr-outline, sfr-speaker').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-sfr-clean'))).toBe(true);
  });

  test('hidden here from the menu: gone now and on reload, back from the popup', async () => {
    const { url } = session.corpus.composed.get(N06)!;
    const page = await openPage(url);
    await clickPanel(page, '.menu-toggle');
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.hide-here'));
    await clickPanel(page, '.hide-here');
    await page.waitFor(() => !document.querySelector('sfr-outline'));
    await loadReaderPage(page, url);
    await pause(300);
    expect(await page.evaluate(() => !!document.querySelector('sfr-outline'))).toBe(false);
    // Another article keeps its panel.
    const other = await openPage(session.corpus.composed.get(N11)!.url);
    expect((await rows(other)).length).toBeGreaterThanOrEqual(3);

    const popup = await popupFor(page);
    await popup.waitForSelector('.hidden-here .show-here');
    await popup.click('.show-here');
    await page.waitFor(() => !!document.querySelector('sfr-outline')?.shadowRoot?.querySelector('.go'));
  });
});
