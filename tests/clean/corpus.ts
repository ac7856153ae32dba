// The shared corpus as documents: every saved page, and composed pages (a 2021–22 body from
// corpus/bodies placed into the #artibody of a saved frame), so 2020+ in-body clutter
// (.appendQr_wrap, .app-kaihu-qr) is tested inside a real frame. Used by the Node checks and e2e;
// the files are read by src/cli/corpus.ts.
import { Window } from 'happy-dom';
import { bodyIds, corpusDir, pageNames, readBody, readPage } from '../../src/cli/corpus';

export { bodyIds, pageNames };
export const CORPUS = corpusDir;

/** Composed pages: every body in the 2019 finance frame (template A, the current frame), and the
 * bodies with distinctive in-body markup (开户 QR, 【相关报道】, four tickers, video) in the 2016 one. */
export const COMPOSE_A = 'gne-sina-2';
export const COMPOSE_B = 'magichtml-42076fe0b7e3';
export const COMPOSE_B_BODIES = ['b02-mofcom-scio-one-question-reported-answer', 'n12-top10-digest-fin-reference',
  't08-ndrc-press-conf-10qa-reporter-labels', 't05-yi-gang-cgtn-bilingual-interview'];

export interface CorpusPage {
  /** `gne-sina-3`, or `composed:n01-…@gne-sina-2`. */
  name: string;
  /** The page's own URL (og:url); composed pages get one on their frame's host. */
  url: string;
  html: string;
  composed: boolean;
}

// One window for every parse: creating a happy-dom Window costs more than parsing a page.
let sharedWindow: Window | null = null;
const quietWindow = () =>
  (sharedWindow ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  }));

/** Parse without running or fetching anything. */
export function parse(html: string): Document {
  const win = quietWindow();
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function loadPage(name: string): CorpusPage {
  const { url, html } = readPage(name);
  return { name, url, html, composed: false };
}

/** The body HTML of a corpus/bodies file: front matter and the mirror's wrapping <div> dropped,
 * Hexo's brace escapes undone. */
export const bodyHtml = (id: string): string => readBody(id, { unwrap: true, unescapeBraces: true }).html;

const MARK = '<!--sfr-composed-body-->';
const frames = new Map<string, { url: string; html: string }>();

/** The frame serialized once with a marker in place of its #artibody content. */
function frameTemplate(frame: string): { url: string; html: string } {
  let t = frames.get(frame);
  if (!t) {
    const base = loadPage(frame);
    const doc = parse(base.html);
    const target = doc.getElementById('artibody');
    if (!target) throw new Error(`${frame} has no #artibody`);
    target.replaceChildren(doc.createComment(MARK.slice(4, -3)));
    t = { url: base.url, html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}` };
    if (!t.html.includes(MARK)) throw new Error('marker lost in serialization');
    frames.set(frame, t);
  }
  return t;
}

/** A composed page: the body's markup becomes the content of the frame's #artibody. */
export function composePage(bodyId: string, frame: string): CorpusPage {
  const t = frameTemplate(frame);
  // Served under an article URL of its own on the frame's host, shaped like Sina's
  // (/doc-i….shtml), so host-scoped rules and the content script's URL test both apply.
  const slug = `${bodyId}${frame === COMPOSE_A ? 'a' : 'b'}`.replace(/[^a-z0-9]/g, '');
  const url = new URL(`/roll/composed/doc-i${slug}.shtml`, t.url).href;
  return { name: `composed:${bodyId}@${frame}`, url, html: t.html.replace(MARK, () => bodyHtml(bodyId)), composed: true };
}

/** Every saved page, then the composed pages. */
export function allPages(): CorpusPage[] {
  return [
    ...pageNames().map(loadPage),
    ...bodyIds().map((id) => composePage(id, COMPOSE_A)),
    ...COMPOSE_B_BODIES.map((id) => composePage(id, COMPOSE_B)),
  ];
}
