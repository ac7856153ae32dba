// The real Platform's scripting and permission calls, over a recording stand-in for the
// WebExtension API: what the browser is actually asked.
import { describe, expect, test } from 'vitest';
import { createPlatform, type ExtensionApi } from '../../src/platform/platform';

function recordingApi(manifestFiles: { js: string[]; css: string[] }) {
  const calls: Array<[string, unknown]> = [];
  const listeners = { added: new Set<() => void>(), removed: new Set<() => void>() };
  const event = (set: Set<() => void>) => ({ addListener: (l: () => void) => set.add(l), removeListener: (l: () => void) => set.delete(l) });
  const api = {
    runtime: { getManifest: () => ({ content_scripts: [{ matches: [], ...manifestFiles }] }) },
    permissions: { onAdded: event(listeners.added), onRemoved: event(listeners.removed) },
    scripting: {
      registerContentScripts: async (scripts: unknown) => void calls.push(['register', scripts]),
      unregisterContentScripts: async (filter: unknown) => void calls.push(['unregister', filter]),
      getRegisteredContentScripts: async () => [{ id: 'sfr-site-k', matches: ['*://k.sina.cn/*'], js: ['a.js'] }],
    },
  };
  return { platform: createPlatform(api as unknown as ExtensionApi), calls, listeners };
}

describe('platform: scripting and permissions', () => {
  test('the manifest’s files as paths, also where Firefox gives full moz-extension:// URLs', () => {
    const chrome = recordingApi({ js: ['src/content/index.js'], css: ['page.css'] });
    expect(chrome.platform.runtime.contentScriptFiles()).toEqual({ js: ['src/content/index.js'], css: ['page.css'] });
    const firefox = recordingApi({ js: ['moz-extension://5f2b8c1e/src/content/index.js'], css: ['moz-extension://5f2b8c1e/page.css'] });
    expect(firefox.platform.runtime.contentScriptFiles()).toEqual({ js: ['src/content/index.js'], css: ['page.css'] });
  });

  test('registers like the manifest’s script: document_start, top frame only, kept across sessions', async () => {
    const { platform, calls } = recordingApi({ js: [], css: [] });
    await platform.scripting.register([{ id: 'sfr-site-news', matches: ['*://news.sina.com.cn/*'], js: ['a.js'], css: ['page.css'] }]);
    await platform.scripting.unregister(['sfr-site-news']);
    expect(calls).toEqual([
      ['register', [{
        id: 'sfr-site-news', matches: ['*://news.sina.com.cn/*'], js: ['a.js'], css: ['page.css'],
        runAt: 'document_start', allFrames: false, persistAcrossSessions: true,
      }]],
      ['unregister', { ids: ['sfr-site-news'] }],
    ]);
    // A script registered without a stylesheet reads as none.
    expect(await platform.scripting.registered()).toEqual([{ id: 'sfr-site-k', matches: ['*://k.sina.cn/*'], js: ['a.js'], css: [] }]);
  });

  test('a permission change is a grant or a revocation; stopping removes both listeners', () => {
    const { platform, listeners } = recordingApi({ js: [], css: [] });
    let changes = 0;
    const stop = platform.permissions.onChanged(() => changes++);
    listeners.added.forEach((l) => l());
    listeners.removed.forEach((l) => l());
    expect(changes).toBe(2);
    stop();
    expect(listeners.added.size + listeners.removed.size).toBe(0);
  });
});
