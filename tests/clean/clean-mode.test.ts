// @vitest-environment happy-dom
// setCleanMode: one attribute, idempotent, and off restores the DOM exactly; the stylesheet the
// manifest declares (put in here as the browser does) acts only under that attribute. Plus the two
// CSS behaviours that are not plain hiding: stock keywords become text, and the mobile "read more
// in the app" fold opens.
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN_ATTR, setCleanMode } from '../../src/clean/clean-mode';
import { buildCleanCss } from '../../src/clean/stylesheet';

// Markup as Sina serves it: F19b (gne-sina-3) for US stocks, bodies/t08 for A-shares.
// The <style> stands in for Sina's own link styling, which clean mode must override.
const STOCK_PARAGRAPH = `<style>#artibody p{color:rgb(51, 51, 51)} a.keyword{color:rgb(0, 0, 255);text-decoration:underline}</style>
<div id="artibody" class="article">
<p>　　<span id="usstock_BLK"><a href="http://stock.finance.sina.com.cn/usstock/quotes/BLK.html" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">贝莱德</a></span><span id="quote_BLK">(<font color="green">431.2</font>, <font color="green">7.37</font>, <font color="green">1.74%</font>)</span>固定收益业务全球首席投资官</p>
<p>　　<span id="stock_sh601988"><a href="https://finance.sina.com.cn/realstock/company/sh601988/nc.shtml" class="keyword" target="_blank">中国银行</a></span><span id="quote_sh601988"></span>保险监督</p>
<p>　　<a id="plain" href="https://finance.sina.com.cn/">ordinary link</a></p>
</div>`;

// The sina.cn doc card (M24, magichtml-3ef3b4e65fab) as folded by the page script: inline height
// on section.s_card.z_c1, #artFoldBox over the cut, the open-in-app button (userscripts #419868, Stay).
const MOBILE_FOLDED = `<main class="page_main"><section class="j_main_art">
<section class="s_card z_c1" style="height: 300px; overflow: hidden;"><article class="art_box">
<h1 class="art_tit_h1">标题</h1>
<section class="art_pic_card art_content"><p class="art_p">第一段</p><p class="art_p" id="last">最后一段</p></section>
</article></section>
<div id="artFoldBox"><a class="look_more_a" href="javascript:void(0)">展开阅读全文</a></div>
</section></main><a class="callApp_fl_btn" href="#">打开新浪新闻</a>`;

const SHEET_ID = 'manifest-clean-css';

/** The page as the extension finds it: the manifest's stylesheet in place, clean mode off. */
function load(html: string): void {
  document.documentElement.removeAttribute(CLEAN_ATTR);
  if (!document.getElementById(SHEET_ID)) {
    const sheet = document.createElement('style');
    sheet.id = SHEET_ID;
    sheet.textContent = buildCleanCss(CLEAN_ATTR);
    document.head.append(sheet);
  }
  document.body.innerHTML = html; // fixed test markup above, not page text
}
const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);

/** The value our stylesheet declares for `prop` on the element, with its priority. */
function declared(sel: string, prop: string): string {
  const el = document.querySelector(sel)!;
  const sheet = (document.getElementById(SHEET_ID) as HTMLStyleElement).sheet!;
  for (const rule of [...sheet.cssRules].reverse()) {
    if (!(rule instanceof CSSStyleRule) || !el.matches(rule.selectorText)) continue;
    const value = rule.style.getPropertyValue(prop);
    if (value) return `${value} ${rule.style.getPropertyPriority(prop)}`.trim();
  }
  return '';
}

afterEach(() => setCleanMode(document, false));

describe('setCleanMode', () => {
  it('puts one attribute on <html> and nothing else, however often it is called', () => {
    load(STOCK_PARAGRAPH);
    const before = document.documentElement.outerHTML;
    setCleanMode(document, true);
    setCleanMode(document, true);
    expect(document.documentElement.getAttribute(CLEAN_ATTR)).toBe('on');
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.removeAttribute(CLEAN_ATTR);
    expect(clone.outerHTML).toBe(before);
    expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true);
  });

  it('scopes every rule under the attribute', () => {
    load(STOCK_PARAGRAPH);
    const css = document.getElementById(SHEET_ID)!.textContent!;
    const selectors = css.split('}').flatMap((b) => b.split('{')[0]!.split(',\n')).map((s) => s.trim()).filter(Boolean);
    expect(selectors.length).toBeGreaterThan(100);
    for (const s of selectors) expect(s.startsWith(`html[${CLEAN_ATTR}] `)).toBe(true);
  });

  it('leaves the serialized DOM exactly as it was after on, off (and off twice)', () => {
    load(STOCK_PARAGRAPH + MOBILE_FOLDED);
    const before = document.documentElement.outerHTML;
    setCleanMode(document, true);
    expect(document.documentElement.outerHTML).not.toBe(before);
    setCleanMode(document, false);
    setCleanMode(document, false);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false);
  });

  it('works before <head> exists (document_start)', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.head.remove();
    setCleanMode(doc, true);
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true);
    setCleanMode(doc, false);
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false);
  });

  it('leaves the page as it was while off: the stylesheet alone hides nothing', () => {
    load(STOCK_PARAGRAPH + MOBILE_FOLDED);
    expect(style('#quote_BLK').display).not.toBe('none');
    expect(style('#artFoldBox').display).not.toBe('none');
  });
});

describe('stock keywords', () => {
  it('turn into plain text: no pointer events, inherited colour, no underline', () => {
    load(STOCK_PARAGRAPH);
    setCleanMode(document, true);
    for (const sel of ['#usstock_BLK > a', '#stock_sh601988 > a']) {
      const s = style(sel);
      expect(s.pointerEvents).toBe('none');
      expect(s.textDecorationLine || s.textDecoration).toMatch(/^none/);
      // happy-dom does not resolve `inherit` in computed colour; read our declaration instead
      // (the browser e2e test checks the rendered colour).
      expect(declared(sel, 'color')).toBe('inherit important');
      expect(s.display).not.toBe('none'); // the company name is part of the sentence
    }
    expect(style('#plain').pointerEvents).not.toBe('none'); // other links stay links
  });

  it('lose their live quote "(431.2, 7.37, 1.74%)"', () => {
    load(STOCK_PARAGRAPH);
    setCleanMode(document, true);
    expect(style('#quote_BLK').display).toBe('none');
    expect(style('#quote_sh601988').display).toBe('none');
  });

  it('are links again when the mode is off', () => {
    load(STOCK_PARAGRAPH);
    setCleanMode(document, true);
    setCleanMode(document, false);
    expect(style('#usstock_BLK > a').pointerEvents).not.toBe('none');
    expect(style('#usstock_BLK > a').color).toBe('rgb(0, 0, 255)');
    expect(style('#quote_BLK').display).not.toBe('none');
  });
});

describe('mobile fold', () => {
  it('unfolds the card: inline height and overflow overridden, fold box and app button hidden', () => {
    load(MOBILE_FOLDED);
    setCleanMode(document, true);
    const card = style('section.s_card.z_c1');
    expect(card.height).toBe('auto');
    expect(card.maxHeight).toBe('none');
    expect(card.overflow).toBe('visible');
    expect(style('#artFoldBox').display).toBe('none');
    expect(style('.callApp_fl_btn').display).toBe('none');
    expect(style('#last').display).not.toBe('none');
  });

  it('leaves the page fold alone when off (the page, not us, owns it then)', () => {
    load(MOBILE_FOLDED);
    setCleanMode(document, true);
    setCleanMode(document, false);
    expect(style('section.s_card.z_c1').height).toBe('300px');
    expect(style('#artFoldBox').display).not.toBe('none');
  });
});
