// The sections of an ordinary long article (issue 16): its headings, as a reader sees them — bold
// paragraph headings (<strong>, <b>, <font cms-style="… strong-Bold">), h2–h4, numbered `一、…`
// headings and whole-paragraph `【…】` headings. Pure: a DOM in, headings out. The section outline
// only decides whether an article gets a panel of its sections; it never feeds the transcript
// decision (analyze.ts does not use it).
import type { TranscriptModel } from './model';
import { findBody, readParagraphs, type Paragraph } from './paragraphs';

export interface Section {
  /** The heading as printed, trimmed. */
  title: string;
  /** The heading's paragraph. */
  el: Element;
}

/** Fewer headings than this are not an outline worth a panel. */
export const MIN_SECTIONS = 3;

/** Longer than this is a sentence in bold, not a heading. */
const MAX_HEADING = 50;
const HEADING_TAGS = new Set(['H2', 'H3', 'H4']);
/** An item number opening a heading: `NO.3`, `一、`, `（二）`, `4、`. */
const NUMBERED = /^(NO\.?\s*\d{1,2}(?!\d)|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[、．](?!\d))/i;
const CHINESE_NUMBERED = /^([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)/;
const BRACKETED = /^【[^【】]{1,30}】$/;
/** Byline, source and editor lines, and "related news" captions, even in bold. */
const META = /^(原标题|来源|责任编辑|编辑|作者|记者|撰文|文|图|相关新闻|相关阅读|延伸阅读)\s*[：:|｜]/;

/** All of the paragraph's words are inside links: a related-news link, not a heading. */
function allLinked(el: Element, text: string): boolean {
  const links = el.querySelectorAll('a');
  if (links.length === 0) return false;
  let linked = 0;
  links.forEach((a) => (linked += (a.textContent ?? '').replace(/\s/g, '').length));
  return linked >= text.replace(/\s/g, '').length;
}

export function isHeading(p: Paragraph): boolean {
  const { el, text } = p;
  if (text === '' || text.length > (HEADING_TAGS.has(el.tagName) ? 80 : MAX_HEADING)) return false;
  const numbered = NUMBERED.test(text);
  // A label ends with its colon; an unnumbered bold question is an interview's question.
  if (/[：:]$/.test(text) || (!numbered && /[？?]$/.test(text)) || META.test(text)) return false;
  // One sentence at most: a heading may end with 。 (`第一，推动力是指…政策。`), not hold two.
  if (/[。；;]./.test(text)) return false;
  if (el.closest('table') || allLinked(el, text)) return false;
  if (HEADING_TAGS.has(el.tagName) || BRACKETED.test(text) || p.allBold) return true;
  // Numbered but not bold: `一、…` as its own short line is a heading; a long item is prose.
  return CHINESE_NUMBERED.test(text) && !/[。；;]$/.test(text) && text.length <= 40;
}

/** Every heading of the body, in document order. */
export function readSections(paragraphs: readonly Paragraph[]): Section[] {
  return paragraphs.filter(isHeading).map((p) => ({ title: p.text, el: p.el }));
}

/** The section outline of a page or body: its headings when there are at least MIN_SECTIONS,
 *  else none. Never throws. */
export function sectionOutline(root: Document | Element | null): Section[] {
  try {
    const body = root ? findBody(root) : null;
    if (!body) return [];
    const sections = readSections(readParagraphs(body));
    return sections.length >= MIN_SECTIONS ? sections : [];
  } catch {
    return [];
  }
}

/** Read once per model (the reader asks again on settings changes): an ordinary article's
 *  sections, none for a transcript (its outline is its questions). */
const sectionsByModel = new WeakMap<TranscriptModel, Section[]>();
export function modelSections(model: TranscriptModel): Section[] {
  let found = sectionsByModel.get(model);
  if (!found) {
    found = model.transcript || !model.body ? [] : sectionOutline(model.body);
    sectionsByModel.set(model, found);
  }
  return found;
}
