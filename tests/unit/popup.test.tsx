// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeWorld } from '../../src/platform/fake';
import type { PageState } from '../../src/platform/messages';
import { Popup } from '../../src/popup/Popup';
import { targetTab } from '../../src/popup/page-state';

const SINA = 'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml';

const state = (over: Partial<PageState> = {}): PageState => ({
  article: true, transcript: true, questions: 10, speakers: 14, turns: 30, title: 'T', reasons: [], whyNot: [],
  features: ['clean-mode'], ...over,
});

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

/** Renders the popup for the world's active tab (or tab `?tab=ID`) and waits for its state. */
async function mount(world: FakeWorld, search = '', platform = world.platform()) {
  root = document.createElement('div');
  document.body.append(root);
  const getTab = () => targetTab(platform, search);
  render(<Popup platform={platform} getTab={getTab} retryDelayMs={1} />, root);
  const el = root;
  await vi.waitFor(() => expect(el.querySelector('.page-state')?.getAttribute('data-state')).not.toBe('loading'));
  await vi.waitFor(() => expect(el.querySelector<HTMLInputElement>('#setting-cleanMode')?.disabled).toBe(false));
  return {
    el,
    text: (selector: string) => el.querySelector(selector)?.textContent ?? null,
    input: (name: string) => el.querySelector<HTMLInputElement>(`#setting-${name}`)!,
  };
}

/** A Sina tab whose content script answers `sfr:get-state` with `page`. */
function sinaTab(world: FakeWorld, page: PageState, url = SINA) {
  const tab = world.openTab(url);
  world.platform({ tabId: tab.id }).inbox.listen((m: any) => (m?.type === 'sfr:get-state' ? Promise.resolve(page) : undefined));
  return tab;
}

describe('popup: the current tab', () => {
  test('a transcript: its question count', async () => {
    const world = new FakeWorld();
    sinaTab(world, state({ questions: 10 }));
    const popup = await mount(world);
    expect(popup.text('.page-state')).toBe('transcript: 10 questions');
    expect(popup.text('h1')).toBe('Sina Finance Reader');
    expect(popup.el.querySelector('.access')).toBeNull();
  });

  test('one question is singular', async () => {
    const world = new FakeWorld();
    sinaTab(world, state({ questions: 1 }));
    expect((await mount(world)).text('.page-state')).toBe('transcript: 1 question');
  });

  test('not a transcript, with the engine’s reasons in the popup’s words; unknown codes left out', async () => {
    const world = new FakeWorld();
    const whyNot = ['few-answers', '<b>x</b>', 'toString', 'no-recurrence'] as PageState['whyNot'];
    sinaTab(world, state({ transcript: false, questions: 0, reasons: ['English detail'], whyNot }));
    const popup = await mount(world);
    expect(popup.text('.page-state')).toBe('not a transcript');
    expect([...popup.el.querySelectorAll('.reasons li')].map((li) => li.textContent)).toEqual([
      'fewer than two questions are answered',
      'speakers do not take turns: quotes or a compilation, not a conversation',
    ]);
    expect(popup.el.querySelector('.reasons b')).toBeNull();
  });

  test('another site: not asked (asking runs a script in the tab)', async () => {
    const world = new FakeWorld({ activeTab: true });
    const tab = world.openTab('https://example.org/');
    world.platform({ tabId: tab.id }).inbox.listen(() => Promise.resolve(state()));
    expect((await mount(world)).text('.page-state')).toBe('not a Sina Finance page');
    expect(world.sent).toEqual([]);
  });

  test('a Sina Finance tab without the content script asks for a reload', async () => {
    const world = new FakeWorld();
    world.openTab(SINA);
    expect((await mount(world)).text('.page-state')).toBe('Sina Finance page: reload it to start reading');
  });

  test('?tab=ID reports on that tab, not the active one', async () => {
    const world = new FakeWorld();
    const tab = sinaTab(world, state({ questions: 7 }));
    world.openTab('https://example.org/');
    expect((await mount(world, `?tab=${tab.id}`)).text('.page-state')).toBe('transcript: 7 questions');
  });

  test('in Chinese', async () => {
    const world = new FakeWorld({ locale: 'zh_CN' });
    sinaTab(world, state({ questions: 10 }));
    const popup = await mount(world);
    expect(popup.text('.page-state')).toBe('实录：10 个问题');
    expect(popup.text('h1')).toBe('新浪财经阅读助手');
    expect(popup.text('label[for="setting-cleanMode"] .switch-label')).toBe('清爽阅读模式');
  });

  test('in Chinese, why a page is not a transcript', async () => {
    const world = new FakeWorld({ locale: 'zh_CN' });
    sinaTab(world, state({ transcript: false, questions: 0, whyNot: ['no-labels'] }));
    const popup = await mount(world);
    expect(popup.text('.page-state')).toBe('不是实录');
    expect(popup.text('.reasons li')).toBe('正文中没有说话人标签（如“记者：”或人名加冒号）');
  });
});

describe('popup: host access', () => {
  test('missing access: says so and a button requests it; granted, the tab is asked again', async () => {
    const world = new FakeWorld({ granted: false });
    world.openTab(SINA);
    const popup = await mount(world);
    expect(popup.text('.access p')).toBe(
      'The extension has no access to finance.sina.com.cn and finance.sina.cn, so it cannot work on their pages.',
    );
    expect(popup.text('.page-state')).toBe("can't read this page: access not granted");

    popup.el.querySelector<HTMLButtonElement>('.access .grant')!.click();
    expect(world.permissionRequests).toEqual([['*://finance.sina.com.cn/*', '*://finance.sina.cn/*']]);
    await vi.waitFor(() => expect(popup.el.querySelector('.access')).toBeNull());
    // Now the URL is visible: a Sina page that needs a reload for the script to start.
    await vi.waitFor(() => expect(popup.text('.page-state')).toBe('Sina Finance page: reload it to start reading'));
  });

  test('refused: explains where to grant it by hand', async () => {
    const world = new FakeWorld({ granted: false, grantOnRequest: false });
    world.openTab(SINA);
    const popup = await mount(world);
    popup.el.querySelector<HTMLButtonElement>('.access .grant')!.click();
    await vi.waitFor(() => expect(popup.text('.access .denied')).toContain('Access was not granted'));
  });
});

describe('popup: switches', () => {
  test('show the stored settings and write changes to storage', async () => {
    const world = new FakeWorld({ storage: { speakerTags: false } });
    sinaTab(world, state());
    const popup = await mount(world);
    expect(popup.input('cleanMode').checked).toBe(true);
    expect(popup.input('outlinePanel').checked).toBe(true);
    expect(popup.input('speakerTags').checked).toBe(false);
    expect(popup.input('cleanMode').getAttribute('role')).toBe('switch');

    popup.input('cleanMode').click();
    await vi.waitFor(() => expect(world.storage.get('cleanMode')).toBe(false));
    expect(popup.input('cleanMode').checked).toBe(false);
    expect(world.storage.get('schemaVersion')).toBe(1);
  });

  test('a write that fails puts the switch back to what is stored', async () => {
    const world = new FakeWorld();
    sinaTab(world, state());
    const platform = world.platform();
    const failing = { ...platform, storage: { ...platform.storage, set: () => Promise.reject(new Error('quota')) } };
    const popup = await mount(world, '', failing);
    popup.input('speakerTags').click();
    await vi.waitFor(() => expect(popup.input('speakerTags').checked).toBe(true));
    expect(world.storage.has('speakerTags')).toBe(false);
  });

  test('follow changes made elsewhere (a keyboard command) while open', async () => {
    const world = new FakeWorld();
    sinaTab(world, state());
    const popup = await mount(world);
    await world.platform({ tabId: 99 }).storage.set({ outlinePanel: false });
    await vi.waitFor(() => expect(popup.input('outlinePanel').checked).toBe(false));
  });

  test('each switch has a label and a description', async () => {
    const world = new FakeWorld();
    const popup = await mount(world);
    for (const name of ['cleanMode', 'outlinePanel', 'speakerTags']) {
      const input = popup.input(name);
      expect(popup.el.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
      expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBeTruthy();
    }
  });
});

describe('popup: shortcuts', () => {
  test('listed in the product’s order, a removed one shown as not set', async () => {
    const world = new FakeWorld();
    world.commands = [
      { name: 'next-question', shortcut: 'Alt+Shift+J' },
      { name: 'toggle-clean-mode', shortcut: '' },
      { name: 'previous-question', shortcut: 'Alt+Shift+K' },
      { name: 'toggle-outline', shortcut: 'Alt+Shift+O' },
    ];
    const popup = await mount(world);
    await vi.waitFor(() => expect(popup.el.querySelectorAll('.shortcuts dl > div')).toHaveLength(4));
    const rows = [...popup.el.querySelectorAll('.shortcuts dl > div')].map((row) => row.textContent);
    expect(rows).toEqual([
      'Toggle clean reading modenot set',
      'Show or hide the outlineAlt+Shift+O',
      'Next questionAlt+Shift+J',
      'Previous questionAlt+Shift+K',
    ]);
    popup.el.querySelector<HTMLButtonElement>('.shortcuts .link')!.click();
    expect(world.shortcutSettingsOpened).toBe(1);
  });
});
