// Finding the article body and reading it as a list of paragraphs.
import { trimText } from './text';

/** Where Sina puts the article body: finance desktop, news desktop, mobile. */
const BODY_SELECTORS = ['#artibody', '#article', '.art_content'];

/** Blocks inside the body that are never the article's speech (related links, promos, ads). */
const NOT_SPEECH = [
  '.fin_reference', 'script', 'style', 'noscript', 'template', 'iframe', 'ins', 'video', 'audio',
  '.appendQr_wrap', '#left_hzh_ad', '.app-kaihu-qr', '.app-qihuo-kaihu-qr', '[id^="ad_"]', '[sax-type]',
  '.img_wrapper', '.ct_hqimg', '.tech-quotation', '[data-sudaclick="suda_1028_guba"]',
].join(',');

/** Live stock quotes that Sina writes into the text: `(4089.18, 26.52, 0.65%)`. */
const QUOTE_SPAN = '[id^="quote_"]';

/** On an element whose words the reader added to the page (a speaker tag's name and colon, so
 *  that copies carry who speaks): never read as the page's words, so a page read again after our
 *  edits reads as it did before them. */
export const ADDED_ATTR = 'data-sfr-added';

/** The text nodes of `el` that hold the page's words, in order: none inside an element we added
 *  (whose subtree the walk skips whole, so a long body is read in one pass). */
export function pageTextNodes(el: Element): Text[] {
  if (el.closest(`[${ADDED_ATTR}]`)) return [];
  const out: Text[] = [];
  // NodeFilter: 1 accept, 2 reject (with the subtree), 3 skip (this node only). A function, not an
  // object: Firefox's content scripts hand it to the page's DOM as is.
  const filter = (node: Node) => (node.nodeType !== 1 ? 1 : (node as Element).hasAttribute(ADDED_ATTR) ? 2 : 3);
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* elements and text */, filter);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/** `el`'s words as the page has them (its text content without the words we added). */
export function pageText(el: Element): string {
  return el.querySelector(`[${ADDED_ATTR}]`) ? pageTextNodes(el).map((n) => n.data).join('') : el.textContent ?? '';
}

const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DD', 'DT', 'PRE']);
const BLOCK_TAGS = new Set([...PARAGRAPH_TAGS, 'DIV', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'TABLE']);

export interface Paragraph {
  el: Element;
  /** The paragraph's text, trimmed of white space (also U+3000). */
  text: string;
  /** Every visible character is bold. */
  allBold: boolean;
}

export function findBody(root: Document | Element): Element | null {
  const scope: ParentNode = root;
  if (!('nodeType' in root) || (root.nodeType !== 9 && root.nodeType !== 1)) return null;
  if (root.nodeType === 1) {
    const el = root as Element;
    if (BODY_SELECTORS.some((s) => el.matches(s))) return el;
  }
  for (const selector of BODY_SELECTORS) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return root.nodeType === 9 ? (root as Document).body : (root as Element);
}

function isBold(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'STRONG' || tag === 'B') return true;
  if (tag === 'FONT' || tag === 'SPAN') {
    const cms = el.getAttribute('cms-style');
    if (cms && cms.includes('strong-Bold')) return true;
    const style = el.getAttribute('style');
    if (style && /font-weight\s*:\s*(bold|[6-9]00)/i.test(style)) return true;
  }
  return false;
}

/** Reads one paragraph's text, and whether all of it is bold, in one walk over its text nodes. */
function readParagraph(el: Element, skipped: ReadonlySet<Element>): Paragraph {
  // Most paragraphs are plain text: one textContent read, as cheap as reading the page at all.
  // (A paragraph element is never bold itself: bold comes from STRONG/B/FONT/SPAN children.)
  if (!el.firstElementChild) return { el, text: trimText(el.textContent ?? ''), allBold: false };
  let text = '';
  let allBold = true;
  const visit = (node: Node, bold: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        text += value;
        if (!bold && trimText(value) !== '') allBold = false;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (skipped.has(element)) continue;
        if (element.tagName === 'BR') text += '\n';
        visit(element, bold || isBold(element));
      }
    }
  };
  visit(el, isBold(el));
  const trimmed = trimText(text);
  return { el, text: trimmed, allBold: allBold && trimmed !== '' };
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(c.tagName)) return true;
  }
  return false;
}

/**
 * An old page's paragraph: a block with words, its own or in inline formatting
 * (`<div>　　<b>观察者网：…？</b></div>`), and no block at any depth (`<div><font><p>…` holds
 * paragraphs). Words only inside links (`<div><a>相关阅读</a></div>`) or skipped blocks do not count.
 */
function isTextLeaf(el: Element, skipped: ReadonlySet<Element>): boolean {
  let words = false;
  // False as soon as a block turns up inside.
  const visit = (node: Element): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        words ||= trimText(c.nodeValue ?? '') !== '';
      } else if (c.nodeType === 1) {
        const child = c as Element;
        if (BLOCK_TAGS.has(child.tagName)) return false;
        if (child.tagName !== 'A' && !skipped.has(child) && !visit(child)) return false;
      }
    }
    return true;
  };
  return visit(el) && words;
}

/**
 * The body's paragraphs in document order: `<p>`-like elements, and text-bearing leaf `<div>`s
 * (older pages). Blocks that are not the article's words are skipped; empty paragraphs too.
 */
export function readParagraphs(body: Element): Paragraph[] {
  const out: Paragraph[] = [];
  // One selector query instead of a `matches` per element: the engine runs on every page load.
  const skipped = new Set(body.querySelectorAll(`${NOT_SPEECH},${QUOTE_SPAN},[${ADDED_ATTR}]`));
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (skipped.has(c)) continue;
      const isParagraph =
        (PARAGRAPH_TAGS.has(c.tagName) && !hasBlockChild(c)) ||
        (BLOCK_TAGS.has(c.tagName) && isTextLeaf(c, skipped));
      if (isParagraph) {
        const p = readParagraph(c, skipped);
        if (p.text !== '') out.push(p);
      } else if (c.firstElementChild) {
        walk(c);
      }
    }
  };
  walk(body);
  return out;
}
