// The panel's menu (issue 16): the reader's look, and hiding the panel here or everywhere.
import { describe, expect, test } from 'vitest';
import { articleKey } from '../../src/content/article-url';
import { hidingOn, panelHiddenOn, showingOn } from '../../src/outline/hide';
import { HIDDEN_PANELS_MAX } from '../../src/settings/schema';
import { mountOn, T00 } from './fixture';

const open = (m: ReturnType<typeof mountOn>) => {
  m.$('.menu-toggle')!.click();
  return m.$('.look-menu');
};

describe('panel menu', () => {
  test('folded at first; the Aa button unfolds the look controls, checked as the settings are', () => {
    const m = mountOn(T00, { settings: { theme: 'sepia', textSize: 20 } });
    expect(m.$('.look-menu')).toBeNull();
    expect(m.$('.menu-toggle')!.getAttribute('aria-expanded')).toBe('false');
    const menu = open(m)!;
    expect(m.$('.menu-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(menu.getAttribute('aria-label')).toBe('阅读设置');
    const checked = [...menu.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);
    expect(checked).toEqual(['panel-theme=sepia', 'panel-textSize=20', 'panel-columnWidth=normal', 'panel-lineSpacing=normal', 'panel-fontFamily=sans']);
    expect([...menu.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['主题', '字号', '栏宽', '行距', '字体']);
  });

  test('a choice is saved (every tab follows) and shown at once; a change from elsewhere shows too', () => {
    const m = mountOn(T00);
    const menu = open(m)!;
    const dark = menu.querySelector<HTMLInputElement>('#panel-theme-dark')!;
    dark.click();
    expect(m.saved).toContainEqual({ theme: 'dark' });
    expect((m.$('#panel-theme-dark') as HTMLInputElement).checked).toBe(true);
    m.changeSettings({ columnWidth: 'wide' });
    expect((m.$('#panel-columnWidth-wide') as HTMLInputElement).checked).toBe(true);
  });

  test('hide here adds this article to the hidden list; hide everywhere turns the panel off', () => {
    const m = mountOn(T00);
    open(m)!.querySelector<HTMLElement>('.hide-here')!.click();
    expect(m.saved).toEqual([{ hiddenPanels: [articleKey(m.doc.URL)] }]);
    expect(m.$('.hide-everywhere')!.textContent).toBe('在所有文章隐藏目录');
    m.$('.hide-everywhere')!.click();
    expect(m.saved[1]).toEqual({ outlinePanel: false });
  });
});

describe('hidden-panel list', () => {
  const A = 'https://finance.sina.com.cn/a/doc-iaaaa.shtml';
  const B = 'https://finance.sina.cn/b/detail-ibbbb.d.html';

  test('keyed by host and path: a query or fragment is the same article', () => {
    const list = hidingOn([], `${A}?from=wx#p2`);
    expect(list).toEqual(['finance.sina.com.cn/a/doc-iaaaa.shtml']);
    expect(panelHiddenOn({ hiddenPanels: list }, A)).toBe(true);
    expect(panelHiddenOn({ hiddenPanels: list }, B)).toBe(false);
    expect(showingOn(hidingOn(list, B), A)).toEqual(['finance.sina.cn/b/detail-ibbbb.d.html']);
  });

  test('no duplicates, the newest last, the oldest dropped beyond the maximum; nonsense URLs add nothing', () => {
    expect(hidingOn(hidingOn(hidingOn([], A), B), A)).toEqual([articleKey(B), articleKey(A)]);
    const full = Array.from({ length: HIDDEN_PANELS_MAX }, (_, i) => `k${i}`);
    const next = hidingOn(full, A);
    expect(next).toHaveLength(HIDDEN_PANELS_MAX);
    expect(next[0]).toBe('k1');
    expect(next.at(-1)).toBe(articleKey(A));
    expect(hidingOn(['x'], 'not a url')).toEqual(['x']);
    expect(panelHiddenOn({ hiddenPanels: [''] }, 'not a url')).toBe(false);
  });
});
