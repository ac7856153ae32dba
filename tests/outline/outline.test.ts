// The outline panel mounted on a corpus transcript (t00, a State Council press conference).
import { describe, expect, test, vi } from 'vitest';
import { FEATURES } from '../../src/content/feature-list';
import { publishTimings } from '../../src/content/perf';
import { outlinePanel } from '../../src/outline';
import { mountOutline } from '../../src/outline/mount';
import { HOST_NAME } from '../../src/outline/shell';
import { FLASH_ATTR } from '../../src/outline/scroll';
import { OPEN_ATTR } from '../../src/outline/styles';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { FakeObserver, installFakeObserver, key, loadBody, mountOn, rowTexts, T00 } from './fixture';
import { hidingOn } from '../../src/outline/hide';

const URL = 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5768.shtml';

const anchorOf = (m: ReturnType<typeof mountOn>, turn: number) => {
  const t = m.model.turns[turn]!;
  return t.elements.find((el) => !t.labelElements.includes(el))!;
};

describe('outline panel', () => {
  test('title, counts, then opening, numbered questions with outlet, gist and answerers, closing', () => {
    const m = mountOn(T00);
    const nav = m.$('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('实录目录');
    expect(m.$('h2')!.textContent).toBe(m.model.title);
    expect(m.$('.counts')!.textContent).toBe('10 个问题 · 14 人发言');
    const rows = rowTexts(m);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe('开场寿小丽、田玉龙');
    expect(rows[11]).toBe('结束寿小丽');
    const q5 = m.$$('.go')[5]!;
    expect(q5.querySelector('.num')!.textContent).toBe('5');
    expect(q5.querySelector('.who')!.textContent).toBe('封面新闻');
    expect(q5.querySelector('.gist')!.textContent).toMatch(/^对此工信部如何看待？/);
    expect(q5.querySelector('.ans')!.textContent).toBe('答：田玉龙');
    expect(m.$$('.go')[2]!.querySelector('.ans')!.textContent).toBe('答：黄利斌');
  });

  test('English panel for an English browser', () => {
    const m = mountOn(T00, { language: 'en-US' });
    expect(m.$('nav')!.getAttribute('aria-label')).toBe('Transcript outline');
    expect(m.$('.counts')!.textContent).toBe('10 questions · 14 speakers');
    expect(m.$$('.go')[1]!.querySelector('.ans')!.textContent).toBe('Answered by: 田玉龙');
  });

  test('the panel speaks the extension\'s UI language, not the page\'s navigator.language', () => {
    expect(mountOn(T00, { language: 'zh-CN', uiLanguage: 'en-US' }).$('.counts')!.textContent).toBe('10 questions · 14 speakers');
    const zh = mountOn(T00, { language: 'en-US', uiLanguage: 'zh-CN' });
    expect(zh.$('.counts')!.textContent).toBe('10 个问题 · 14 人发言');
    // …and says which, for screen readers.
    expect(zh.$('.root')?.getAttribute('lang') ?? zh.shadow.querySelector('.root')!.getAttribute('lang')).toBe('zh-CN');
  });

  test('clicking an item scrolls to its turn, focuses it for screen readers and flashes it', () => {
    const m = mountOn(T00);
    const scrollTo = vi.spyOn(m.win, 'scrollTo');
    vi.spyOn(anchorOf(m, m.model.questions[4]!.turn), 'getBoundingClientRect').mockReturnValue({ top: 5000 } as DOMRect);
    m.$$('.go')[5]!.click();
    const anchor = anchorOf(m, m.model.questions[4]!.turn);
    expect(scrollTo).toHaveBeenCalledWith({ top: 5000 - 12, behavior: 'smooth' });
    expect(m.doc.activeElement).toBe(anchor);
    expect(anchor.getAttribute('tabindex')).toBe('-1');
    expect(anchor.hasAttribute(FLASH_ATTR)).toBe(true);
    expect(m.$$('.go')[5]!.getAttribute('aria-current')).toBe('location');
    expect(m.$$('[aria-current]')).toHaveLength(1);
    // Focus leaving the paragraph takes our tabindex with it.
    (anchor as HTMLElement).blur();
    expect(anchor.hasAttribute('tabindex')).toBe(false);
  });

  test('scroll-spy: the last item above the reading line is current; the last item at the bottom', () => {
    const m = mountOn(T00, { before: ({ win }) => installFakeObserver(win) });
    const [lines, end] = FakeObserver.made;
    expect(lines!.options.rootMargin).toMatch(/^1000000px 0px -\d+px 0px$/);
    const anchors = lines!.targets;
    expect(anchors).toHaveLength(12);
    lines!.fire([[anchors[0]!, true], [anchors[1]!, true], [anchors[2]!, true]]);
    expect(m.$$('.go')[2]!.getAttribute('aria-current')).toBe('location');
    lines!.fire([[anchors[2]!, false]]);
    expect(m.$$('.go')[1]!.getAttribute('aria-current')).toBe('location');
    // The transcript's end in view and the page scrolled to its bottom: the closing is current.
    Object.defineProperty(m.doc.documentElement, 'scrollHeight', { value: 0, configurable: true });
    vi.spyOn(m.win, 'requestAnimationFrame').mockImplementation((fn) => (fn(0), 1));
    end!.fire([[end!.targets[0]!, true]]);
    expect(m.$$('.go')[11]!.getAttribute('aria-current')).toBe('location');
  });

  test('collapses to a slim tab, remembers it, and opens again', () => {
    const m = mountOn(T00);
    expect(m.doc.documentElement.hasAttribute(OPEN_ATTR)).toBe(true);
    m.$('.close')!.click();
    expect(m.$('nav')).toBeNull();
    const tab = m.$('.tab')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(m.shadow.activeElement).toBe(tab);
    expect(m.saved).toEqual([{ outlineCollapsed: true }]);
    expect(m.doc.documentElement.hasAttribute(OPEN_ATTR)).toBe(false);
    tab.click();
    expect(m.$('nav')).not.toBeNull();
    expect(m.shadow.activeElement).toBe(m.$('.panel'));
    expect(m.$('.panel')!.getAttribute('tabindex')).toBe('-1');
    expect(m.saved).toEqual([{ outlineCollapsed: true }, { outlineCollapsed: false }]);
  });

  test('starts folded when it was folded before, and follows the setting from other tabs', () => {
    const m = mountOn(T00, { settings: { outlineCollapsed: true } });
    expect(m.$('.tab')).not.toBeNull();
    m.changeSettings({ outlineCollapsed: false });
    expect(m.$('nav')).not.toBeNull();
    expect(m.saved).toEqual([]);
  });

  test('the toggle-outline command focuses an open panel, then folds and unfolds; the question commands navigate', () => {
    const m = mountOn(T00);
    // Open but not focused: the command brings focus to it rather than folding it.
    expect(m.command('toggle-outline')).toBe(true);
    expect(m.$('nav')).not.toBeNull();
    expect(m.shadow.activeElement).toBe(m.$('.panel'));
    expect(m.command('toggle-outline')).toBe(true);
    expect(m.$('.tab')).not.toBeNull();
    expect(m.command('toggle-outline')).toBe(true);
    expect(m.shadow.activeElement).toBe(m.$('.panel'));
    expect(m.command('next-question')).toBe(true);
    expect(m.$$('.go')[1]!.getAttribute('aria-current')).toBe('location');
    expect(m.command('next-question')).toBe(true);
    expect(m.command('previous-question')).toBe(true);
    expect(m.$$('.go')[1]!.getAttribute('aria-current')).toBe('location');
    expect(m.command('toggle-clean-mode')).toBe(false);
  });

  test('narrow screens: a button opens a bottom sheet, Esc closes it', () => {
    const m = mountOn(T00, { width: 600 });
    expect(m.$('nav')).toBeNull();
    m.$('.fab')!.click();
    const sheet = m.$('[role=dialog]')!;
    expect(sheet.getAttribute('aria-modal')).toBe('true');
    expect(sheet.querySelector('nav')).not.toBeNull();
    expect(m.doc.documentElement.hasAttribute(OPEN_ATTR)).toBe(false);
    // Focus went to the sheet itself (not the search field: no phone keyboard popping up).
    expect(m.shadow.activeElement).toBe(sheet);
    // A modal sheet keeps Tab inside: from the last control to the first, and back.
    const controls = [...sheet.querySelectorAll<HTMLElement>('button:not(:disabled), input')];
    const [first, last] = [controls[0]!, controls[controls.length - 1]!];
    expect(key(sheet, 'Tab', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(m.shadow.activeElement).toBe(last);
    expect(key(last, 'Tab').defaultPrevented).toBe(true);
    expect(m.shadow.activeElement).toBe(first);
    expect(key(first, 'Tab').defaultPrevented).toBe(false); // the browser moves on inside the sheet
    expect(key(first, 'Tab', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(m.shadow.activeElement).toBe(last);
    key(sheet, 'Escape');
    expect(m.$('[role=dialog]')).toBeNull();
    expect(m.shadow.activeElement).toBe(m.$('.fab'));
    // Folding on the phone is not remembered for the desktop.
    expect(m.saved).toEqual([]);
    // Choosing an item closes the sheet.
    m.$('.fab')!.click();
    m.$$('.go')[3]!.click();
    expect(m.$('[role=dialog]')).toBeNull();
  });

  test('undone before its first render (at idle time), it never renders', async () => {
    const { doc, win, model, controller } = loadBody(T00);
    installFakeObserver(win);
    // Steps reach the timeline when published (src/content/perf.ts): the earlier tests' first.
    publishTimings();
    performance.clearMeasures('sfr:outline:render');
    const renders = () => (publishTimings(), performance.getEntriesByName('sfr:outline:render').length);
    const ctx = {
      doc, model, signal: controller.signal, uiLanguage: 'zh-CN', settings: () => DEFAULT_SETTINGS, saveSettings: async () => {},
      onSettings: () => {}, onCommand: () => {},
    };
    mountOutline(ctx);
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(renders()).toBe(0);
    expect(doc.querySelector(HOST_NAME)).toBeNull();
    // The same mount left alone renders once the page is idle.
    const other = loadBody(T00);
    installFakeObserver(other.win);
    mountOutline({ ...ctx, doc: other.doc, model: other.model, signal: other.controller.signal });
    await vi.waitFor(() => expect(renders()).toBe(1));
  });

  test('lives in a shadow root outside <body>; aborting removes every trace', () => {
    const loaded = loadBody(T00);
    const html = loaded.doc.documentElement.outerHTML;
    const m = mountOn(T00);
    expect(m.doc.querySelector(HOST_NAME)!.parentNode).toBe(m.doc.documentElement);
    expect(m.doc.body.querySelector(HOST_NAME)).toBeNull();
    // Its page rules are the manifest's page stylesheet's: no <style> of ours in the page.
    expect(m.doc.querySelectorAll('style')).toHaveLength(loaded.doc.querySelectorAll('style').length);
    m.$$('.go')[4]!.click();
    m.controller.abort();
    expect(m.doc.documentElement.outerHTML).toBe(html);
  });

  test('page text reaches the panel as text, never as HTML', () => {
    const m = mountOn(T00, {
      before: ({ model }) => {
        model.title = '<img src=x onerror=alert(1)>标题';
        model.speakers[2]!.outlet = '<b>央视</b>';
      },
    });
    expect(m.$('h2')!.textContent).toBe('<img src=x onerror=alert(1)>标题');
    expect(m.$$('.go')[1]!.querySelector('.who')!.textContent).toBe('<b>央视</b>');
    expect(m.shadow.querySelector('img, b')).toBeNull();
  });

  test('mounted by the content script on transcripts only, and undone with its setting', () => {
    expect(FEATURES.map((f) => f.id)).toEqual(['clean-mode', 'speaker-tags', 'print', 'outline', 'sections', 'copy']);
    const { model } = loadBody(T00);
    expect(outlinePanel.enabled(DEFAULT_SETTINGS, model, URL)).toBe(true);
    expect(outlinePanel.enabled({ ...DEFAULT_SETTINGS, outlinePanel: false }, model, URL)).toBe(false);
    // Hidden on this article from the panel's menu; other articles keep it.
    const hidden = { ...DEFAULT_SETTINGS, hiddenPanels: hidingOn([], `${URL}?from=share#p3`) };
    expect(outlinePanel.enabled(hidden, model, URL)).toBe(false);
    expect(outlinePanel.enabled(hidden, model, URL.replace('ikqciyzk5768', 'ikqciyzk0000'))).toBe(true);
    expect(outlinePanel.enabled(DEFAULT_SETTINGS, loadBody('n03-mfa-hua-chunying-press-conf-report').model, URL)).toBe(false);
  });
});

describe('clean-reading switch in the panel', () => {
  test('shows the setting, saves the flip for every tab and follows changes made elsewhere', () => {
    const m = mountOn(T00, { settings: { cleanMode: true } });
    const button = () => m.$('button.clean')!;
    expect(button().getAttribute('aria-pressed')).toBe('true');
    button().click();
    expect(m.saved).toContainEqual({ cleanMode: false });
    m.changeSettings({ cleanMode: false });
    expect(button().getAttribute('aria-pressed')).toBe('false');
    m.changeSettings({ cleanMode: true });
    expect(button().getAttribute('aria-pressed')).toBe('true');
  });
});
