// Loading a saved page (.html) or a corpus body (.md: Hexo front matter + body HTML) into a DOM,
// for the CLI, the evaluation and the tests. Node only.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  close(): void;
}

/** Hexo front matter (the lines between the `---` fences) and what follows it; null without. */
export function splitFrontMatter(source: string): { front: string; html: string } | null {
  const match = /^\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(source);
  return match ? { front: match[1]!, html: source.slice(match[0].length) } : null;
}

const frontValue = (front: string, key: string): string =>
  (new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front)?.[1] ?? '').trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');

/** Splits Hexo front matter from the body HTML; returns its `title`, `date` and `author` ('' when missing). */
export function parseFrontMatter(source: string): { title: string; date: string; author: string; html: string } {
  const split = splitFrontMatter(source);
  if (!split) return { title: '', date: '', author: '', html: source };
  const { front } = split;
  return { title: frontValue(front, 'title'), date: frontValue(front, 'date'), author: frontValue(front, 'author'), html: split.html };
}

/** `Fri, 16 Jul 2021 04:06:28 GMT` → `2021-07-16T12:06:28+08:00` (Sina's dates are Beijing time); '' when unreadable. */
function beijingTime(date: string): string {
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) return '';
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function loadHtml(html: string, url = 'https://finance.sina.com.cn/'): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  // Parsed into an inert document (DOMParser runs nothing), then moved into the window's
  // document so the page has a window (styles, observers) like a real one.
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  const { document } = window;
  document.documentElement.remove();
  document.appendChild(document.adoptNode(parsed.documentElement));
  return { document: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}

export function loadFile(path: string): LoadedPage {
  const source = readFileSync(path, 'utf8');
  if (!path.endsWith('.md')) return loadHtml(source);
  const { title, date, author, html } = parseFrontMatter(source);
  // The front matter's date and author become the metadata a Sina page carries (the page
  // analysis reads them when no date line is printed).
  const time = beijingTime(date);
  const metas = (time ? `<meta property="article:published_time" content="${time}">` : '')
    + (author ? `<meta property="article:author" content="${escapeAttr(author)}">` : '');
  const page = loadHtml(`<!doctype html><html><head><meta charset="utf-8"><title></title>${metas}</head><body>${html}</body></html>`);
  page.document.title = title;
  return page;
}
