// The copy feature on corpus transcripts in happy-dom, with the speaker tags on: the browser's
// copy across turns and inside one, copy as a quote (selection, tag, command), undo. The plain
// text is the selection's own toString() (the tags' names are page text): happy-dom lays out
// nothing, so what that reads like (folded labels left out, a line per paragraph) is checked in
// the browsers (tests/e2e/copy-export.e2e.ts); here the HTML and the parts it is made of.
import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { corpusPath } from '../../src/cli/corpus';
import { loadFile } from '../../src/cli/load';
import { mountCopy, QUOTE_HOST } from '../../src/copy/mount';
import type { CommandName } from '../../src/platform/messages';
import { mountSpeakerTags } from '../../src/tags/mount';
import { TAG_NAME, TURN_ATTR } from '../../src/tags/tag-element';
import { loadBody, T00, URL_T00, type Loaded } from '../outline/fixture';

const flush = () => new Promise((r) => setTimeout(r, 0));

function mount(loaded: Loaded) {
  const commands: Array<(c: CommandName) => boolean> = [];
  mountSpeakerTags(loaded.doc, loaded.model, loaded.controller.signal);
  mountCopy({ doc: loaded.doc, model: loaded.model, signal: loaded.controller.signal, uiLanguage: loaded.doc.defaultView!.navigator.language, onCommand: (h) => void commands.push(h) });
  return { ...loaded, command: (name: CommandName) => commands.some((h) => h(name)) };
}

/** The text node of `el` holding `needle`, and the offset where it starts (or ends, with `after`). */
function point(el: Element, needle: string, after = false): [Text, number] {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(needle);
    if (at >= 0) return [n, after ? at + needle.length : at];
  }
  throw new Error(`no ${needle}`);
}

function select(doc: Document, from: [Text, number], to: [Text, number]): Range {
  const range = doc.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  const selection = doc.defaultView!.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

/** A copy event as the browser fires it for Ctrl+C: what lands on the clipboard, or null when the
 *  feature left the browser's own copy alone. */
function copy(doc: Document): { text: string; html: string } | null {
  const data = new Map<string, string>();
  const event = new (doc.defaultView as any).Event('copy', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { setData: (type: string, value: string) => data.set(type, value) } });
  doc.dispatchEvent(event);
  return event.defaultPrevented ? { text: data.get('text/plain')!, html: data.get('text/html')! } : null;
}

/** The HTML's paragraphs as lines of text. */
const htmlLines = (html: string) => html.split('</p>').filter(Boolean).map((p) => p.replace(/<[^>]+>/g, ''));

const tagText = (m: Loaded, turn: number) => m.doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${turn}"]`)!.textContent;

const turnEl = (m: Loaded, turn: number, which = 0) => m.model.turns[turn]!.elements.filter((el) => !m.model.turns[turn]!.labelElements.includes(el))[which]!;

describe('the browser copy on t00 (labels on their own lines)', () => {
  test('across the opening turns: the plain text is the selection’s; the HTML a paragraph each, the names in <strong>', () => {
    const m = mount(loadBody(T00));
    // From 寿小丽's greeting (after her tag) into 田玉龙's first sentence (his tag with it).
    select(m.doc, point(turnEl(m, 0), '女士们'), point(turnEl(m, 1), '大家上午好！', true));
    const out = copy(m.doc)!;
    expect(out.text).toBe(m.win.getSelection()!.toString());
    expect(htmlLines(out.html)).toEqual([
      expect.stringMatching(/^女士们、先生们，大家上午好！欢迎出席国务院新闻办新闻发布会。/),
      '下面，我们首先请田玉龙先生作介绍。',
      '田玉龙：新闻界的朋友们，大家上午好！',
    ]);
    expect(out.html).toContain('<p><strong>田玉龙</strong>：新闻界的朋友们，大家上午好！</p>');
    expect(out.html).not.toMatch(/主持人|新闻发言人田玉龙：/);
  });

  test('from the start of a turn’s paragraph, its tag and name come too', () => {
    const m = mount(loadBody(T00));
    select(m.doc, [turnEl(m, 0).firstChild as Text, 0], point(turnEl(m, 1), '大家上午好！', true));
    expect(copy(m.doc)!.html).toMatch(/^<p><strong>寿小丽<\/strong>：女士们/);
  });

  test('inside one turn: the browser’s own copy, exactly the selection', () => {
    const m = mount(loadBody(T00));
    const range = select(m.doc, point(turnEl(m, 0), '欢迎出席'), point(turnEl(m, 0), '新闻发布会。', true));
    expect(range.toString()).toBe('欢迎出席国务院新闻办新闻发布会。');
    expect(copy(m.doc)).toBeNull();
  });

  test('inside one turn from its tag: the selected words, the name among them', () => {
    const m = mount(loadBody(T00));
    const p = turnEl(m, 1);
    const range = m.doc.createRange();
    range.setStart(p, 0);
    range.setEnd(...point(p, '大家上午好！', true));
    m.doc.defaultView!.getSelection()!.addRange(range);
    expect(range.intersectsNode(p.querySelector(TAG_NAME)!)).toBe(true);
    expect(copy(m.doc)).toEqual({ text: m.win.getSelection()!.toString(), html: '<p><strong>田玉龙</strong>：新闻界的朋友们，大家上午好！</p>' });
  });
});

describe.each([
  ['t01-six-fund-managers-roundtable', 1, 2],
  ['t05-yi-gang-cgtn-bilingual-interview', 0, 2],
  ['t08-ndrc-press-conf-10qa-reporter-labels', 0, 1],
])('%s: across two turns', (id, a, b) => {
  test('each turn starts with its name as its tag shows it, once', () => {
    const m = mount(loadBody(id));
    const first = turnEl(m, a);
    const last = turnEl(m, b);
    const range = m.doc.createRange();
    range.setStart(first, 0);
    range.setEnd(last, last.childNodes.length);
    m.doc.defaultView!.getSelection()!.addRange(range);
    const out = copy(m.doc)!;
    expect(out.text).toBe(m.win.getSelection()!.toString());
    const lines = htmlLines(out.html);
    expect(lines[0]!.startsWith(`${tagText(m, a)}：`)).toBe(true);
    expect(lines.filter((l) => l.startsWith(`${tagText(m, b)}：`))).toHaveLength(1);
    // The page's own label (`杨喆：`, `CGTN：`) is not printed again after the name.
    for (const line of lines) expect(line).not.toMatch(/^(.+)：\1：/);
    // The selection ends with the first paragraph of turn b: its words after the name.
    expect(lines.at(-1)).toBe(`${tagText(m, b)}：${m.model.turns[b]!.text.split('\n')[0]}`);
  });
});

describe('copy as a quote', () => {
  function secure(m: Loaded) {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(m.win, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(m.win.navigator, 'clipboard', { value: { writeText }, configurable: true });
    return writeText;
  }

  test('a selection inside a turn, by the command (keyboard shortcut or context menu)', async () => {
    const m = mount(loadBody(T00));
    const writeText = secure(m);
    const answer = m.model.turns.findIndex((t, i) => i > 3 && m.model.speakers.find((s) => s.id === t.speaker)!.name === '田玉龙');
    select(m.doc, point(turnEl(m, answer), '“制造业是立国之本、强国之基”'), point(turnEl(m, answer), '“制造业是立国之本、强国之基”', true));
    expect(m.command('copy-quote')).toBe(true);
    await flush();
    expect(writeText).toHaveBeenCalledWith(
      `“‘制造业是立国之本、强国之基’”——田玉龙（工业和信息化部党组成员、总工程师、新闻发言人），国务院新闻办公室新闻发布会，2021年7月16日，新浪财经 <${URL_T00}>`,
    );
  });

  test('the button by the selection, and a tag’s whole turn', async () => {
    const m = mount(loadBody(T00));
    const writeText = secure(m);
    select(m.doc, point(turnEl(m, 0), '欢迎出席'), point(turnEl(m, 0), '新闻发布会。', true));
    m.doc.dispatchEvent(new m.win.Event('selectionchange'));
    const button = m.doc.querySelector(QUOTE_HOST)!.shadowRoot!.querySelector('button')!;
    await vi.waitFor(() => expect(button.hidden).toBe(false));
    expect(button.textContent).toBe('复制为引文');
    button.click();
    await flush();
    expect(writeText.mock.calls[0]![0]).toBe(
      `“欢迎出席国务院新闻办新闻发布会。”——寿小丽（国务院新闻办新闻局副局长、新闻发言人），国务院新闻办公室新闻发布会，2021年7月16日，新浪财经 <${URL_T00}>`,
    );
    m.win.getSelection()!.removeAllRanges();
    const tag = turnEl(m, 2).querySelector(TAG_NAME)!;
    tag.dispatchEvent(new m.win.MouseEvent('click', { bubbles: true, composed: true }));
    expect(button.textContent).toBe('复制此段为引文');
    button.click();
    await flush();
    expect(writeText.mock.calls[1]![0]).toBe(`“${m.model.turns[2]!.text}”——寿小丽（国务院新闻办新闻局副局长、新闻发言人），国务院新闻办公室新闻发布会，2021年7月16日，新浪财经 <${URL_T00}>`);
  });

  test('switching off removes the button and leaves the browser’s copy alone', () => {
    const m = mount(loadBody(T00));
    m.controller.abort();
    expect(m.doc.querySelector(QUOTE_HOST)).toBeNull();
    select(m.doc, point(turnEl(m, 0), '女士们'), point(turnEl(m, 1), '大家上午好！', true));
    expect(copy(m.doc)).toBeNull();
  });
});

describe('gne-sina-3 (a saved page: questions in bold, answers unlabelled)', () => {
  test('across a question and its answer', () => {
    const page = loadFile(corpusPath('pages/gne-sina-3.html'));
    try {
      const doc = page.document;
      const model = analyze(doc);
      const controller = new AbortController();
      const m = mount({ doc, model, controller, win: doc.defaultView as any });
      const q = model.questions[0]!;
      const first = turnEl(m, q.turn);
      const last = turnEl(m, q.answers[0]!);
      const range = doc.createRange();
      range.setStart(first, 0);
      range.setEnd(last, last.childNodes.length);
      doc.defaultView!.getSelection()!.addRange(range);
      const lines = htmlLines(copy(doc)!.html);
      expect(lines[0]).toBe('问：债券市场存在泡沫吗？');
      expect(lines[1]!.startsWith('Vincent Mortier：')).toBe(true);
      controller.abort();
    } finally {
      page.close();
    }
  });
});
