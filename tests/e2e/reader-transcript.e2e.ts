// Speaker tags and the outline panel in a real browser (SFR_BROWSER), on corpus transcripts served
// under real Sina URLs. Composed pages: a corpus body in the saved gne-sina-2 finance frame.
// Expected numbers come from the engine run on the same HTML in Node.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadHtml } from '../../src/cli/load';
import { analyze } from '../../src/engine/analyze';
import { toJSON } from '../../src/engine/json';
import { speakerName, type TranscriptModel } from '../../src/engine/model';
import { buildOutline, type OutlineItem } from '../../src/engine/outline';
import { findMatches } from '../../src/outline/search';
import { FIRST_ROWS, MORE_ROWS } from '../../src/outline/state';
import {
  clickPanel, press,
  browserUnderTest, launchBrowser, loadReaderPage, pause, readerTimings, SCREENSHOTS_DIR, serveCorpus, startServer,
  storeSettings, waitForReader,
  type CorpusDoc, type ExtBrowser, type ExtTab, type ServedCorpus, type SiteServer,
} from './harness';

const NAME = browserUnderTest();
const T00 = 't00-miit-h1-2021-press-conference';
const TRANSCRIPTS = [T00, 't08-ndrc-press-conf-10qa-reporter-labels', 't05-yi-gang-cgtn-bilingual-interview', 't01-six-fund-managers-roundtable'];
/** A saved page (not composed) that is a transcript: a Q&A with investment officers, 2019. */
const SAVED_TRANSCRIPT = 'gne-sina-3';
/** What Sina's stylesheet does to the date bar once the page scrolls (the saved page has the class,
 *  but Sina's CSS is not served here). Clean mode keeps the bar in the flow, so that test runs without it. */
const STICKY_BAR_CSS = '<style>#top_bar.top-bar-fixed{position:fixed;top:0;left:0;right:0;height:56px;z-index:1000;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.2)}</style>';

let server: SiteServer;
let corpus: ServedCorpus;
let browser: ExtBrowser;
let sticky: CorpusDoc;
const open: ExtTab[] = [];

interface Expected {
  model: TranscriptModel;
  items: OutlineItem[];
}
const expectedCache = new Map<string, Expected>();
/** A composed body id, or the name of a saved page. */
const docOf = (id: string): CorpusDoc => corpus.composed.get(id) ?? corpus.pages.get(id)!;
function expected(id: string): Expected {
  let found = expectedCache.get(id);
  if (!found) {
    const page = loadHtml(docOf(id).html, docOf(id).url);
    const model = analyze(page.document);
    found = { model, items: buildOutline(toJSON(model)) };
    expectedCache.set(id, found);
  }
  return found;
}

async function openPage(url: string, on: ExtBrowser = browser): Promise<ExtTab> {
  const page = await on.newTab();
  open.push(page);
  await loadReaderPage(page, url);
  return page;
}

const setSettings = (values: Record<string, boolean>) => storeSettings(browser, values);

// --- the page, as a reader's script would see it (main world) ---------------------------------

/** Index (data-item) of the outline row marked current, or null. */
const currentItem = (page: ExtTab) =>
  page.evaluate(() => {
    const row = document.querySelector('sfr-outline')?.shadowRoot?.querySelector('.go[aria-current]');
    return row ? Number(row.getAttribute('data-item')) : null;
  });

/** Where the turn starts: its tag's paragraph, relative to the window and to the top bar. */
const turnPlace = (page: ExtTab, turn: number) =>
  page.evaluate((n) => {
    const tag = document.querySelector(`sfr-speaker[data-sfr-turn="${n}"]`)!;
    const paragraph = tag.closest('p')!;
    const bar = document.querySelector('#top_bar');
    const barRect = bar?.getBoundingClientRect();
    const fixed = bar ? getComputedStyle(bar).position === 'fixed' : false;
    return {
      top: paragraph.getBoundingClientRect().top,
      barBottom: fixed && barRect ? barRect.bottom : 0,
      height: innerHeight,
      focused: document.activeElement === paragraph,
    };
  }, turn);

/** Ctrl+V, as both drivers spell it. */
async function paste(page: ExtTab): Promise<void> {
  const keyboard = (page.raw as any).keyboard;
  await keyboard.down('Control');
  await keyboard.press('v');
  await keyboard.up('Control');
}
const typeText = (page: ExtTab, text: string) => (page.raw as any).keyboard.type(text) as Promise<void>;

async function setViewport(page: ExtTab, width: number, height: number): Promise<void> {
  const raw = page.raw as any;
  if (typeof raw.setViewportSize === 'function') await raw.setViewportSize({ width, height });
  else await raw.setViewport({ width, height });
}

/** Waits until the turn sits in view below the top bar (smooth scrolling takes a moment). */
async function waitInView(page: ExtTab, turn: number): Promise<void> {
  await page.waitFor((n) => {
    const p = document.querySelector(`sfr-speaker[data-sfr-turn="${n}"]`)?.closest('p');
    if (!p) return false;
    const bar = document.querySelector('#top_bar');
    const barBottom = bar && getComputedStyle(bar).position === 'fixed' ? bar.getBoundingClientRect().bottom : 0;
    const top = p.getBoundingClientRect().top;
    return top >= barBottom && top < barBottom + 80;
  }, turn, 8_000);
}

beforeAll(async () => {
  server = await startServer();
  corpus = serveCorpus(server);
  const t00 = corpus.composed.get(T00)!;
  sticky = { ...t00, url: t00.url.replace('.shtml', 'sticky.shtml'), html: t00.html.replace('</head>', `${STICKY_BAR_CSS}</head>`) };
  server.serve(sticky.url, sticky.html);
  browser = await launchBrowser(NAME, { port: server.port });
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close().catch(() => {})));
  await setSettings({ cleanMode: true, outlineCollapsed: false, speakerTags: true, outlinePanel: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`${NAME}: speaker tags`, () => {
  test.each([...TRANSCRIPTS, SAVED_TRANSCRIPT])('%s: as many tags as turns, in the body font, inside the column', async (id) => {
    const page = await openPage(docOf(id).url);
    const { model } = expected(id);
    const found = await page.evaluate(() => {
      const tags = [...document.querySelectorAll('sfr-speaker')];
      return {
        turns: tags.map((t) => Number(t.getAttribute('data-sfr-turn'))),
        names: tags.map((t) => t.textContent!),
        // A colon follows each name, as real text: ours after a tag we add, the page's after its label.
        colons: tags.filter((t) => !/^\s*[：:︰]/.test(t.nextSibling?.textContent ?? '')).length,
        // Each tag inside its paragraph's box, in the paragraph's font.
        misplaced: tags.filter((t) => {
          const p = t.closest('p')!;
          const chip = t;
          const a = chip.getBoundingClientRect();
          const b = p.getBoundingClientRect();
          return a.width === 0 || a.left < b.left - 1 || a.right > b.right + 1 || getComputedStyle(chip).fontFamily !== getComputedStyle(p).fontFamily;
        }).length,
        horizontalScroll: document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(found.turns).toEqual(model.turns.map((_, i) => i));
    // The name, or the page's own label naming the speaker in another script (`CGTN` for 记者).
    found.names.forEach((name, i) => {
      const speaker = model.speakers.find((s) => s.id === model.turns[i]!.speaker)!;
      expect([speaker.name, ...speaker.aliases]).toContain(name);
    });
    expect(found.colons).toBe(0);
    expect(found.misplaced).toBe(0);
    expect(found.horizontalScroll).toBe(false);
  });

  test('hovering a tag shows the full title; switching tags off restores the article', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    // The article's own words: without the names and colons the tags add.
    const before = await page.evaluate(() => {
      const copy = document.querySelector('#artibody')!.cloneNode(true) as Element;
      copy.querySelectorAll('[data-sfr-added]').forEach((el) => el.remove());
      return copy.textContent;
    });
    const chipAt = await page.evaluate(() => {
      const chip = document.querySelector('sfr-speaker[data-sfr-turn="1"]') as HTMLElement;
      chip.scrollIntoView({ block: 'center' });
      const r = chip.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await (page.raw as any).mouse.move(chipAt.x, chipAt.y);
    // The tooltip is the tag's ::before, drawn from its attribute while the pointer is on it.
    const tip = await page.evaluate(() => {
      const el = document.querySelector('sfr-speaker[data-sfr-turn="1"]')!;
      const drawn = getComputedStyle(el, '::before');
      return { text: el.getAttribute('data-sfr-tip'), shown: drawn.position === 'absolute' && drawn.content !== 'none' };
    });
    expect(tip).toEqual({ text: '工业和信息化部党组成员、总工程师、新闻发言人 田玉龙', shown: true });
    // The label lines folded into tags are not rendered (the manifest's page stylesheet).
    const folded = await page.evaluate(() => [...document.querySelectorAll('[data-sfr-folded]')].map((el) => getComputedStyle(el).display));
    expect(folded.length).toBeGreaterThan(0);
    expect(new Set(folded)).toEqual(new Set(['none']));
    await setSettings({ speakerTags: false });
    await page.waitFor(() => document.querySelectorAll('sfr-speaker').length === 0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-sfr-folded]').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('#artibody')!.textContent)).toBe(before);
  });
});

describe(`${NAME}: outline panel`, () => {
  test('opens at the side with the counts and the outline, beside the reading column', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const { model, items } = expected(T00);
    const panel = await page.evaluate(() => {
      const root = document.querySelector('sfr-outline')!.shadowRoot!;
      const box = root.querySelector('.panel')!.getBoundingClientRect();
      const body = document.querySelector('#artibody')!.getBoundingClientRect();
      return {
        landmark: root.querySelector('nav')!.getAttribute('aria-label'),
        counts: root.querySelector('.counts')!.textContent,
        rows: root.querySelectorAll('.go').length,
        numbers: [...root.querySelectorAll('.num')].map((n) => n.textContent).filter(Boolean),
        besideColumn: box.left >= body.right,
        horizontalScroll: document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(panel.landmark).toBe('实录目录');
    expect(panel.counts).toBe('10 个问题 · 14 人发言');
    expect(panel.rows).toBe(items.length);
    expect(panel.numbers).toEqual(model.questions.map((_, i) => String(i + 1)));
    expect(panel.besideColumn).toBe(true);
    expect(panel.horizontalScroll).toBe(false);

    // Each step is measured (the benchmark, `npm run bench`, reports how long they take).
    const timings = await readerTimings(page);
    expect(Object.keys(timings)).toEqual(expect.arrayContaining(['sfr:feature:speaker-tags', 'sfr:feature:outline', 'sfr:outline:render']));
  });

  test('clicking question 5 brings its turn into view below the sticky top bar, with focus', async () => {
    await setSettings({ cleanMode: false });
    const page = await openPage(sticky.url);
    const turn = expected(T00).model.questions[4]!.turn;
    const item = expected(T00).items.findIndex((i) => i.number === 5);
    await clickPanel(page, `.go[data-item="${item}"]`);
    await waitInView(page, turn);
    const place = await turnPlace(page, turn);
    expect(place.barBottom).toBeGreaterThan(40);
    expect(place.top).toBeGreaterThanOrEqual(place.barBottom);
    expect(place.focused).toBe(true);
    expect(await currentItem(page)).toBe(item);
  });

  test('j then k move between questions', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const { model, items } = expected(T00);
    const itemOf = (n: number) => items.findIndex((i) => i.number === n);
    await press(page, 'j');
    await waitInView(page, model.questions[0]!.turn);
    expect(await currentItem(page)).toBe(itemOf(1));
    await press(page, 'j');
    await waitInView(page, model.questions[1]!.turn);
    expect(await currentItem(page)).toBe(itemOf(2));
    await press(page, 'k');
    await waitInView(page, model.questions[0]!.turn);
    expect(await currentItem(page)).toBe(itemOf(1));
  });

  test('scrolling moves the highlight', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const { model, items } = expected(T00);
    for (const n of [3, 7]) {
      const turn = model.questions[n - 1]!.turn;
      await page.evaluate((t) => {
        const p = document.querySelector(`sfr-speaker[data-sfr-turn="${t}"]`)!.closest('p')!;
        scrollTo({ top: scrollY + p.getBoundingClientRect().top - 100, behavior: 'instant' });
      }, turn);
      const item = items.findIndex((i) => i.number === n);
      await page.waitFor((i) => document.querySelector('sfr-outline')!.shadowRoot!.querySelector(`.go[data-item="${i}"]`)!.hasAttribute('aria-current'), item);
    }
    // At the very bottom the last item is current.
    await page.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitFor((i) => document.querySelector('sfr-outline')!.shadowRoot!.querySelector(`.go[data-item="${i}"]`)!.hasAttribute('aria-current'), items.length - 1);
  });

  test("search finds a speaker's name and highlights it in the page", async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const { model } = expected(T00);
    const total = findMatches(model, '黄利斌').length;
    await clickPanel(page, '.query');
    await typeText(page, '黄利斌');
    await page.waitFor((t) => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.count')!.textContent === `1 / ${t}`, total);
    const shown = await page.evaluate(() => ({
      highlighted: (CSS as any).highlights?.get('sfr-search')?.size ?? document.querySelectorAll('mark[data-sfr-mark]').length,
      tags: document.querySelectorAll('sfr-speaker[data-sfr-hit]').length,
    }));
    const huang = model.speakers.find((s) => s.name === '黄利斌')!.id;
    expect(shown.tags).toBe(model.turns.filter((t) => t.speaker === huang).length);
    expect(shown.highlighted).toBe(total - shown.tags);
    await press(page, 'Enter');
    await page.waitFor((t) => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.count')!.textContent === `2 / ${t}`, total);
    await press(page, 'Escape');
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.count')!.textContent === '');
    expect(await page.evaluate(() => document.querySelectorAll('sfr-speaker[data-sfr-hit], mark').length)).toBe(0);
  });

  test('copying a question gives Markdown with the asker and every answerer', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const { model, items } = expected(T00);
    const item = items.find((i) => i.number === 5)!;
    await clickPanel(page, `.go[data-item="${items.indexOf(item)}"] + .copy`);
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.note')!.textContent !== '');
    // Read the clipboard back by pasting into a field of the page.
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'paste-here';
      document.body.prepend(area);
      area.focus();
    });
    await paste(page);
    await page.waitFor(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value !== '');
    const text = await page.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value);
    const asker = speakerName(model, model.questions[4]!.asker);
    expect(text).toContain(`**${asker}**`);
    for (const name of item.answerers) expect(text).toContain(`**${name}**`);
    expect(text).toContain(corpus.composed.get(T00)!.url);
    expect(text).toContain('## 5. ');
  });

  test("filtering by a speaker dims the others' turns and narrows the outline", async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    const { model, items } = expected(T00);
    await clickPanel(page, '.filter summary');
    await page.waitFor(() => document.querySelector('sfr-outline')!.shadowRoot!.querySelectorAll('.filter label').length > 0);
    const zhao = model.speakers.findIndex((s) => s.name === '赵志国');
    await clickPanel(page, `.filter li:nth-child(${zhao + 1}) input`);
    const id = model.speakers[zhao]!.id;
    const others = model.turns.filter((t) => t.speaker !== id).length;
    // Dimming fades in (a short opacity transition): wait for it rather than sample it once.
    await page.waitFor(
      (n) => [...document.querySelectorAll('sfr-speaker')].filter((t) => getComputedStyle(t.closest('p')!).opacity !== '1').length === n,
      others,
    );
    const rows = await page.evaluate(() =>
      [...document.querySelector('sfr-outline')!.shadowRoot!.querySelectorAll('.go')].map((b) => Number(b.getAttribute('data-item'))));
    expect(rows).toEqual(items.flatMap((item, i) => (item.speakers.includes(id) ? [i] : [])));
  });

  test('a long outline: its first rows, the next from its button by keyboard, more as its list is scrolled', async () => {
    const { items } = expected(SAVED_TRANSCRIPT);
    expect(items.length).toBeGreaterThan(FIRST_ROWS);
    const built = (tab: ExtTab) => tab.evaluate(() =>
      [...document.querySelector('sfr-outline')!.shadowRoot!.querySelectorAll('.go')].map((b) => Number(b.getAttribute('data-item'))));
    const withButton = () => !!document.querySelector('sfr-outline')?.shadowRoot?.querySelector('.show-more');
    const page = await openPage(docOf(SAVED_TRANSCRIPT).url);
    await page.waitFor(withButton);
    expect(await built(page)).toEqual(items.slice(0, FIRST_ROWS).map((_, i) => i));
    // By keyboard: the focus on the button (which scrolls the list to it, and may build the rows
    // by itself), then Enter if it is still there: the focus ends on the first row built.
    await page.evaluate(() => (document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.show-more') as HTMLElement).focus());
    await pause(300);
    const stillThere = await page.evaluate(() => document.querySelector('sfr-outline')!.shadowRoot!.activeElement?.classList.contains('show-more'));
    if (stillThere) await press(page, 'Enter');
    await page.waitFor((n) => document.querySelector('sfr-outline')!.shadowRoot!.activeElement?.getAttribute('data-item') === String(n), FIRST_ROWS);
    expect((await built(page)).length).toBe(Math.min(items.length, FIRST_ROWS + MORE_ROWS));

    // In a fresh page the reader scrolls the list to its end: more rows are built before it is reached.
    const again = await openPage(docOf(SAVED_TRANSCRIPT).url);
    await again.waitFor(withButton);
    const before = (await built(again)).length;
    expect(before).toBeLessThan(items.length);
    await again.evaluate(() => {
      const list = document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.items')!;
      list.scrollTop = list.scrollHeight;
    });
    await again.waitFor((n) => document.querySelector('sfr-outline')!.shadowRoot!.querySelectorAll('.go').length === n,
      Math.min(items.length, before + MORE_ROWS));
  });

  test('folds to a slim tab and stays folded on the next page', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    await clickPanel(page, '.close');
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.tab'));
    await page.reload();
    await waitForReader(page);
    // The panel renders at idle time, after the reader's start: wait for it, folded.
    await page.waitFor(() => !!document.querySelector('sfr-outline')?.shadowRoot?.querySelector('.tab, nav'));
    expect(await page.evaluate(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.tab'))).toBe(true);
    await clickPanel(page, '.tab');
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('nav'));
  });

  test('on a narrow screen a button opens the outline as a bottom sheet', async () => {
    const page = await openPage(corpus.composed.get(T00)!.url);
    await setViewport(page, 420, 820);
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.fab'));
    await clickPanel(page, '.fab');
    const sheet = await page.evaluate(() => {
      const el = document.querySelector('sfr-outline')!.shadowRoot!.querySelector('[role=dialog]')!.getBoundingClientRect();
      // clientWidth: the window less its scrollbar (Firefox shows one).
      return { bottom: Math.round(el.bottom), width: Math.round(el.width), height: innerHeight, viewport: document.documentElement.clientWidth };
    });
    expect(sheet.bottom).toBe(sheet.height);
    expect(sheet.width).toBe(sheet.viewport);
    await press(page, 'Escape');
    await page.waitFor(() => !document.querySelector('sfr-outline')!.shadowRoot!.querySelector('[role=dialog]'));
  });
});

describe(`${NAME}: pages that are not transcripts`, () => {
  test.each([
    // Without section headings (an article with three or more gets a section panel: sections.e2e.ts).
    ['a composed news article', () => corpus.composed.get('n01-ai-basketball-referee')!.url],
    ['a saved finance article', () => corpus.pages.get('gne-sina-2')!.url],
  ])('%s: no tag, no panel', async (_, url) => {
    const page = await openPage(url());
    await pause(300);
    expect(await page.evaluate(() => document.querySelectorAll('sfr-speaker, sfr-outline, [data-sfr-folded]').length)).toBe(0);
  });
});

describe(`${NAME}: light and dark`, () => {
  let dark: ExtBrowser | undefined;
  afterAll(async () => {
    await dark?.close();
  });

  const panelColours = (page: ExtTab) =>
    page.evaluate(() => {
      const root = document.querySelector('sfr-outline')!.shadowRoot!;
      const chip = document.querySelector('sfr-speaker')!;
      return { panel: getComputedStyle(root.querySelector('.panel')!).backgroundColor, tag: getComputedStyle(chip).backgroundColor };
    });

  async function showcase(page: ExtTab): Promise<void> {
    // The first answer in view, the panel beside it with the item highlighted.
    const turn = expected(T00).model.questions[0]!.turn;
    await page.evaluate((t) => {
      const p = document.querySelector(`sfr-speaker[data-sfr-turn="${t}"]`)!.closest('p')!;
      scrollTo({ top: scrollY + p.getBoundingClientRect().top - 110, behavior: 'instant' });
    }, turn);
    await page.waitFor(() => !!document.querySelector('sfr-outline')!.shadowRoot!.querySelector('[aria-current]'));
    await pause(200);
  }

  test('the panel and tags follow prefers-color-scheme (screenshots for the README)', async () => {
    const light = await openPage(corpus.composed.get(T00)!.url);
    await showcase(light);
    expect(await panelColours(light)).toEqual({ panel: 'rgb(255, 255, 255)', tag: 'rgb(223, 236, 251)' });
    if (NAME === 'chromium') await light.screenshot(path.join(SCREENSHOTS_DIR, 'panel-light.png'));

    dark = await launchBrowser(NAME, { port: server.port, dark: true });
    const page = await openPage(corpus.composed.get(T00)!.url, dark);
    await showcase(page);
    expect(await panelColours(page)).toEqual({ panel: 'rgb(27, 31, 36)', tag: 'rgb(36, 55, 76)' });
    if (NAME === 'chromium') await page.screenshot(path.join(SCREENSHOTS_DIR, 'panel-dark.png'));
  });
});
