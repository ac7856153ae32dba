// What the clean-mode rules hide on a parsed page, computed from the rule data with selector
// matching (display:none hides the element and everything inside it). The browser e2e test
// checks the same with computed style.
import { ARTICLE, HIDE_RULES, type HideRule } from '../../src/clean/rules';

export interface Hit { rule: HideRule; el: Element }
export type Matches = Map<string, Element[]>;

export function ruleHits(matches: Matches): Hit[] {
  return HIDE_RULES.flatMap((rule) => (matches.get(rule.selector) ?? []).map((el) => ({ rule, el })));
}

/** Hits not inside another hit: the elements whose disappearance the reader sees. */
export function hiddenRoots(hits: Hit[]): Hit[] {
  const els = new Set(hits.map((h) => h.el));
  const seen = new Set<Element>();
  return hits.filter((h) => {
    if (seen.has(h.el)) return false;
    seen.add(h.el);
    for (let p = h.el.parentElement; p; p = p.parentElement) if (els.has(p)) return false;
    return true;
  });
}

/** Whether the element or one of its ancestors is hidden by a rule. */
export function hiddenBy(hits: Hit[]): (el: Element) => boolean {
  const els = new Set(hits.map((h) => h.el));
  return (el) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (els.has(e)) return true;
    return false;
  };
}

export type PartKind = keyof typeof ARTICLE;
export interface Part { kind: PartKind; el: Element }

export const ARTICLE_SELECTORS: string[] = Object.values(ARTICLE).flat();

/** The title, date/source, editor line and body of the article. */
export function articleParts(matches: Matches): Part[] {
  return (Object.keys(ARTICLE) as PartKind[]).flatMap((kind) =>
    ARTICLE[kind].flatMap((sel) => (matches.get(sel) ?? []).map((el) => ({ kind, el }))));
}

/** The article body: the first body selector that matches (a page has exactly one). */
export function articleBody(doc: Document): Element | null {
  for (const sel of ARTICLE.body) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return null;
}

export const describeEl = (el: Element): string => {
  let s = el.localName;
  if (el.id) s += `#${el.id}`;
  const cls = el.getAttribute('class');
  if (cls) s += `.${cls.trim().split(/\s+/).join('.')}`;
  return s;
};

export const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
