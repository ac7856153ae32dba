import { describe, expect, test, vi } from 'vitest';
import { createRouter, startBackground } from '../../src/background/router';
import { FakeWorld } from '../../src/platform/fake';

/** A tab with a content script that records what it receives and answers `answer`. */
function sinaTab(world: FakeWorld, answer: unknown = true) {
  const tab = world.openTab('https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml');
  const received: unknown[] = [];
  world.platform({ tabId: tab.id }).inbox.listen((message) => {
    received.push(message);
    return Promise.resolve(answer);
  });
  return { tab, received };
}

describe('background routing', () => {
  test('each manifest command goes to the active tab as an sfr:command message', async () => {
    const world = new FakeWorld();
    const stop = startBackground(world.platform());
    const other = sinaTab(world);
    const active = sinaTab(world);
    for (const command of ['toggle-clean-mode', 'toggle-outline', 'next-question', 'previous-question']) {
      world.pressCommand(command);
    }
    await vi.waitFor(() => expect(active.received).toHaveLength(4));
    expect(active.received).toEqual([
      { type: 'sfr:command', command: 'toggle-clean-mode' },
      { type: 'sfr:command', command: 'toggle-outline' },
      { type: 'sfr:command', command: 'next-question' },
      { type: 'sfr:command', command: 'previous-question' },
    ]);
    expect(other.received).toEqual([]);
    stop();
  });

  test('unknown commands are not forwarded', async () => {
    const world = new FakeWorld();
    const { received } = sinaTab(world);
    expect(await createRouter(world.platform()).onCommand('_execute_action')).toBeUndefined();
    expect(received).toEqual([]);
  });

  test('a tab without a content script, or no tab at all, is not an error', async () => {
    const world = new FakeWorld();
    const router = createRouter(world.platform());
    expect(await router.onCommand('next-question')).toBeUndefined();
    world.openTab('https://example.org/');
    expect(await router.onCommand('next-question')).toBeUndefined();
  });

  test('commands reach only tabs where a reader can run: nothing is run in any other tab', async () => {
    // The shortcut's activeTab shows any tab's URL; delivering would run a script there.
    const world = new FakeWorld({ activeTab: true, origins: ['*://news.sina.com.cn/*'] });
    const router = createRouter(world.platform());
    const foreign = world.openTab('https://example.org/');
    world.platform({ tabId: foreign.id }).inbox.listen(() => Promise.resolve('answered'));
    expect(await router.onCommand('next-question')).toBeUndefined();
    expect(world.sent).toEqual([]);
    const news = world.openTab('https://news.sina.com.cn/c/2025-03-12/doc-inesxyz1234567.shtml');
    world.platform({ tabId: news.id }).inbox.listen(() => Promise.resolve('news reader'));
    expect(await router.onCommand('next-question')).toBe('news reader');
    expect(world.sent.map((s) => s.tabId)).toEqual([news.id]);
  });

  test('sfr:to-active-tab messages are forwarded and answered', async () => {
    const world = new FakeWorld();
    startBackground(world.platform());
    const { received } = sinaTab(world, { transcript: true });
    const popup = world.platform();
    const answer = await popup.runtime.send({ type: 'sfr:to-active-tab', message: { type: 'sfr:get-state' } });
    expect(answer).toEqual({ transcript: true });
    expect(received).toEqual([{ type: 'sfr:get-state' }]);
  });

  test('other messages are left for other listeners', () => {
    const world = new FakeWorld();
    const router = createRouter(world.platform());
    for (const message of [null, 'x', { type: 'sfr:to-active-tab' }, { type: 'sfr:to-active-tab', message: { type: 'sfr:command', command: 'rm -rf' } }]) {
      expect(router.onMessage(message)).toBeUndefined();
    }
  });

  test('stopping removes the listeners', async () => {
    const world = new FakeWorld();
    const stop = startBackground(world.platform());
    const { received } = sinaTab(world);
    stop();
    world.pressCommand('next-question');
    await world.settle();
    expect(received).toEqual([]);
  });
});

describe('context menu', () => {
  test('one 复制为引文 item for selections on Sina Finance pages; a click sends copy-quote to that tab', async () => {
    const world = new FakeWorld({ locale: 'zh_CN' });
    const stop = startBackground(world.platform());
    await vi.waitFor(() => expect(world.menuItems).toHaveLength(1));
    expect(world.menuItems[0]).toEqual({
      id: 'copy-quote', title: '复制为引文', contexts: ['selection'],
      documentUrlPatterns: ['*://finance.sina.com.cn/*', '*://finance.sina.cn/*'],
    });
    const clicked = sinaTab(world);
    const active = sinaTab(world);
    world.clickMenu('copy-quote', clicked.tab.id);
    world.clickMenu('something-else', clicked.tab.id);
    await vi.waitFor(() => expect(clicked.received).toHaveLength(1));
    expect(clicked.received[0]).toEqual({ type: 'sfr:command', command: 'copy-quote' });
    expect(active.received).toEqual([]);
    stop();
  });
});

describe('the UI bundle (issue 18)', () => {
  test('a content script asking for it gets the UI bundle injected into its own tab and frame', async () => {
    const world = new FakeWorld();
    startBackground(world.platform());
    const other = world.openTab('https://finance.sina.com.cn/roll/index.d.html');
    const { tab } = sinaTab(world);
    expect(await world.platform({ tabId: tab.id }).runtime.send({ type: 'sfr:load-ui' })).toBe(true);
    expect(world.injected).toEqual([{ tabId: tab.id, frameId: 0, files: ['ui.js'] }]);
    expect(world.injected.some((i) => i.tabId === other.id)).toBe(false);
  });

  test('asked by an extension page (no tab), or the tab gone: nothing injected, answered false', async () => {
    const world = new FakeWorld();
    const router = createRouter(world.platform());
    expect(await router.onMessage({ type: 'sfr:load-ui' }, {})).toBe(false);
    expect(world.injected).toEqual([]);
    expect(await router.onMessage({ type: 'sfr:load-ui' }, { tabId: 99, frameId: 0 })).toBe(false);
  });
});
