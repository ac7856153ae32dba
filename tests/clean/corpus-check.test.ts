// Node-side proof over every saved page and the composed pages (bodies/*.md inside saved finance
// frames). Each page is parsed once and checked three ways:
//  1. what the rules hide is listed, and none of it is, holds, or sits inside the title, date/source,
//     editor line or body, except in-body clutter targeted on purpose;
//  2. every element that the regional filter lists' `##` rules for Sina hide is hidden by clean mode
//     too, unless src/clean/filter-exceptions.ts keeps it as part of the article (the lists are only
//     run here, never copied: GPL / CC BY-SA);
//  3. every rule matches somewhere, except the few known only from outside the corpus.
// SFR_CLEAN_SUMMARY=1 prints the measured numbers.
import { afterAll, describe, expect, it } from 'vitest';
import { FILTER_EXCEPTIONS } from '../../src/clean/filter-exceptions';
import { HIDE_RULES, STOCK_LINKS } from '../../src/clean/rules';
import { allPages, parse } from './corpus';
import { appliesTo, isSinaRule, readCosmeticRules } from './filter-list';
import { ARTICLE_SELECTORS, articleBody, articleParts, describeEl, hiddenBy, hiddenRoots, ruleHits, text } from './hidden';
import { SelectorIndex } from './selector-index';

// Markup that no saved page holds; each rule's comment in rules.ts names where it comes from, and the unit
// tests (mobile fold) exercise the CSS.
const OFF_CORPUS = ['#left_hzh_ad', '#app-kaihu-stock', '.callApp_fl_btn', '.cm_art_push', '#artFoldBox', '.look_more_a'];
// Paragraphs of a body that are promotions, not article: F16old's forum link, T19's 新浪众测 ad.
const PROMO_PARAGRAPHS = [/^进入【新浪财经股吧】讨论$/, /^新酷产品第一时间免费试玩.*新浪众测/];

const filterRules = readCosmeticRules().filter(isSinaRule);
const index = new SelectorIndex([
  ...HIDE_RULES.map((r) => r.selector), ...ARTICLE_SELECTORS, ...STOCK_LINKS,
  ...filterRules.flatMap((r) => r.selectors), 'span[id] > a.keyword',
]);

const matchedRules = new Set<string>();
const usedExceptions = new Set<string>();
const summary: string[] = [];
const cross = { matches: 0, rules: new Set<string>() };

it('reads the cosmetic rules for Sina hosts', () => {
  expect(filterRules.length).toBeGreaterThan(100);
  expect(filterRules.flatMap((r) => r.selectors).length).toBeGreaterThan(200);
});

describe.each(allPages())('$name', (page) => {
  const doc = parse(page.html);
  const matches = index.match(doc);
  const hits = ruleHits(matches);
  const isHidden = hiddenBy(hits);
  const parts = articleParts(matches);
  const body = articleBody(doc);
  for (const h of hits) matchedRules.add(h.rule.selector);

  it('has a title and a body with paragraphs', () => {
    expect(parts.some((p) => p.kind === 'title')).toBe(true);
    expect(body?.querySelector('p')).toBeTruthy();
  });

  it('hides clutter, and nothing that holds the article', () => {
    expect(hiddenRoots(hits).length).toBeGreaterThanOrEqual(15);
    for (const h of hits)
      for (const part of parts)
        expect(h.el.contains(part.el), `${h.rule.selector} hides ${part.kind} (${describeEl(part.el)})`).toBe(false);
  });

  it('hides inside the article only small in-body clutter it targets on purpose', () => {
    for (const h of hits) {
      const host = parts.find((p) => p.el.contains(h.el));
      if (!host) continue;
      const where = `${h.rule.selector} inside ${host.kind}: ${describeEl(h.el)}`;
      expect(host.kind, where).toBe('body');
      expect(h.rule.inBody, where).toBe(true);
      expect(h.el.querySelector('.img_wrapper, .img_descr, .article-editor, .show_author'), where).toBeNull();
      expect(text(h.el).length, where).toBeLessThanOrEqual(100);
    }
  });

  it('keeps every paragraph, image and caption of the body, but promotions', () => {
    const lost = [...body!.querySelectorAll('p')].filter((p) => text(p) && isHidden(p)).map(text);
    for (const t of lost) expect(PROMO_PARAGRAPHS.some((re) => re.test(t)), t).toBe(true);
    for (const el of body!.querySelectorAll('.img_wrapper, .img_descr')) expect(isHidden(el), describeEl(el)).toBe(false);
  });

  it('unlinks every stock keyword', () => {
    for (const a of matches.get('span[id] > a.keyword') ?? [])
      expect(STOCK_LINKS.some((s) => a.matches(s)), a.parentElement!.id).toBe(true);
  });

  it('hides what the filter lists hide, but the article', () => {
    const host = new URL(page.url).host;
    for (const rule of filterRules.filter((r) => appliesTo(r, host))) {
      for (const sel of rule.selectors) {
        const found = matches.get(sel) ?? [];
        if (found.length) cross.rules.add(rule.line);
        for (const el of found) {
          cross.matches++;
          if (isHidden(el)) continue;
          const kept = FILTER_EXCEPTIONS.find((x) => el.matches(x.element));
          const what = `${rule.source} ${rule.line} -> ${describeEl(el)} «${text(el).slice(0, 30)}»`;
          expect(kept, `not hidden by clean mode: ${what}`).toBeDefined();
          expect(parts.some((p) => p.el.contains(el)), `exception outside the article: ${what}`).toBe(true);
          usedExceptions.add(kept!.element);
        }
      }
    }
  });

  afterAll(() => {
    const roots = hiddenRoots(hits);
    const groups = new Map<string, number>();
    for (const h of roots) groups.set(h.rule.group, (groups.get(h.rule.group) ?? 0) + 1);
    const inBody = roots.filter((h) => body!.contains(h.el)).length;
    summary.push(`${page.name}: ${roots.length} hidden (${hits.length} matches), ${inBody} in body; ` +
      [...groups].map(([k, v]) => `${k} ${v}`).join(', '));
  });
});

describe('over the whole corpus', () => {
  it('every rule matches something, except the few known only from elsewhere', () => {
    const unmatched = HIDE_RULES.map((r) => r.selector).filter((s) => !matchedRules.has(s));
    expect(unmatched.sort()).toEqual([...OFF_CORPUS].sort());
  });

  it('every filter exception is still needed', () => {
    for (const x of FILTER_EXCEPTIONS) expect(usedExceptions.has(x.element), x.element).toBe(true);
  });
});

afterAll(() => {
  if (!process.env.SFR_CLEAN_SUMMARY) return;
  console.log(summary.join('\n'));
  console.log(`filter cross-check: ${filterRules.length} cosmetic rules for Sina hosts, ${cross.rules.size} match ` +
    `${cross.matches} elements on ${summary.length} pages; exceptions used: ${usedExceptions.size}`);
});
