// The real Platform, over webextension-polyfill (which is `globalThis.browser` in Firefox and a
// promise wrapper around `chrome` in Chromium). Nothing here is reached at import time except the
// polyfill itself, so a content script pays only for the calls it makes.
import browser from 'webextension-polyfill';
import type { Platform, StorageChanges } from './types';

function listen<L extends (...args: any[]) => any>(
  event: { addListener(l: L): void; removeListener(l: L): void },
  listener: L,
): () => void {
  event.addListener(listener);
  return () => event.removeListener(listener);
}

export function browserPlatform(): Platform {
  return {
    storage: {
      get: (keys) => browser.storage.local.get(keys),
      set: (items) => browser.storage.local.set(items),
      onChanged: (listener) =>
        listen(browser.storage.onChanged, (changes: StorageChanges, area: string) => {
          if (area === 'local') listener(changes);
        }),
    },
    tabs: {
      get: async (tabId) => {
        const tab = await browser.tabs.get(tabId).catch(() => undefined);
        return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
      },
      active: async () => {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
      },
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    },
    runtime: {
      send: (message) => browser.runtime.sendMessage(message),
      onMessage: (handler) =>
        listen(browser.runtime.onMessage, (message: unknown, sender: browser.Runtime.MessageSender) =>
          handler(message, { tabId: sender.tab?.id })),
    },
    commands: {
      onCommand: (listener) => listen(browser.commands.onCommand, (name: string) => listener(name)),
      all: async () =>
        (await browser.commands.getAll())
          .filter((c) => c.name && !c.name.startsWith('_'))
          .map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '' })),
      openSettings: async () => {
        // Firefox ≥ 137 has an API for it; Chromium lets an extension open its shortcuts page.
        const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
        if (commands.openShortcutSettings) await commands.openShortcutSettings();
        else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
      },
    },
    permissions: {
      contains: (origins) => browser.permissions.contains({ origins }),
      request: (origins) => browser.permissions.request({ origins }),
    },
    i18n: {
      message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
      uiLanguage: () => browser.i18n.getUILanguage(),
    },
  };
}
