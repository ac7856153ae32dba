// The rule data itself: valid, documented, not broad, and all in the generated stylesheet.
// (Whether each rule matches the corpus, and only clutter, is tests/clean/corpus-check.test.ts.)
import { describe, expect, it } from 'vitest';
import { HIDE_RULES, STOCK_LINKS } from '../../src/clean/rules';
import { buildCleanCss } from '../../src/clean/stylesheet';
import { parse } from './corpus';

describe('clean-mode rules', () => {
  it('are valid selectors, each in a group, none twice', () => {
    const doc = parse('<!doctype html><p>');
    const seen = new Set<string>();
    for (const r of HIDE_RULES) {
      expect(() => doc.querySelectorAll(r.selector), r.selector).not.toThrow();
      expect(r.group, r.selector).toBeTruthy();
      expect(seen.has(r.selector), r.selector).toBe(false);
      seen.add(r.selector);
    }
  });

  it('avoid selectors broad enough to hit article content', () => {
    // `.ad`, `[class*=qr]`-style substring matches, bare tags and `*` hit too much on news pages.
    for (const r of HIDE_RULES)
      expect(r.selector).not.toMatch(/^\.ad$|\[class\*=|\[id\*=|^(div|p|span|a|img|iframe|section)$|^\*$/);
  });

  it('all become scoped declarations of the stylesheet', () => {
    const css = buildCleanCss('data-x');
    for (const r of HIDE_RULES) expect(css).toContain(`html[data-x] ${r.selector}`);
    for (const s of STOCK_LINKS) expect(css).toContain(`html[data-x] ${s}`);
  });
});
