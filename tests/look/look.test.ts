// @vitest-environment happy-dom
// The look feature's attributes on <html> and the page rules that wait for them (issue 16).
import { describe, expect, test } from 'vitest';
import { CLEAN_ATTR } from '../../src/clean/clean-mode';
import { buildPageCss } from '../../src/content/page-css';
import { cleanMode } from '../../src/content/feature-list';
import { LOOK_ATTRS } from '../../src/look/attrs';
import { buildLookCss, COLUMN_WIDTH_PX } from '../../src/look/page-css';
import { THEME_TOKENS } from '../../src/look/themes';
import { COLUMN_WIDTHS, DEFAULT_SETTINGS, TEXT_SIZES, type Settings } from '../../src/settings/schema';
import { PANEL_CSS } from '../../src/outline/styles';
import { PAGE_CSS as TAG_CSS } from '../../src/tags/styles';

function mountLook(initial: Partial<Settings> = {}) {
  const doc = document.implementation.createHTMLDocument('');
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const listeners: Array<(s: Settings) => void> = [];
  const undos: Array<() => void> = [];
  // The look is part of clean mode: mounted and undone with it.
  cleanMode.init({
    doc, model: null as never, signal: new AbortController().signal, onStop: (undo) => void undos.push(undo), uiLanguage: 'zh-CN',
    settings: () => settings, saveSettings: async () => {}, quietly: (edit) => edit(), onSettings: (l) => void listeners.push(l), onCommand: () => {},
  });
  const attrs = () => Object.fromEntries(Object.values(LOOK_ATTRS).map((a) => [a, doc.documentElement.getAttribute(a)]));
  return {
    doc,
    attrs,
    change(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      for (const l of listeners) l(settings);
    },
    stop: () => undos.forEach((undo) => undo()),
  };
}

describe('look attributes', () => {
  test('set from the settings at once, followed live, removed when the feature stops', () => {
    const look = mountLook({ textSize: 20, theme: 'sepia' });
    expect(look.attrs()).toEqual({
      'data-sfr-size': '20', 'data-sfr-width': 'normal', 'data-sfr-spacing': 'normal', 'data-sfr-font': 'sans', 'data-sfr-theme': 'sepia',
    });
    look.change({ columnWidth: 'wide', theme: 'dark' });
    expect(look.attrs()).toMatchObject({ 'data-sfr-width': 'wide', 'data-sfr-theme': 'dark' });
    look.stop();
    expect(Object.values(look.attrs()).every((v) => v === null)).toBe(true);
    expect(look.doc.documentElement.getAttributeNames()).toEqual([]);
  });

  test('with clean mode, from document_start on article URLs; not at all without it', () => {
    const url = 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5768.shtml';
    expect(cleanMode.early?.(DEFAULT_SETTINGS, url)).toBe(true);
    expect(cleanMode.early?.({ ...DEFAULT_SETTINGS, cleanMode: false }, url)).toBe(false);
  });
});

describe('look page rules', () => {
  const css = buildLookCss();

  test('part of the page stylesheet; one rule per size and width', () => {
    expect(buildPageCss()).toContain(css);
    for (const n of TEXT_SIZES) expect(css).toContain(`html[data-sfr-size="${n}"]{--sfr-size:${n}px}`);
    for (const w of COLUMN_WIDTHS) expect(css).toContain(`html[data-sfr-width="${w}"]{--sfr-width:${COLUMN_WIDTH_PX[w]}px}`);
  });

  test('sepia and dark colour the page only in clean mode; system follows prefers-color-scheme', () => {
    const dark = `html[${CLEAN_ATTR}][data-sfr-theme="dark"]`;
    expect(css).toContain(`${dark} body{background:var(--sfr-page)!important`);
    expect(css).toContain(`${dark}{--sfr-page:${THEME_TOKENS.dark.page}`);
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)\{html\[data-sfr-clean\]\[data-sfr-theme="system"\]\{--sfr-page:#16191d/);
    // Every colour rule waits for clean mode too: no theme on Sina's own page.
    const themed = css.split('\n').filter((line) => line.includes('data-sfr-theme'));
    expect(themed.length).toBeGreaterThan(0);
    for (const line of themed) expect(line.replace(/^@media[^{]*\{/, '')).toMatch(/^html\[data-sfr-clean\]\[data-sfr-theme=/);
  });

  test('with the attributes set, the rules act in a document (and not before)', () => {
    const doc = document.implementation.createHTMLDocument('');
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
    const active = () => [...style.sheet!.cssRules].filter((r) => r instanceof CSSStyleRule && doc.querySelector(r.selectorText)).length;
    expect(active()).toBe(0);
    doc.documentElement.setAttribute(CLEAN_ATTR, 'on');
    doc.documentElement.setAttribute('data-sfr-theme', 'dark');
    doc.documentElement.setAttribute('data-sfr-size', '22');
    expect(active()).toBeGreaterThan(2);
  });

  test("the panel and the tags take their colours from the theme, not the system's", () => {
    for (const sheet of [PANEL_CSS, TAG_CSS]) {
      expect(sheet).not.toContain('prefers-color-scheme');
      expect(sheet).toContain('var(--sfr-');
    }
    expect(TAG_CSS).toContain(`background:var(--sfr-tip-bg,${THEME_TOKENS.light.tipBg})`);
  });
});
