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

/** Splits Hexo front matter from the body HTML; returns its `title`. */
export function parseFrontMatter(source: string): { title: string; html: string } {
  const split = splitFrontMatter(source);
  if (!split) return { title: '', html: source };
  const titleLine = /^title:\s*(.*)$/m.exec(split.front);
  const title = (titleLine?.[1] ?? '').trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  return { title, html: split.html };
}

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
  const { title, html } = parseFrontMatter(source);
  const page = loadHtml(`<!doctype html><html><head><meta charset="utf-8"><title></title></head><body>${html}</body></html>`);
  page.document.title = title;
  return page;
}
