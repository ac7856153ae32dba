// Pages from ../shared/corpus for the browsers, under real Sina URLs: whole saved pages at their
// own og:url, and composed pages (a 2021–22 body from corpus/bodies in the #artibody of a saved
// finance frame, gne-sina-2 by default) at a finance URL built from the body's date and id.
// The corpus is read in place (by src/cli/corpus.ts), never copied into the repository.
import { bodyIds, corpusDir, pageNames, readBody, readManifest, readPage, repoRoot } from '../../../src/cli/corpus';

export { bodyIds, pageNames };
export const REPO_ROOT = repoRoot;
export const CORPUS_DIR = corpusDir;

export interface CorpusDoc {
  /** Where the page is served (http). */
  url: string;
  html: string;
  title: string;
}

/** Titles as the MANIFEST gives them: the bodies' front matter has Hexo's `_` for quotes. */
const manifestTitle = (id: string): string | undefined => readManifest().find((e) => e.id === id)?.title;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole saved page at its own URL (og:url, served over http). */
export function corpusPage(name: string): CorpusDoc {
  const { url, html } = readPage(name);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? name;
  return { url: url.replace(/^https:/, 'http:'), html, title };
}

export interface Body {
  id: string;
  title: string;
  /** YYYY-MM-DD in Beijing time. */
  date: string;
  /** The source Sina printed (the front matter's author), if known. */
  source: string | undefined;
  html: string;
}

/** A body as the mirror saved it (wrapping <div> and brace escapes kept). */
export function corpusBody(id: string): Body {
  const body = readBody(id);
  const beijing = new Date(new Date(body.date ?? '2021-01-01').getTime() + 8 * 3600_000);
  return {
    id,
    title: manifestTitle(id) ?? body.title ?? id,
    date: beijing.toISOString().slice(0, 10),
    source: body.author,
    html: body.html,
  };
}

/** The [start, end) of the element with this id, by counting nested tags of its name. */
function elementRange(html: string, id: string): { openEnd: number; closeStart: number } {
  const open = new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!open) throw new Error(`no #${id}`);
  const tag = open[1];
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { openEnd: open.index + open[0].length, closeStart: m.index };
  }
  throw new Error(`#${id} is not closed`);
}

/** Composed page URL: http://finance.sina.com.cn/china/gncj/2021-07-16/doc-it00miith12021….shtml */
export function composedUrl(body: Body): string {
  const slug = body.id.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `http://finance.sina.com.cn/china/gncj/${body.date}/doc-i${slug}.shtml`;
}

/**
 * A body placed into a saved frame (a composed page: say so in the test). Title, date, source,
 * og:url and the #artibody content are the body's; the rest is the frame's, as Sina serves it.
 */
export function composedPage(bodyId: string, frame = 'gne-sina-2'): CorpusDoc {
  const body = corpusBody(bodyId);
  return framedPage({ frame, html: body.html, title: body.title, date: body.date, source: body.source, url: composedUrl(body) });
}

/**
 * Article markup (`html`) placed into a saved frame's body element (`#artibody` on finance
 * pages, `#article` on news.sina.com.cn), with that title, date and source, served at `url`.
 */
export function framedPage(
  { frame, html: bodyHtml, title: rawTitle, date, source, url, container = 'artibody' }:
  { frame: string; html: string; title: string; date: string; source?: string | null; url: string; container?: string },
): CorpusDoc {
  let html = corpusPage(frame).html;
  const { openEnd, closeStart } = elementRange(html, container);
  html = html.slice(0, openEnd) + bodyHtml + html.slice(closeStart);
  const title = escapeHtml(rawTitle);
  const [y, m, d] = date.split('-');
  html = html
    .replace(/<title>[^<]*<\/title>/, `<title>${title}_新浪财经_新浪网</title>`)
    .replace(/(<h1 class="main-title"[^>]*>)[^<]*(<\/h1>)/, `$1${title}$2`)
    .replace(/(<div class="second-title"[^>]*>)[^<]*(<)/, `$1${title}$2`)
    .replace(/(<span class="date"[^>]*>)[^<]*(<\/span>)/, `$1${y}年${m}月${d}日$2`)
    .replace(/(<(a|span)\b[^>]*class="source[^"]*"[^>]*>)[^<]*(<\/\2>)/, (all, open: string, _tag, close: string) =>
      (source ? `${open}${escapeHtml(source)}${close}` : all))
    .replace(/(<meta property="og:url" content=")[^"]*(")/, `$1${url}$2`)
    .replace(/(<meta property="og:title" content=")[^"]*(")/, `$1${title}$2`);
  return { url, html, title: rawTitle };
}
