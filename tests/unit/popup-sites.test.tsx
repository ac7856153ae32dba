// @vitest-environment happy-dom
// The popup and the other Sina sites: the notice on such a tab, the list in the settings.
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startSiteScripts } from '../../src/background/site-scripts';
import { FakeWorld } from '../../src/platform/fake';
import { Popup } from '../../src/popup/Popup';
import { targetTab } from '../../src/popup/page-state';

const NEWS_URL = 'https://news.sina.com.cn/c/2024-05-20/doc-inawxyzq1234567.shtml';
const NEWS = ['*://news.sina.com.cn/*', '*://news.sina.cn/*'];

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

async function mount(world: FakeWorld) {
  root = document.createElement('div');
  document.body.append(root);
  const platform = world.platform();
  const getTab = () => targetTab(platform, '');
  render(<Popup platform={platform} getTab={getTab} retryDelayMs={1} />, root);
  const el = root;
  await vi.waitFor(() => expect(el.querySelector('.page-state')?.getAttribute('data-state')).not.toBe('loading'));
  await vi.waitFor(() => expect(el.querySelector<HTMLButtonElement>('.sites li button')?.disabled).toBe(false));
  return {
    el,
    text: (selector: string) => el.querySelector(selector)?.textContent ?? null,
    site: (id: string) => el.querySelector<HTMLElement>(`.sites li[data-site="${id}"]`)!,
  };
}

describe('popup: other Sina sites', () => {
  test('on a news.sina.com.cn tab (seen through activeTab): not turned on, and a button that turns it on', async () => {
    const world = new FakeWorld({ activeTab: true });
    world.openTab(NEWS_URL);
    const stop = startSiteScripts(world.platform());
    const popup = await mount(world);
    expect(popup.text('.page-state')).toBe('Sina page: the reader is not turned on for this site');
    expect(popup.text('.site-here p')).toBe('The reader is not turned on for Sina News.');

    popup.el.querySelector<HTMLButtonElement>('.site-here .grant')!.click();
    await vi.waitFor(() => expect(popup.el.querySelector('.site-here')).toBeNull());
    expect(world.permissionRequests).toEqual([NEWS]);
    // Granted: the tab has no content script until it is reloaded; the background registered it.
    await vi.waitFor(() => expect(popup.text('.page-state')).toBe('Sina page: reload it to start reading'));
    await vi.waitFor(() => expect(world.scripts.get('sfr-site-news')?.matches).toEqual(NEWS));
    expect(popup.site('news').dataset.enabled).toBe('true');
    stop();
  });

  test('refused: the notice stays and says so; nothing is registered', async () => {
    const world = new FakeWorld({ activeTab: true, grantOnRequest: false });
    world.openTab(NEWS_URL);
    const popup = await mount(world);
    popup.el.querySelector<HTMLButtonElement>('.site-here .grant')!.click();
    await vi.waitFor(() => expect(popup.text('.site-here .denied')).toBe('Access was not granted.'));
    expect(world.scripts.size).toBe(0);
  });

  test('the settings list every site with its state; turning one off revokes its hosts', async () => {
    const world = new FakeWorld({ origins: NEWS });
    world.openTab('https://example.org/');
    const stop = startSiteScripts(world.platform());
    const popup = await mount(world);
    expect([...popup.el.querySelectorAll<HTMLElement>('.sites li')].map((li) => [li.dataset.site, li.dataset.enabled]))
      .toEqual([['news', 'true'], ['cj', 'false'], ['k', 'false']]);
    expect(popup.text('.sites li[data-site="cj"] .site-hosts')).toBe('cj.sina.com.cn · t.cj.sina.com.cn');
    expect(popup.el.querySelector('.site-here')).toBeNull();
    await vi.waitFor(() => expect(world.scripts.has('sfr-site-news')).toBe(true));

    popup.site('news').querySelector('button')!.click();
    await vi.waitFor(() => expect(popup.site('news').dataset.enabled).toBe('false'));
    expect(world.holds(NEWS[0]) || world.holds(NEWS[1])).toBe(false);
    await vi.waitFor(() => expect(world.scripts.size).toBe(0));

    popup.site('k').querySelector('button')!.click();
    await vi.waitFor(() => expect(popup.site('k').dataset.enabled).toBe('true'));
    expect(world.permissionRequests).toEqual([['*://k.sina.com.cn/*', '*://k.sina.cn/*']]);
    stop();
  });

  test('follows a grant made in the browser’s settings while open', async () => {
    const world = new FakeWorld();
    world.openTab('https://example.org/');
    const popup = await mount(world);
    world.setPermissions(['*://cj.sina.com.cn/*', '*://t.cj.sina.com.cn/*'], true);
    await vi.waitFor(() => expect(popup.site('cj').dataset.enabled).toBe('true'));
  });

  test('an enabled site’s tab is read like a Sina Finance one', async () => {
    const world = new FakeWorld({ origins: NEWS });
    const tab = world.openTab(NEWS_URL);
    world.platform({ tabId: tab.id }).inbox.listen(() => Promise.resolve({
      article: true, transcript: true, questions: 3, speakers: 4, turns: 8, title: 'T', reasons: [], whyNot: [], features: [],
    }));
    const popup = await mount(world);
    expect(popup.text('.page-state')).toBe('transcript: 3 questions');
    expect(popup.el.querySelector('.site-here')).toBeNull();
  });

  test('in Chinese', async () => {
    const world = new FakeWorld({ activeTab: true, locale: 'zh_CN' });
    world.openTab(NEWS_URL);
    const popup = await mount(world);
    expect(popup.text('.site-here p')).toBe('阅读助手尚未在新浪新闻开启。');
    expect(popup.text('#sites-heading')).toBe('其他新浪网站');
    expect(popup.site('k').querySelector('button')!.getAttribute('aria-label')).toBe('在新浪看点开启');
  });
});
