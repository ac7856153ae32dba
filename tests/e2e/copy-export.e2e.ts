// Copy, quote, export and print in a real browser (SFR_BROWSER), on t00 (composed: the corpus body
// in the saved gne-sina-2 finance frame, at a Sina URL). The pages are served as secure contexts
// (https-like; ../shared/docs/browser-testing.md, "Secure context and the clipboard") so the
// clipboard can be read back. Copies are made with the real keyboard (a trusted copy event).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHtml } from '../../src/cli/load';
import { analyze } from '../../src/engine/analyze';
import { documentSource, toMarkdown } from '../../src/engine/documents';
import { toJSON } from '../../src/engine/json';
import { langOf } from '../../src/tags/speaker-view';
import {
  browserUnderTest, launchBrowser, loadReaderPage, SCREENSHOTS_DIR, serveCorpus, startServer,
  type ExtBrowser, type ExtTab, type ServedCorpus, type SiteServer,
} from './harness';

const NAME = browserUnderTest();
const T00 = 't00-miit-h1-2021-press-conference';
const ORIGINS = ['http://finance.sina.com.cn', 'http://finance.sina.cn'];

let server: SiteServer;
let corpus: ServedCorpus;
let browser: ExtBrowser;
let tab: ExtTab;

beforeAll(async () => {
  server = await startServer();
  corpus = serveCorpus(server);
  browser = await launchBrowser(NAME, { port: server.port, locale: 'zh_CN', secureOrigins: ORIGINS });
  tab = await browser.newTab();
  await loadReaderPage(tab, corpus.composed.get(T00)!.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Keys = { down(k: string): Promise<void>; up(k: string): Promise<void>; press(k: string): Promise<void> };
/** A chord on the real keyboard (`Control+C`, `Alt+Shift+KeyQ`), in either driver. */
async function chord(keys: string): Promise<void> {
  const keyboard = (tab.raw as { keyboard: Keys }).keyboard;
  const parts = keys.split('+');
  const last = parts.pop()!;
  for (const k of parts) await keyboard.down(k);
  await keyboard.press(last);
  for (const k of parts.reverse()) await keyboard.up(k);
}

/** Selects from `from.needle` in turn `from.turn`'s first paragraph to the end of `to.needle` in turn `to.turn`'s. */
function select(from: { turn: number; needle: string }, to: { turn: number; needle: string }) {
  return tab.evaluate(([a, b]) => {
    const paragraphOf = (turn: number) => document.querySelector(`sfr-speaker[data-sfr-turn="${turn}"]`)!.closest('p')!;
    const point = (p: Element, needle: string, end: boolean): [Node, number] => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(needle);
        if (at >= 0) return [n, end ? at + needle.length : at];
      }
      throw new Error(`no ${needle}`);
    };
    const range = document.createRange();
    range.setStart(...point(paragraphOf(a.turn), a.needle, false));
    range.setEnd(...point(paragraphOf(b.turn), b.needle, true));
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, [from, to] as const);
}

async function clipboard(): Promise<string> {
  await tab.bringToFront();
  return tab.evaluate(() => navigator.clipboard.readText());
}

/** Empties the clipboard, so a test never reads what an earlier one left. */
const clear = () => tab.evaluate(() => navigator.clipboard.writeText(''));

describe(`copy (${NAME})`, () => {
  test('Ctrl+C across two turns: one `名字：发言` line per turn, no role word, no label doubled', async () => {
    await clear();
    await select({ turn: 0, needle: '女士们' }, { turn: 1, needle: '大家上午好！' });
    await chord('Control+KeyC');
    const lines = (await clipboard()).split('\n');
    expect(lines[0]).toMatch(/^寿小丽：女士们、先生们，大家上午好！/);
    expect(lines[1]).toBe('下面，我们首先请田玉龙先生作介绍。');
    expect(lines[2]).toBe('田玉龙：新闻界的朋友们，大家上午好！');
    expect(lines.join('\n')).not.toMatch(/主持人|新闻发言人田玉龙：/);
  });

  test('Ctrl+C inside one turn: exactly the selected words, as the selection’s toString', async () => {
    await clear();
    const selected = await select({ turn: 0, needle: '欢迎出席' }, { turn: 0, needle: '新闻发布会。' });
    expect(selected).toBe('欢迎出席国务院新闻办新闻发布会。');
    await chord('Control+KeyC');
    expect(await clipboard()).toBe(selected);
  });

  test('Alt+Shift+Q copies the selection as a quote with the speaker, event, date, source and link', async () => {
    await clear();
    await select({ turn: 0, needle: '欢迎出席' }, { turn: 0, needle: '新闻发布会。' });
    await chord('Alt+Shift+KeyQ');
    await tab.waitFor(() => navigator.clipboard.readText().then((t) => t !== ''));
    expect(await clipboard()).toBe(
      `“欢迎出席国务院新闻办新闻发布会。”——寿小丽（国务院新闻办新闻局副局长、新闻发言人），国务院新闻办公室新闻发布会，2021年7月16日，新浪财经 <${corpus.composed.get(T00)!.url}>`,
    );
  });

  test('the quote button by the selection does the same', async () => {
    await clear();
    await select({ turn: 2, needle: '下面进入提问环节' }, { turn: 2, needle: '下面进入提问环节' });
    await tab.waitFor(() => document.querySelector('sfr-quote')?.shadowRoot?.querySelector('button')?.hidden === false);
    await tab.evaluate(() => (document.querySelector('sfr-quote')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
    await tab.waitFor(() => navigator.clipboard.readText().then((t) => t !== ''));
    expect(await clipboard()).toMatch(/^“下面进入提问环节”——寿小丽（国务院新闻办新闻局副局长、新闻发言人），国务院新闻办公室新闻发布会/);
  });
});

describe(`export (${NAME})`, () => {
  /** The document in the panel's language, the browser's UI language (Debian's firefox-esr has
   *  only the English UI, so there the documents are English). */
  const expectedMarkdown = async () => {
    const page = corpus.composed.get(T00)!;
    const loaded = loadHtml(page.html, page.url);
    const model = analyze(loaded.document);
    const ui = await browser.inExtension(() => ((globalThis as any).browser ?? (globalThis as any).chrome).i18n.getUILanguage());
    return { md: toMarkdown(documentSource(loaded.document, model, page.url), langOf(ui)), json: toJSON(model) };
  };
  const exportButton = (format: string) =>
    tab.evaluate((f) => {
      const root = document.querySelector('sfr-outline')!.shadowRoot!;
      (root.querySelector('.export') as HTMLDetailsElement).open = true;
      (root.querySelector(`.export [data-format=${f}]`) as HTMLButtonElement).click();
    }, format);

  /** Records the file links the panel clicks (name and address); `keep` lets the browser follow them. */
  const recordLinks = (keep: boolean) =>
    tab.evaluate((follow) => {
      const w = window as unknown as { __sfrLinks: Array<{ name: string; href: string }> };
      w.__sfrLinks = [];
      document.addEventListener('click', (e) => {
        const a = e.composedPath()[0] as HTMLAnchorElement;
        if (a.localName !== 'a' || !a.download) return;
        w.__sfrLinks.push({ name: a.download, href: a.href });
        if (!follow) e.preventDefault();
      }, true);
    }, keep);
  const links = () => tab.evaluate(() => (window as unknown as { __sfrLinks: Array<{ name: string; href: string }> }).__sfrLinks);
  const NAME_MD = '2021-07-16 工信部：“十四五”及中长期的工业和信息化发展规划将在下半年陆续出台（全文）.md';

  // Chromium saves it (Playwright's download event); the file name is checked on the link: this
  // machine has no UTF-8 locale but C.UTF-8, and Chromium then saves a Chinese name as `download`.
  test.runIf(NAME === 'chromium')('导出 → Markdown downloads the document the CLI prints; JSON the public JSON', async () => {
    const page = tab.raw as import('playwright-core').Page;
    await recordLinks(true);
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton('markdown')]);
    const { md, json } = await expectedMarkdown();
    expect(fs.readFileSync(await download.path(), 'utf8')).toBe(md);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), exportButton('json')]);
    expect(JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8'))).toEqual(json);
    const names = (await links()).map((l) => l.name);
    expect(names).toEqual([NAME_MD, NAME_MD.replace(/\.md$/, '.json')]);
  });

  // Puppeteer over WebDriver BiDi reports no download event for Firefox: the spec checks the file
  // the page hands the browser instead (the link's name, and its data: address decoded).
  test.runIf(NAME === 'firefox')('导出 → Markdown hands the browser the document, named from date and title', async () => {
    await recordLinks(false);
    await exportButton('markdown');
    const got = await links();
    expect(got.map((l) => l.name)).toEqual([NAME_MD]);
    const base64 = got[0]!.href.replace(/^data:text\/markdown;charset=utf-8;base64,/, '');
    expect(Buffer.from(base64, 'base64').toString('utf8')).toBe((await expectedMarkdown()).md);
  });
});

describe(`print (${NAME})`, () => {
  // Print media emulation needs CDP: Chromium only (Firefox over BiDi has none). Both browsers
  // print the page to PDF below, which is what Save as PDF does.
  test.runIf(NAME === 'chromium')('print media: no panel, every paragraph of the article visible, headings and the page line', async () => {
    const page = tab.raw as import('playwright-core').Page;
    await page.emulateMedia({ media: 'print' });
    try {
      const shown = await tab.evaluate(() => {
        const hidden = (el: Element) => el.getClientRects().length === 0;
        const body = document.querySelector('#artibody')!;
        const paragraphs = [...body.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim() !== '' && !p.hasAttribute('data-sfr-folded'));
        return {
          panel: getComputedStyle(document.querySelector('sfr-outline')!).display,
          quote: getComputedStyle(document.querySelector('sfr-quote')!).display,
          paragraphs: paragraphs.length,
          invisible: paragraphs.filter(hidden).map((p) => p.textContent!.slice(0, 20)),
          head: getComputedStyle(document.body, '::before').content,
          heading: getComputedStyle(document.querySelector('[data-sfr-heading]')!, '::before').content,
          sidebar: [...document.querySelectorAll('.article-content-right')].every(hidden),
        };
      });
      expect(shown.panel).toBe('none');
      expect(shown.quote).toBe('none');
      expect(shown.paragraphs).toBeGreaterThan(100);
      expect(shown.invisible).toEqual([]);
      expect(shown.head).toContain(corpus.composed.get(T00)!.url);
      expect(shown.head).toContain('2021年07月16日');
      expect(shown.heading).toMatch(/^"1\. 中国走新型工业化道路.*？（中央广播电视总台央视）"$/);
      expect(shown.sidebar).toBe(true);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  test('Save as PDF: the article with its page line and question headings, without the panel', async () => {
    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const pdf = path.join(SCREENSHOTS_DIR, `print-t00-${NAME}.pdf`);
    try {
      await (tab.raw as { pdf(o: object): Promise<unknown> }).pdf({ path: pdf, format: 'A4' });
      let text: string;
      try {
        text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      } catch {
        throw new Error('pdftotext missing: apt-get install -y poppler-utils');
      }
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('2021年07月16日');
      expect(flat).toContain('1.中国走新型工业化道路将从哪些方面制定规划和举措');
      expect(flat).toContain('10.工信部如何看待PPI上涨');
      expect(flat).toContain('今天的新闻发布会就到这里');
      // The panel's words are not on paper.
      expect(flat).not.toContain('实录目录');
      expect(flat).not.toContain('复制全文');
      // The README's picture of a printed page: the first three pages as PNGs.
      if (NAME === 'chromium') execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', pdf, path.join(SCREENSHOTS_DIR, 'print-t00')]);
    } finally {
      fs.rmSync(pdf, { force: true });
    }
  });
});
