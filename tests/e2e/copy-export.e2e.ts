// Copy, quote, export and print in a real browser (SFR_BROWSER), on t00 (composed: the corpus body
// in the saved gne-sina-2 finance frame, at a Sina URL). The pages are served as secure contexts
// (https-like; ../shared/docs/browser-testing.md, "Secure context and the clipboard") so the
// clipboard can be read back. Copies are made with the real keyboard (a trusted copy event).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHtml } from '../../src/cli/load';
import { analyze } from '../../src/engine/analyze';
import { documentSource, toMarkdown } from '../../src/engine/documents';
import { toJSON } from '../../src/engine/json';
import { langOf } from '../../src/engine/kind-words';
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
let downloads: string;

beforeAll(async () => {
  server = await startServer();
  corpus = serveCorpus(server);
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'sfr-downloads-'));
  browser = await launchBrowser(NAME, { port: server.port, locale: 'zh_CN', secureOrigins: ORIGINS, downloadDir: downloads });
  tab = await browser.newTab();
  await loadReaderPage(tab, corpus.composed.get(T00)!.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
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

/** Selects with the real keyboard: a first character by script, then Shift+↓ line by line until
 *  the selection's end is past turn `to`'s tag, and Shift+End to the end of that line. */
async function keyboardSelect(from: number, to: number): Promise<void> {
  await tab.evaluate((turn) => {
    const p = document.querySelector(`sfr-speaker[data-sfr-turn="${turn}"]`)!.closest('p')!;
    p.scrollIntoView({ block: 'center' });
    const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text;
    getSelection()!.setBaseAndExtent(first, 0, first, 1);
  }, from);
  const keyboard = (tab.raw as { keyboard: Keys }).keyboard;
  await keyboard.down('Shift');
  try {
    for (let i = 0; i < 30; i++) {
      const past = await tab.evaluate((turn) => {
        const tag = document.querySelector(`sfr-speaker[data-sfr-turn="${turn}"]`)!;
        const s = getSelection()!;
        return s.rangeCount > 0 && s.getRangeAt(0).comparePoint(tag, 0) === 0 && s.getRangeAt(0).intersectsNode(tag.nextSibling!);
      }, to);
      if (past) break;
      await keyboard.press('ArrowDown');
    }
    await keyboard.press('End');
  } finally {
    await keyboard.up('Shift');
  }
}

describe(`copy (${NAME})`, () => {
  test('Ctrl+C across two turns: the clipboard is the selection’s toString, `名字：发言` per turn, no role word, no label doubled', async () => {
    await clear();
    const selected = await select({ turn: 0, needle: '女士们' }, { turn: 1, needle: '大家上午好！' });
    await chord('Control+KeyC');
    const text = await clipboard();
    expect(text).toBe(selected);
    // A line per paragraph (blank lines between, the page's indent kept); the folded `田玉龙：`
    // label line is not there, the name once before his words.
    const lines = text.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim());
    expect(lines).toEqual([
      expect.stringMatching(/^女士们、先生们，大家上午好！欢迎出席国务院新闻办新闻发布会。/),
      '下面，我们首先请田玉龙先生作介绍。',
      '田玉龙：新闻界的朋友们，大家上午好！',
    ]);
    // No role word glued onto a name (the badges are drawn, not text).
    expect(text).not.toMatch(/(寿小丽|田玉龙)(主持人|发言人)|新闻发言人田玉龙：/);
  });

  test('a keyboard selection across two turns: toString and the clipboard agree, each turn led by its name', async () => {
    await clear();
    await keyboardSelect(0, 1);
    const selected = await tab.evaluate(() => getSelection()!.toString());
    await chord('Control+KeyC');
    const text = await clipboard();
    console.log(`${NAME}: keyboard copy across t00's first two turns →\n${text}`);
    expect(text).toBe(selected);
    const lines = text.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim());
    expect(lines[0]).toMatch(/^寿小丽：女士们、先生们，大家上午好！/);
    expect(lines.filter((l) => l.startsWith('田玉龙：新闻界的朋友们'))).toHaveLength(1);
    expect(lines.filter((l) => /^(寿小丽|田玉龙)：/.test(l))).toHaveLength(2);
    expect(text).not.toMatch(/(寿小丽|田玉龙)(主持人|发言人)|：：/);
  });

  test('Ctrl+C inside one turn: exactly the selected words, as the selection’s toString', async () => {
    await clear();
    const selected = await select({ turn: 0, needle: '欢迎出席' }, { turn: 0, needle: '新闻发布会。' });
    expect(selected).toBe('欢迎出席国务院新闻办新闻发布会。');
    await chord('Control+KeyC');
    expect(await clipboard()).toBe(selected);
  });

  test('a keyboard selection inside one turn: exactly the words', async () => {
    await clear();
    await tab.evaluate(() => {
      const p = document.querySelector('sfr-speaker[data-sfr-turn="0"]')!.closest('p')!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf('女士们');
        if (at >= 0) return getSelection()!.setBaseAndExtent(n, at, n, at + 1);
      }
    });
    const keyboard = (tab.raw as { keyboard: Keys }).keyboard;
    await keyboard.down('Shift');
    for (let i = 0; i < '士们、先生们'.length; i++) await keyboard.press('ArrowRight');
    await keyboard.up('Shift');
    expect(await tab.evaluate(() => getSelection()!.toString())).toBe('女士们、先生们');
    await chord('Control+KeyC');
    expect(await clipboard()).toBe('女士们、先生们');
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

  const NAME_MD = '2021-07-16 工信部：“十四五”及中长期的工业和信息化发展规划将在下半年陆续出台（全文）.md';

  // Chromium saves it (Playwright's download event): the file's name and contents as saved.
  test.runIf(NAME === 'chromium')('导出 → Markdown downloads the document the CLI prints, named from date and title; JSON the public JSON', async () => {
    const page = tab.raw as import('playwright-core').Page;
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton('markdown')]);
    const { md, json } = await expectedMarkdown();
    expect(download.suggestedFilename()).toBe(NAME_MD);
    expect(fs.readFileSync(await download.path(), 'utf8')).toBe(md);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), exportButton('json')]);
    expect(jsonDownload.suggestedFilename()).toBe(NAME_MD.replace(/\.md$/, '.json'));
    expect(JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8'))).toEqual(json);
  });

  // Firefox saves it in the folder it was given (the harness's downloadDir): the file as saved.
  test.runIf(NAME === 'firefox')('导出 → Markdown saves the document the CLI prints, named from date and title; JSON the public JSON', async () => {
    const saved = async (name: string) => {
      const file = path.join(downloads, name);
      // Firefox holds the name with an empty file and writes `name.part`, renamed over it when done.
      const done = () => fs.existsSync(file) && !fs.existsSync(`${file}.part`) && fs.statSync(file).size > 0;
      await expect.poll(done, { timeout: 15_000 }).toBe(true);
      return fs.readFileSync(file, 'utf8');
    };
    const { md, json } = await expectedMarkdown();
    await exportButton('markdown');
    expect(await saved(NAME_MD)).toBe(md);
    await exportButton('json');
    expect(JSON.parse(await saved(NAME_MD.replace(/\.md$/, '.json')))).toEqual(json);
  });
});

describe(`print (${NAME})`, () => {
  // Print media emulation needs CDP: Chromium only (Firefox over BiDi has none). Both browsers
  // print the page to PDF below, which is what Save as PDF does.
  test.runIf(NAME === 'chromium')('print media: no panel, every paragraph of the article visible, headings and the page line', async () => {
    const page = tab.raw as import('playwright-core').Page;
    expect(await tab.evaluate(() => document.querySelector('[data-sfr-heading]'))).toBeNull();
    await page.emulateMedia({ media: 'print' });
    try {
      // The print marks are set when the media turns to print (an event of the next frame).
      await tab.waitFor(() => document.querySelector('[data-sfr-heading]') !== null);
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
    // A fresh page: its print marks come from this print, not from the emulation above.
    await loadReaderPage(tab, corpus.composed.get(T00)!.url);
    expect(await tab.evaluate(() => document.querySelector('[data-sfr-heading]'))).toBeNull();
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
