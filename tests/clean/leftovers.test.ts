// Clean mode's leftovers (issue 16): Sina's automatic links on words become words, the author's
// links stay links, on every saved page and every body; the editor line and the mobile author
// card get the column's face and sizes.
import { describe, expect, test } from 'vitest';
import { buildCleanCss } from '../../src/clean/stylesheet';
import { ARTICLE, AUTO_LINKS, INLINE_FACES, MOBILE_AUTHOR, STOCK_LINKS } from '../../src/clean/rules';
import { bodyHtml, bodyIds, loadPage, pageNames, parse } from './corpus';

/** Read on the pages: the words Sina linked by itself (outside the stock spans). */
const AUTOMATIC: Record<string, string[]> = {
  't00-miit-h1-2021-press-conference': ['投诉'],
  'n12-top10-digest-fin-reference': ['利通电子'],
  'n15-tax-refund-explainer-calculator-link': ['个人所得税'],
  'magichtml-42076fe0b7e3': ['IMF', '央行', '黄益平'],
};

const asWords = (a: Element) => [...STOCK_LINKS, ...AUTO_LINKS].some((s) => a.matches(s));
const inStockSpan = (a: Element) => /^(us|hk)?stock_/.test(a.parentElement?.id ?? '');

const docs = [
  ...pageNames().map((name) => ({ name, doc: parse(loadPage(name).html) })),
  ...bodyIds().map((id) => ({ name: id, doc: parse(`<div id="artibody">${bodyHtml(id)}</div>`) })),
];

describe.each(docs)('$name', ({ name, doc }) => {
  const body = ARTICLE.body.map((s) => doc.querySelector(s)).find(Boolean);
  const links = body ? [...body.querySelectorAll('a[href]')].filter((a) => !/^javascript:/.test(a.getAttribute('href')!)) : [];

  test("Sina's automatic links become words; stock names too; the author's links stay links", () => {
    const words = links.filter((a) => asWords(a) && !inStockSpan(a)).map((a) => a.textContent!.trim());
    expect(words).toEqual(AUTOMATIC[name] ?? []);
    for (const a of links.filter(inStockSpan)) expect(asWords(a), a.textContent!).toBe(true);
    // What stays a link is a link to another page the author chose: an article, an account, a site.
    for (const a of links.filter((l) => !asWords(l))) expect(a.getAttribute('href')).not.toMatch(/realstock|tousu\.sina|taxcalc/);
  });
});

describe('the column’s small print', () => {
  const css = buildCleanCss('data-x');

  test('the editor line takes the column face, smaller', () => {
    for (const s of ARTICLE.editor) {
      expect(css).toMatch(new RegExp(`html\\[data-x\\] ${s.replace('.', '\\.')}[,{][^}]*`));
    }
    expect(css).toMatch(/p\.show_author\{font-size:14px!important/);
    expect(css).toContain('p.show_author{font-family:var(--sfr-font,');
  });

  test("faces written into the text give way to the column's (the KaiTi disclaimer of gne-sina-3)", () => {
    const page = parse(loadPage('gne-sina-3').html);
    const kaiti = [...page.querySelectorAll('#artibody span[style]')].find((s) => /KaiTi/.test(s.getAttribute('style')!));
    expect(kaiti && INLINE_FACES.some((s) => kaiti.matches(s))).toBe(true);
    expect(css).toContain(`html[data-x] #artibody ${INLINE_FACES[0]}`);
    expect(css).toMatch(/font\[face\]\{font-family:inherit!important\}/);
  });

  test('the mobile author card is one line of avatar, outlet and date', () => {
    const page = parse(loadPage('magichtml-3ef3b4e65fab').html);
    for (const s of Object.values(MOBILE_AUTHOR)) expect(page.querySelector(s), s).not.toBeNull();
    expect(css).toContain(`html[data-x] ${MOBILE_AUTHOR.name}{font-size:15px!important`);
    expect(css).toContain(`html[data-x] ${MOBILE_AUTHOR.avatar}{width:32px!important`);
  });
});
