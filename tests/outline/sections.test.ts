// The section panel on an ordinary corpus article (n06: four bold headings), and when it shows.
import { describe, expect, test, vi } from 'vitest';
import { FEATURES } from '../../src/content/feature-list';
import { sectionOutline } from '../../src/engine/sections';
import { outlinePanel, sectionPanel } from '../../src/outline';
import { hidingOn } from '../../src/outline/hide';
import { HOST_NAME } from '../../src/outline/shell';
import { FLASH_ATTR } from '../../src/outline/scroll';
import { mountSections, stepSection } from '../../src/outline/sections-mount';
import { OPEN_ATTR } from '../../src/outline/styles';
import type { CommandName } from '../../src/platform/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import { FakeObserver, installFakeObserver, key, loadBody, URL_T00, type MountOptions } from './fixture';

const N06 = 'n06-li-chao-cpi-ppi-analysis';
const N01 = 'n01-ai-basketball-referee';

function mount(id = N06, options: MountOptions = {}) {
  const loaded = loadBody(id, options);
  options.before?.(loaded);
  const saved: Array<Partial<Settings>> = [];
  const commands: Array<(c: CommandName) => boolean> = [];
  const listeners: Array<(s: Settings) => void> = [];
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const sections = sectionOutline(loaded.model.body);
  mountSections({
    doc: loaded.doc, model: loaded.model, signal: loaded.controller.signal, uiLanguage: loaded.doc.defaultView!.navigator.language, settings: () => settings,
    saveSettings: async (patch) => void saved.push(patch),
    onSettings: (l) => void listeners.push(l), onCommand: (h) => void commands.push(h),
  }, sections, (work) => work());
  const shadow = loaded.doc.querySelector(HOST_NAME)!.shadowRoot!;
  return {
    ...loaded, sections, saved, shadow,
    $: (s: string) => shadow.querySelector<HTMLElement>(s),
    $$: (s: string) => [...shadow.querySelectorAll<HTMLElement>(s)],
    command: (name: CommandName) => commands.some((h) => h(name)),
    change(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      for (const l of listeners) l(settings);
    },
  };
}

describe('section panel', () => {
  test('the article title, the count, and one numbered row per heading', () => {
    const m = mount();
    expect(m.$('nav')!.getAttribute('aria-label')).toBe('文章目录');
    expect(m.$('h2')!.textContent).toBe(m.model.title);
    expect(m.$('.counts')!.textContent).toBe('4 个小节');
    expect(m.$$('.go').map((b) => b.textContent)).toEqual(m.sections.map((s, i) => `${i + 1}${s.title}`));
    expect(m.$$('.go')[0]!.textContent).toBe('1进入3月以来，新兴市场国家掀起加息浪潮');
    // No transcript controls: no search, no speaker filter, no copy.
    expect(m.$('.search')).toBeNull();
    expect(m.$('.filter')).toBeNull();
    expect(m.doc.documentElement.hasAttribute(OPEN_ATTR)).toBe(true);
  });

  test('a row jumps to its heading: scrolls there, focuses and flashes it, marks the row', () => {
    const m = mount();
    const scrollTo = vi.spyOn(m.win, 'scrollTo');
    const third = m.sections[2]!.el;
    vi.spyOn(third, 'getBoundingClientRect').mockReturnValue({ top: 3000 } as DOMRect);
    m.$$('.go')[2]!.click();
    expect(scrollTo).toHaveBeenCalledWith({ top: 3000 - 12, behavior: 'smooth' });
    expect(m.doc.activeElement).toBe(third);
    expect(third.hasAttribute(FLASH_ATTR)).toBe(true);
    expect(m.$$('.go')[2]!.getAttribute('aria-current')).toBe('location');
  });

  test('j / k and the next/previous commands step through the sections', () => {
    const m = mount();
    const current = () => m.$$('.go').findIndex((b) => b.hasAttribute('aria-current'));
    expect(current()).toBe(-1);
    key(m.doc, 'j');
    expect(current()).toBe(0);
    key(m.doc, 'j');
    key(m.doc, 'j');
    expect(current()).toBe(2);
    key(m.doc, 'k');
    expect(current()).toBe(1);
    expect(m.command('next-question')).toBe(true);
    expect(current()).toBe(2);
    expect(m.command('previous-question')).toBe(true);
    expect(current()).toBe(1);
  });

  test('scroll-spy: the last heading above the reading line is current', () => {
    const m = mount(N06, { before: ({ win }) => installFakeObserver(win) });
    const [lines] = FakeObserver.made;
    const anchors = lines!.targets;
    expect(anchors).toEqual(m.sections.map((s) => s.el));
    lines!.fire([[anchors[0]!, true], [anchors[1]!, true]]);
    expect(m.$$('.go')[1]!.getAttribute('aria-current')).toBe('location');
    lines!.fire([[anchors[1]!, false]]);
    expect(m.$$('.go')[0]!.getAttribute('aria-current')).toBe('location');
  });

  test('folds to its tab (remembered), opens again; the menu hides it here', () => {
    const m = mount();
    m.$('.close')!.click();
    expect(m.saved).toContainEqual({ outlineCollapsed: true });
    expect(m.$('.tab')!.textContent).toBe('文章目录');
    m.$('.tab')!.click();
    m.$('.menu-toggle')!.click();
    m.$('.hide-here')!.click();
    expect(m.saved.at(-1)).toEqual({ hiddenPanels: hidingOn([], URL_T00) });
  });

  test('Esc never folds the side panel; on a phone it closes the sheet, whose Tab stays inside', () => {
    const wide = mount();
    key(wide.$('.panel')!, 'Escape');
    key(wide.doc, 'Escape');
    expect(wide.$('.panel')).not.toBeNull();
    expect(wide.saved).toEqual([]);

    const phone = mount(N06, { width: 400 });
    phone.$('.fab')!.click();
    const sheet = phone.$('.sheet')!;
    const controls = [...sheet.querySelectorAll<HTMLElement>('button')];
    controls.at(-1)!.focus();
    key(sheet, 'Tab');
    expect(phone.shadow.activeElement).toBe(controls[0]);
    key(sheet, 'Escape');
    expect(phone.$('.sheet')).toBeNull();
    expect(phone.$('.fab')).not.toBeNull();
  });

  test('undone completely on abort', () => {
    const m = mount();
    m.$$('.go')[1]!.click();
    m.controller.abort();
    expect(m.doc.querySelector(HOST_NAME)).toBeNull();
    expect(m.doc.documentElement.hasAttribute(OPEN_ATTR)).toBe(false);
    expect(m.doc.querySelector(`[${FLASH_ATTR}]`)).toBeNull();
    expect(m.sections[1]!.el.hasAttribute('tabindex')).toBe(false);
  });

  test('stepSection stops at both ends', () => {
    expect(stepSection(4, 3, 1)).toBe(-1);
    expect(stepSection(4, 0, -1)).toBe(-1);
    expect(stepSection(4, 1, 1)).toBe(2);
  });
});

describe('which panel a page gets', () => {
  test('articles with three headings get sections; transcripts their questions; others nothing', () => {
    expect(FEATURES.map((f) => f.id)).toContain('sections');
    const article = loadBody(N06).model;
    const plain = loadBody(N01).model;
    const transcript = loadBody('t07-wei-jianguo-wto-bjnews-interview').model;
    expect(transcript.transcript).toBe(true);
    expect(sectionPanel.enabled(DEFAULT_SETTINGS, article, URL_T00)).toBe(true);
    expect(sectionPanel.enabled(DEFAULT_SETTINGS, plain, URL_T00)).toBe(false);
    // t07 has three bold headings, but it is a transcript: the questions' outline, not sections.
    expect(sectionPanel.enabled(DEFAULT_SETTINGS, transcript, URL_T00)).toBe(false);
    expect(outlinePanel.enabled(DEFAULT_SETTINGS, transcript, URL_T00)).toBe(true);
    expect(sectionPanel.enabled({ ...DEFAULT_SETTINGS, outlinePanel: false }, article, URL_T00)).toBe(false);
    expect(sectionPanel.enabled({ ...DEFAULT_SETTINGS, hiddenPanels: hidingOn([], URL_T00) }, article, URL_T00)).toBe(false);
  });
});
