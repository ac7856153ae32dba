// The real Platform over a promise-based WebExtension API object: webextension-polyfill in the
// popup and background (src/platform/browser.ts), the browser's own `browser`/`chrome` in the
// content script (src/platform/native.ts), which keeps the polyfill out of every Sina page.
import type Browser from 'webextension-polyfill';
import { answerOf, INBOX_KEY, knock, openInbox, type Knocked } from './inbox';
import type { ContentPlatform, Platform, StorageChanges } from './types';

type Sender = { tab?: { id?: number }; frameId?: number } | undefined;
type MessageListener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => boolean;
type MessageEvent = { addListener(l: MessageListener): void; removeListener(l: MessageListener): void };

/** The part of the WebExtension API the Platform calls. */
export type ExtensionApi = Pick<typeof Browser, 'storage' | 'tabs' | 'runtime' | 'commands' | 'contextMenus' | 'permissions' | 'scripting' | 'i18n'>;

function listen<L extends (...args: any[]) => any>(
  event: { addListener(l: L): void; removeListener(l: L): void },
  listener: L,
): () => void {
  event.addListener(listener);
  return () => event.removeListener(listener);
}

/** The parts a content script uses (see ContentPlatform); createPlatform adds the rest. */
export function createContentPlatform(browser: Pick<ExtensionApi, 'storage' | 'runtime' | 'i18n'>): ContentPlatform {
  return {
    storage: {
      get: (keys) => browser.storage.local.get(keys),
      set: (items) => browser.storage.local.set(items),
      onChanged: (listener) =>
        listen(browser.storage.onChanged, (changes: StorageChanges, area: string) => {
          if (area === 'local') listener(changes);
        }),
    },
    runtime: { send: (message) => browser.runtime.sendMessage(message) },
    inbox: { listen: (handler) => openInbox(globalThis as unknown as Record<string, unknown>, handler) },
    i18n: { uiLanguage: () => browser.i18n.getUILanguage() },
  };
}

export function createPlatform(browser: ExtensionApi): Platform {
  const content = createContentPlatform(browser);
  return {
    storage: content.storage,
    i18n: {
      ...content.i18n,
      message: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    },
    runtime: {
      ...content.runtime,
      // Answers through sendResponse: Chromium's own onMessage ignores a returned promise.
      onMessage: (handler) =>
        listen(
          browser.runtime.onMessage as unknown as MessageEvent,
          (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
            const answer = handler(message, { tabId: sender?.tab?.id, frameId: sender?.frameId });
            if (answer === undefined) return false;
            answer.then(sendResponse, () => sendResponse(undefined));
            return true;
          },
        ),
      contentScriptFiles: () => {
        const [declared] = browser.runtime.getManifest().content_scripts ?? [];
        // Firefox gives them as full moz-extension:// URLs, which registerContentScripts refuses.
        const relative = (files: string[] = []) => files.map((file) => file.replace(/^[a-z-]+:\/\/[^/]+\//, ''));
        return { js: relative(declared?.js), css: relative(declared?.css) };
      },
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
      send: async (tabId, message) => {
        const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: knock, args: [INBOX_KEY, message] });
        return answerOf(frame?.result as Knocked | undefined);
      },
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
    contextMenus: {
      set: async (items) => {
        await browser.contextMenus.removeAll();
        for (const item of items) browser.contextMenus.create(item);
      },
      onClicked: (listener) =>
        listen(browser.contextMenus.onClicked, (info: { menuItemId: string | number }, tab?: { id?: number }) =>
          listener(String(info.menuItemId), tab?.id)),
    },
    permissions: {
      contains: (origins) => browser.permissions.contains({ origins }),
      request: (origins) => browser.permissions.request({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
      onChanged: (listener) => {
        const stops = [listen(browser.permissions.onAdded, () => listener()), listen(browser.permissions.onRemoved, () => listener())];
        return () => stops.forEach((stop) => stop());
      },
    },
    scripting: {
      registered: async () =>
        (await browser.scripting.getRegisteredContentScripts()).map((s) => ({
          id: s.id, matches: s.matches ?? [], js: s.js ?? [], css: s.css ?? [],
        })),
      register: (scripts) =>
        browser.scripting.registerContentScripts(
          // The manifest's script as it is declared there: top frame, document_start, and kept
          // across browser restarts (the background also re-checks on every start).
          scripts.map((s) => ({ ...s, runAt: 'document_start' as const, allFrames: false, persistAcrossSessions: true })),
        ),
      unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
      inject: async ({ tabId, frameId }, files) => {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
      },
    },
  };
}
