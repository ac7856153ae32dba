// The news.sina.com.cn frames (2019: gne-sina-1, gne-sina-5, gne-sina-sina; 2024:
// magichtml-665b6857803a, magichtml-1b929fec5b59) and the mobile doc template that news.sina.cn and
// k.sina.cn share with finance.sina.cn (magichtml-3ef3b4e65fab), for the sites a reader enables
// (issue 17): the engine finds their body, clean mode's rules hide their clutter and keep the
// article, and a briefing placed in the 2024 frame is read with its opening.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { toJSON } from '../../src/engine/json';
import { buildOutline } from '../../src/engine/outline';
import { findBody } from '../../src/engine/paragraphs';
import { HIDE_RULES } from '../../src/clean/rules';
import { framedPage } from '../e2e/harness/corpus';
import { BRIEFING_TITLE, briefingBodyHtml, SPOKESPERSON } from '../fixtures/spokesperson-briefing';
import { loadPage, parse } from './corpus';
import { articleParts, hiddenBy, hiddenRoots, ruleHits } from './hidden';
import { SelectorIndex } from './selector-index';

const NEWS_2019 = ['gne-sina-1', 'gne-sina-5', 'gne-sina-sina'];
const NEWS_2024 = ['magichtml-665b6857803a', 'magichtml-1b929fec5b59'];
const MOBILE = 'magichtml-3ef3b4e65fab';
const index = new SelectorIndex([...HIDE_RULES.map((r) => r.selector), '#article', '.art_content', 'h1.main-title', '.date-source', 'p.show_author', 'h1.art_tit_h1']);

describe.each([...NEWS_2019, ...NEWS_2024])('news.sina.com.cn desktop frame %s', (name) => {
  const page = loadPage(name);
  const doc = parse(page.html);
  const hits = ruleHits(index.match(doc));
  const isHidden = hiddenBy(hits);

  it('is a news.sina.com.cn page whose body the engine finds in #article', () => {
    expect(new URL(page.url).hostname).toBe('news.sina.com.cn');
    expect(findBody(doc)?.id).toBe('article');
  });

  it('clean mode hides the header, banner, right column, related feed and comments', () => {
    const groups = new Set(hiddenRoots(hits).map((h) => h.rule.group));
    for (const group of ['ads', 'site-nav', 'sidebar', 'related-feed', 'comments', 'floating']) expect(groups, group).toContain(group);
    for (const selector of ['#sina-header', '.top-banner', '.article-content-right', '#tab_related']) {
      const el = doc.querySelector(selector);
      expect(el, selector).not.toBeNull();
      expect(isHidden(el!), selector).toBe(true);
    }
  });

  it('keeps the title, the date and source, every paragraph of the body and the editor line', () => {
    for (const selector of ['h1.main-title', '.date-source', 'p.show_author']) expect(isHidden(doc.querySelector(selector)!), selector).toBe(false);
    const paragraphs = [...doc.querySelectorAll('#article p')].filter((p) => (p.textContent ?? '').trim() !== '');
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(isHidden(p), p.textContent!.slice(0, 20)).toBe(false);
  });
});

describe('the mobile doc template (finance.sina.cn, news.sina.cn, k.sina.cn)', () => {
  const doc = parse(loadPage(MOBILE).html);
  const hits = ruleHits(index.match(doc));
  const isHidden = hiddenBy(hits);

  it('the engine finds the body in .art_content; clean mode keeps title and paragraphs and hides the ad slots', () => {
    expect(findBody(doc)?.classList.contains('art_content')).toBe(true);
    const parts = articleParts(index.match(doc));
    expect(parts.some((p) => p.kind === 'title')).toBe(true);
    for (const part of parts) expect(isHidden(part.el)).toBe(false);
    for (const p of doc.querySelectorAll('.art_content p')) if ((p.textContent ?? '').trim()) expect(isHidden(p)).toBe(false);
    expect(hits.filter((h) => h.rule.group === 'mobile-ads').length).toBeGreaterThan(0);
  });
});

describe('a spokesperson’s briefing in the 2024 news frame (hand-written fixture)', () => {
  const doc = framedPage({
    frame: NEWS_2024[0]!, container: 'article', html: briefingBodyHtml(), title: BRIEFING_TITLE, date: '2025-03-12',
    url: 'http://news.sina.com.cn/c/2025-03-12/doc-inbriefingfixture0312.shtml',
  });

  it('is read from #article, with the announcements as the spokesperson’s opening', () => {
    const model = toJSON(analyze(parse(doc.html)));
    expect(model.transcript).toBe(true);
    expect(model.turns).toHaveLength(7);
    expect(buildOutline(model).map((item) => item.kind)).toEqual(['opening', 'question', 'question', 'question']);
    expect(buildOutline(model)[0]!.who).toBe(SPOKESPERSON);
  });
});
