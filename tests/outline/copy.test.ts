// Copy a question with its answers, or the whole transcript, as Markdown with title and URL.
import { describe, expect, test, vi } from 'vitest';
import { documentSource } from '../../src/engine/documents';
import { buildOutline } from '../../src/engine/outline';
import { copyText, markdownOf } from '../../src/outline/copy';
import { loadBody, mountOn, T00, URL_T00, type Mounted } from './fixture';

const flush = () => new Promise((r) => setTimeout(r, 0));

function secure(m: Mounted, writeText: (text: string) => Promise<void>) {
  Object.defineProperty(m.win, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(m.win.navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('Markdown to copy', () => {
  test('a question: title, URL, the asker and every answerer, up to the next question', () => {
    const { model, doc } = loadBody(T00);
    const items = buildOutline(model);
    const q2 = markdownOf(documentSource(doc, model, URL_T00), items[2]!);
    expect(q2.startsWith(`# ${model.title.replace(/_/g, '\\_')}\n\n- 日期：2021年07月16日 12:06\n- 来源：新浪财经\n- 链接：<${URL_T00}>\n\n## 2. `)).toBe(true);
    expect(q2).toContain('（中央广播电视总台央广）\n');
    for (const name of ['**中央广播电视总台央广记者**', '**田玉龙**', '**黄利斌**']) expect(q2).toContain(name);
    expect(q2).not.toContain('中国日报');
  });

  test('everything: every question and the closing', () => {
    const { model, doc } = loadBody(T00);
    const all = markdownOf(documentSource(doc, model, URL_T00), null);
    expect(all.match(/^## \d+\. /gm)).toHaveLength(10);
    expect(all).toContain('今天的新闻发布会就到这里');
  });
});

describe('copy buttons', () => {
  test('copy a question with the clipboard API on a secure page', async () => {
    const m = mountOn(T00);
    const writeText = vi.fn(async (_text: string) => {});
    secure(m, writeText);
    m.$$('.copy')[4]!.click();
    await flush();
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(/^## 5\. .*？（封面新闻）$/m);
    expect(text).toContain('**封面新闻记者**');
    expect(text).toContain('**田玉龙**');
    expect(text).toContain(URL_T00);
    expect(m.$('.note')!.textContent).toBe('已复制');
    expect(m.$$('.copy')[4]!.getAttribute('title')).toBe('已复制');
  });

  test('copy everything; plain http pages copy through a selection that leaves nothing behind', async () => {
    const m = mountOn(T00, { url: 'http://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml' });
    Object.defineProperty(m.win, 'isSecureContext', { value: false, configurable: true });
    let copied = '';
    (m.doc as any).execCommand = vi.fn((command: string) => {
      copied = (m.shadow.activeElement as HTMLTextAreaElement | null)?.value ?? '';
      return command === 'copy';
    });
    const button = m.$('.copy-all')!;
    button.focus();
    button.click();
    await flush();
    expect(copied).toContain('http://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml');
    expect(copied.match(/^## \d+\. /gm)).toHaveLength(10);
    expect(m.shadow.querySelector('textarea')).toBeNull();
    expect(m.shadow.activeElement).toBe(button);
    expect(m.$('.note')!.textContent).toBe('已复制');
  });

  test('says so when copying fails', async () => {
    const m = mountOn(T00);
    secure(m, async () => {
      throw new Error('denied');
    });
    (m.doc as any).execCommand = () => false;
    m.$('.copy-all')!.click();
    await flush();
    expect(m.$('.note')!.textContent).toBe('复制失败');
  });

  test('copyText prefers the clipboard API', async () => {
    const { doc } = loadBody(T00);
    const win = doc.defaultView!;
    const writeText = vi.fn(async () => {});
    Object.defineProperty(win, 'isSecureContext', { value: true, configurable: true });
    Object.defineProperty(win.navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(await copyText(doc, 'x', doc.body)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('x');
  });
});

describe('quote and export from the panel', () => {
  test('a question’s quote button copies it with its answers and the citation', async () => {
    const m = mountOn(T00);
    const writeText = vi.fn(async (_text: string) => {});
    secure(m, writeText);
    m.$$('.quote')[2]!.click();
    await flush();
    const lines = writeText.mock.calls[0]![0].split('\n');
    expect(lines[0]).toMatch(/^中国日报记者：“当前我国新冠疫苗的接种已经超过14亿剂次/);
    expect(lines.some((l) => l.startsWith('田玉龙（工业和信息化部党组成员、总工程师、新闻发言人）：“'))).toBe(true);
    expect(lines.at(-1)).toBe(`——国务院新闻办公室新闻发布会，2021年7月16日，新浪财经 <${URL_T00}>`);
    expect(m.$$('.quote')[2]!.getAttribute('title')).toBe('已复制');
  });

  test('导出 downloads Markdown, text and JSON named from the date and title', () => {
    const m = mountOn(T00);
    const links: Array<{ name: string; href: string; connected: boolean }> = [];
    m.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push({ name: this.download, href: this.href, connected: this.isConnected });
    };
    expect(m.$('.export summary')!.textContent).toBe('导出');
    for (const format of ['markdown', 'text', 'json']) (m.$(`.export [data-format=${format}]`) as HTMLButtonElement).click();
    const names = links.map((l) => l.name);
    expect(names.map((n) => n.replace(/ .*\./, ' ….'))).toEqual(['2021-07-16 ….md', '2021-07-16 ….txt', '2021-07-16 ….json']);
    expect(names[0]).toBe(`2021-07-16 ${m.model.title}.md`);
    expect(links.every((l) => l.connected)).toBe(true);
    const [md, text, json] = links.map((l) => Buffer.from(l.href.replace(/^data:[^,]*;base64,/, ''), 'base64').toString('utf8'));
    expect(links[0]!.href).toMatch(/^data:text\/markdown;charset=utf-8;base64,/);
    expect(md).toMatch(/^# .*\n\n- 日期：2021年07月16日 12:06\n- 来源：新浪财经\n- 链接：</);
    expect(text).toContain('\n\n1. 中国走新型工业化道路将从哪些方面制定规划和举措，支撑实现第二个百年奋斗目标？（中央广播电视总台央视）\n\n');
    expect(JSON.parse(json!).turns).toHaveLength(m.model.turns.length);
    expect(m.doc.querySelector('sfr-outline a')).toBeNull();
  });
});
