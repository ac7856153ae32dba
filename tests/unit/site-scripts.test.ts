// The reader on the other Sina sites: what the background registers for each grant (fake browser).
import { describe, expect, test, vi } from 'vitest';
import { startSiteScripts, syncSiteScripts } from '../../src/background/site-scripts';
import { FakeWorld } from '../../src/platform/fake';

const NEWS = ['*://news.sina.com.cn/*', '*://news.sina.cn/*'];
const K = ['*://k.sina.com.cn/*', '*://k.sina.cn/*'];
const FILES = { js: ['assets/index.ts-abc123.js'], css: ['page.css'] };

describe('site scripts', () => {
  test('nothing is registered by default', async () => {
    const world = new FakeWorld();
    await syncSiteScripts(world.platform());
    expect([...world.scripts.values()]).toEqual([]);
  });

  test('a granted site gets the manifest’s content script and page stylesheet on its hosts', async () => {
    const world = new FakeWorld();
    const stop = startSiteScripts(world.platform());
    await world.platform().permissions.request(NEWS);
    await vi.waitFor(() => expect(world.scripts.size).toBe(1));
    expect(world.scripts.get('sfr-site-news')).toEqual({ id: 'sfr-site-news', matches: NEWS, ...FILES });
    stop();
  });

  test('revoking unregisters; other sites stay', async () => {
    const world = new FakeWorld({ origins: [...NEWS, ...K] });
    const stop = startSiteScripts(world.platform());
    await vi.waitFor(() => expect([...world.scripts.keys()].sort()).toEqual(['sfr-site-k', 'sfr-site-news']));
    await world.platform().permissions.remove(NEWS);
    await vi.waitFor(() => expect([...world.scripts.keys()]).toEqual(['sfr-site-k']));
    stop();
  });

  test('a host taken away in the browser’s settings leaves the site’s other host registered', async () => {
    const world = new FakeWorld({ origins: NEWS });
    const stop = startSiteScripts(world.platform());
    await vi.waitFor(() => expect(world.scripts.get('sfr-site-news')?.matches).toEqual(NEWS));
    world.setPermissions(['*://news.sina.cn/*'], false);
    await vi.waitFor(() => expect(world.scripts.get('sfr-site-news')?.matches).toEqual(['*://news.sina.com.cn/*']));
    stop();
  });

  test('an update that renames the built script re-registers with the new files; an unchanged start touches nothing', async () => {
    const world = new FakeWorld({ origins: NEWS });
    await syncSiteScripts(world.platform());
    const before = world.scripts.get('sfr-site-news')!;
    // As Chromium lists it: matches sorted.
    before.matches.sort();
    await syncSiteScripts(world.platform());
    expect(world.scripts.get('sfr-site-news')).toBe(before);

    world.contentScriptFiles = { js: ['assets/index.ts-def456.js'], css: ['page.css'] };
    await syncSiteScripts(world.platform());
    expect(world.scripts.get('sfr-site-news')?.js).toEqual(['assets/index.ts-def456.js']);
  });

  test('registrations made while the background slept are repaired at its next start', async () => {
    // Granted in the browser's settings with no background running, and a script of a revoked site left over.
    const world = new FakeWorld({ origins: K });
    world.scripts.set('sfr-site-news', { id: 'sfr-site-news', matches: NEWS, ...FILES });
    world.scripts.set('someone-else', { id: 'someone-else', matches: NEWS, ...FILES });
    const stop = startSiteScripts(world.platform());
    await vi.waitFor(() => expect([...world.scripts.keys()].sort()).toEqual(['sfr-site-k', 'someone-else']));
    stop();
  });

  test('grants in quick succession never register an id twice', async () => {
    const world = new FakeWorld();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = startSiteScripts(world.platform());
    world.setPermissions(['*://news.sina.com.cn/*'], true);
    world.setPermissions(['*://news.sina.cn/*'], true);
    world.setPermissions(K, true);
    await vi.waitFor(() => expect(world.scripts.get('sfr-site-news')?.matches).toEqual(NEWS));
    await vi.waitFor(() => expect(world.scripts.has('sfr-site-k')).toBe(true));
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    stop();
  });

  test('a failing scripting API is reported, not thrown', async () => {
    const world = new FakeWorld({ origins: NEWS });
    const platform = world.platform();
    platform.scripting.register = () => Promise.reject(new Error('boom'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(syncSiteScripts(platform)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
