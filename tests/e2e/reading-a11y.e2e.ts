// Reading by keyboard and on every width, in a real browser (SFR_BROWSER): the skip path to the
// outline, tags that are no Tab stops, `/` and Esc, search by speaker and words, Alt+Shift+O on
// an open panel, the side panel never over the article's text with clean mode off, and the
// phone's half-height sheet with the search match above it. Expected numbers come from the
// engine run on the same HTML in Node.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadHtml } from '../../src/cli/load';
import { analyze } from '../../src/engine/analyze';
import type { TranscriptModel } from '../../src/engine/model';
import { findMatches } from '../../src/outline/search';
import {
  press,
  browserUnderTest, launchBrowser, loadReaderPage, SCREENSHOTS_DIR, serveCorpus, startServer, storeSettings,
  type ExtBrowser, type ExtTab, type ServedCorpus, type SiteServer,
} from './harness';

const NAME = browserUnderTest();
const T00 = 't00-miit-h1-2021-press-conference';

let server: SiteServer;
let corpus: ServedCorpus;
let browser: ExtBrowser;
const open: ExtTab[] = [];
let t00Model: TranscriptModel;

beforeAll(async () => {
  server = await startServer();
  corpus = serveCorpus(server);
  const doc = corpus.composed.get(T00)!;
  t00Model = analyze(loadHtml(doc.html, doc.url).document);
  browser = await launchBrowser(NAME, { port: server.port });
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close().catch(() => {})));
  await storeSettings(browser, { cleanMode: true, outlineCollapsed: false, speakerTags: true, outlinePanel: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function setViewport(page: ExtTab, width: number, height: number): Promise<void> {
  const raw = page.raw as any;
  if (typeof raw.setViewportSize === 'function') await raw.setViewportSize({ width, height });
  else await raw.setViewport({ width, height });
}

async function openPage(url: string, size?: { width: number; height: number }): Promise<ExtTab> {
  const page = await browser.newTab();
  open.push(page);
  if (size) await setViewport(page, size.width, size.height);
  await loadReaderPage(page, url);
  return page;
}

const typeText = (page: ExtTab, text: string) => (page.raw as any).keyboard.type(text) as Promise<void>;

/** Where focus is: the panel's shadow root, the skip link, a tag, or the page. */
const focusPlace = (page: ExtTab) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const tag = el?.tagName.toLowerCase();
    if (tag === 'sfr-outline') {
      const inner = el!.shadowRoot!.activeElement;
      return `outline:${inner?.className ?? ''}`;
    }
    return tag ?? 'none';
  });

const panelText = (page: ExtTab, selector: string) =>
  page.evaluate((s) => document.querySelector('sfr-outline')!.shadowRoot!.querySelector(s)?.textContent ?? null, selector);

describe(`${NAME}: keyboard`, () => {
  test('tags are no Tab stops: the first Tab is the skip link, Enter lands in the outline', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll('sfr-speaker')].filter((t) => t.hasAttribute('tabindex') || t.querySelector('[tabindex], a, button')).length);
    expect(stops).toBe(0);
    // From the top of the page.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      scrollTo(0, 0);
    });
    await press(page, 'Tab');
    expect(await focusPlace(page)).toBe('sfr-skip');
    // Hidden above the window until focused, then in view (it slides in: wait for it).
    await page.waitFor(() => {
      const r = document.querySelector('sfr-skip')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
    });
    await press(page, 'Enter');
    expect(await focusPlace(page)).toBe('outline:go');
    // One Tab and Enter: the measured path from the top to the outline.
    console.log(`${NAME}: from the top of t00 to the outline: 1 Tab + Enter (skip link)`);
  });

  test('a screen reader hears who speaks: name, then what they are', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const want = '田玉龙，新闻发言人';
    // The shown name is text; the badge's alternative text (CSS `content: … / attr()`) says the rest.
    const spoken = await page.evaluate(() => {
      const tag = document.querySelector('sfr-speaker[data-sfr-turn="1"]')!;
      return { said: `${tag.textContent}${tag.getAttribute('data-sfr-spoken')}`, after: getComputedStyle(tag, '::after').content };
    });
    expect(spoken.said).toBe(want);
    // Chromium resolves the attr() in the computed value, Firefox keeps it.
    expect(spoken.after).toMatch(/ \/ (attr\(data-sfr-spoken\)|"[，,])/);
    if (NAME === 'chromium') {
      // Chromium's accessibility tree: the tag's text is the name and the badge's alternative text.
      type AXNode = { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[]; backendDOMNodeId?: number };
      const raw = page.raw as import('playwright-core').Page;
      const cdp = await raw.context().newCDPSession(raw);
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'sfr-speaker[data-sfr-turn="1"]' });
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: AXNode[] };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const textOf = (n: AXNode | undefined): string =>
        !n ? '' : n.role?.value === 'StaticText' ? n.name?.value ?? '' : (n.childIds ?? []).map((id) => textOf(byId.get(id))).join('');
      expect(textOf(nodes.find((n) => n.backendDOMNodeId === node.backendNodeId))).toBe(want);
      await cdp.detach();
    }
  });

  test('/ goes to search; a speaker and a word find that speaker\'s words; Esc leaves; Esc again keeps the panel', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const total = findMatches(t00Model, '田玉龙 5G').length;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(findMatches(t00Model, '5G').length);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await press(page, '/');
    expect(await focusPlace(page)).toBe('outline:query');
    await typeText(page, '田玉龙 5G');
    await page.waitFor((t) => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.count')!.textContent === `1 / ${t}`, total);
    await press(page, 'Escape');
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.count')!.textContent === '');
    expect(await focusPlace(page)).toBe('outline:panel');
    await press(page, 'Escape');
    expect(await panelText(page, '.counts')).not.toBeNull();
    const stored = await browser.inExtension(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.storage.local.get('outlineCollapsed')).outlineCollapsed ?? false;
    });
    expect(stored).toBe(false);
  });

  test('Alt+Shift+O on an open panel without focus gives it focus; again folds it', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const route = () =>
      browser.inExtension(() => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.runtime.sendMessage({ type: 'sfr:to-active-tab', message: { type: 'sfr:command', command: 'toggle-outline' } });
      });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.bringToFront();
    expect(await route()).toBe(true);
    await page.waitFor(() => document.activeElement?.tagName.toLowerCase() === 'sfr-outline');
    expect(await focusPlace(page)).toBe('outline:panel');
    expect(await panelText(page, '.counts')).not.toBeNull();
    await page.bringToFront();
    expect(await route()).toBe(true);
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.tab'));
  });
});

describe(`${NAME}: the side panel and the article, clean mode off`, () => {
  test.each([1024, 1280, 1400])('%i px: the panel never lies over the text', async (width) => {
    await storeSettings(browser, { cleanMode: false });
    const page = await openPage(corpus.composed.get(T00)!.url, { width, height: 720 });
    const found = await page.evaluate(() => {
      const root = document.querySelector('sfr-outline')!.shadowRoot!;
      const panel = root.querySelector('.panel');
      // The right edge of the article's text, line by line.
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#artibody')!);
      const right = Math.max(...[...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.right));
      return {
        open: !!panel,
        panelLeft: panel ? panel.getBoundingClientRect().left : null,
        textRight: right,
        horizontalScroll: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      };
    });
    console.log(`${NAME} ${width}px clean off: panel ${found.open ? `open at x ${Math.round(found.panelLeft!)}` : 'folded'}, text to x ${Math.round(found.textRight)}`);
    if (found.open) expect(found.panelLeft!).toBeGreaterThanOrEqual(found.textRight);
    else expect(await panelText(page, '.tab')).not.toBeNull();
    if (NAME === 'chromium' && width === 1280) await page.screenshot(path.join(SCREENSHOTS_DIR, 'panel-clean-off.png'));
  });
});

describe(`${NAME}: the panel's header`, () => {
  test('at 1280x720 the list has room for most questions of a press conference', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url, { width: 1280, height: 720 });
    const inView = await page.evaluate(() => {
      const root = document.querySelector('sfr-outline')!.shadowRoot!;
      const list = root.querySelector('.items')!.getBoundingClientRect();
      return [...root.querySelectorAll('.item.question')].filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= list.top && r.bottom <= list.bottom;
      }).length;
    });
    console.log(`${NAME}: questions wholly in view at 1280x720: ${inView}`);
    expect(inView).toBeGreaterThanOrEqual(6);
  });
});

describe(`${NAME}: phone width`, () => {
  test('the sheet takes about half the height and a search match shows above it', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url, { width: 420, height: 820 });
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab'));
    await page.evaluate(() => (document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab') as HTMLElement).click());
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('[role=dialog]'));
    const share = await page.evaluate(() =>
      document.querySelector('sfr-outline')!.shadowRoot!.querySelector('[role=dialog]')!.getBoundingClientRect().height / innerHeight);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    const total = findMatches(t00Model, '芯片').length;
    await page.evaluate(() => (document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.query') as HTMLElement).focus());
    await typeText(page, '芯片');
    await page.waitFor((t) => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.count')!.textContent === `1 / ${t}`, total);
    // Smooth scrolling takes a moment: wait until the current match sits above the sheet.
    await page.waitFor(() => {
      const sheetTop = document.querySelector('sfr-outline')!.shadowRoot!.querySelector('[role=dialog]')!.getBoundingClientRect().top;
      const current = (CSS as any).highlights?.get('sfr-search-current');
      const range: Range | undefined = current ? [...current][0] : undefined;
      const rect = range ? range.getBoundingClientRect() : document.querySelector('mark[data-sfr-mark=current]')?.getBoundingClientRect();
      return !!rect && rect.top >= 0 && rect.bottom <= sheetTop;
    }, undefined, 8_000);
    console.log(`${NAME}: phone sheet ${Math.round(share * 100)}% of the height; the match above it`);
    if (NAME === 'chromium') await page.screenshot(path.join(SCREENSHOTS_DIR, 'phone-sheet-search.png'));
  });

  test('the button slides out of the way while the reader scrolls down, and back on scrolling up', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url, { width: 420, height: 820 });
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab'));
    const fabTop = () => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab')!.getBoundingClientRect().top;
    const inView = () => {
      const r = document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab')!.getBoundingClientRect();
      return r.bottom <= innerHeight;
    };
    expect(await page.evaluate(inView)).toBe(true);
    // The button reads where the page starts once its first render is painted (src/outline/mount.tsx);
    // a reader's scrolling goes on past that, this one jump must come after it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0))));
    await page.evaluate(() => scrollBy({ top: 600, behavior: 'instant' }));
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab')!.getBoundingClientRect().top >= innerHeight);
    await page.evaluate(() => scrollBy({ top: -200, behavior: 'instant' }));
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab')!.getBoundingClientRect().bottom <= innerHeight);
    expect(await page.evaluate(fabTop)).toBeLessThan(820);
  });
});
