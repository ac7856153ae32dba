// @vitest-environment happy-dom
// The page stylesheet the manifest declares: every feature's page rules, and nothing that acts
// before one of our attributes is set (scripts/check-dist.mjs checks the built file the same way).
import { describe, expect, test } from 'vitest';
import { CLEAN_ATTR } from '../../src/clean/clean-mode';
import { buildCleanCss } from '../../src/clean/stylesheet';
import { buildPageCss } from '../../src/content/page-css';
import { PAGE_CSS as OUTLINE_PAGE_CSS } from '../../src/outline/styles';
import { FOLDED_ATTR, PAGE_CSS as TAGS_PAGE_CSS } from '../../src/tags/styles';

describe('page stylesheet', () => {
  const css = buildPageCss();

  test("holds clean mode's rules and the tags' and the outline's page rules", () => {
    expect(css).toContain(buildCleanCss(CLEAN_ATTR));
    expect(css).toContain(TAGS_PAGE_CSS);
    expect(css).toContain(OUTLINE_PAGE_CSS);
    expect(css).toContain(`[${FOLDED_ATTR}]{display:none!important}`);
  });

  test('hides or restyles nothing on a page without our attributes', () => {
    // In a document with the sheet and none of our attributes, no element is hidden or dimmed.
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div class="sinaads">ad</div><p id="p">text</p><div class="article-content-right">side</div>';
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
    const active = () => [...style.sheet!.cssRules]
      .filter((rule) => rule instanceof CSSStyleRule && doc.querySelector(rule.selectorText))
      .map((rule) => (rule as CSSStyleRule).selectorText);
    expect(active()).toEqual([]);
    // The same sheet with clean mode on does act: the check above can see a rule that applies.
    doc.documentElement.setAttribute(CLEAN_ATTR, 'on');
    expect(active().length).toBeGreaterThan(0);
  });
});
