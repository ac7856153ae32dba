// @vitest-environment happy-dom
// The popup's reading settings and its way back for a panel hidden on one article (issue 16).
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { articleKey } from '../../src/content/article-url';
import { FakeWorld } from '../../src/platform/fake';
import type { PageState } from '../../src/platform/messages';
import { Popup } from '../../src/popup/Popup';
import { targetTab } from '../../src/popup/page-state';

const SINA = 'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml';
const PAGE: PageState = {
  article: true, transcript: false, questions: 0, speakers: 0, turns: 0, title: 'T', reasons: [], whyNot: [], features: [],
};

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

async function mount(world: FakeWorld) {
  const tab = world.openTab(SINA);
  world.platform({ tabId: tab.id }).inbox.listen((m: any) => (m?.type === 'sfr:get-state' ? Promise.resolve(PAGE) : undefined));
  const platform = world.platform();
  root = document.createElement('div');
  document.body.append(root);
  render(<Popup platform={platform} getTab={() => targetTab(platform, '')} retryDelayMs={1} />, root);
  const el = root;
  await vi.waitFor(() => expect(el.querySelector<HTMLInputElement>('#popup-theme-system')?.disabled).toBe(false));
  return el;
}

describe('popup: reading settings', () => {
  test('shows the stored look checked, in the browser language', async () => {
    const world = new FakeWorld({ storage: { theme: 'dark', textSize: 24, fontFamily: 'serif' } });
    const el = await mount(world);
    const checked = [...el.querySelectorAll<HTMLInputElement>('.look input:checked')].map((i) => i.id);
    expect(checked).toEqual(['popup-theme-dark', 'popup-textSize-24', 'popup-columnWidth-normal', 'popup-lineSpacing-normal', 'popup-fontFamily-serif']);
    expect(el.querySelector('#reading-heading')!.textContent).toBe('Appearance');
    expect(el.querySelector('#popup-textSize-24')!.getAttribute('aria-label')).toBe('24 pixels');
  });

  test('a choice is stored at once (every tab hears of it)', async () => {
    const world = new FakeWorld();
    const el = await mount(world);
    el.querySelector<HTMLInputElement>('#popup-columnWidth-wide')!.click();
    el.querySelector<HTMLInputElement>('#popup-lineSpacing-compact')!.click();
    await vi.waitFor(() => expect(world.storage.get('lineSpacing')).toBe('compact'));
    expect(world.storage.get('columnWidth')).toBe('wide');
    expect(el.querySelector<HTMLInputElement>('#popup-columnWidth-wide')!.checked).toBe(true);
  });

  test('on an article whose panel was hidden: a notice, and Show takes it off the list', async () => {
    const world = new FakeWorld({ storage: { hiddenPanels: ['other/x', articleKey(SINA)] } });
    const el = await mount(world);
    await vi.waitFor(() => expect(el.querySelector('.hidden-here')).not.toBeNull());
    el.querySelector<HTMLElement>('.show-here')!.click();
    await vi.waitFor(() => expect(world.storage.get('hiddenPanels')).toEqual(['other/x']));
    await vi.waitFor(() => expect(el.querySelector('.hidden-here')).toBeNull());
  });

  test('no notice where the panel is not hidden', async () => {
    const el = await mount(new FakeWorld({ storage: { hiddenPanels: ['other/x'] } }));
    expect(el.querySelector('.hidden-here')).toBeNull();
  });
});
