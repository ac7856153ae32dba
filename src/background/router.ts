// The background routes: keyboard commands and `sfr:to-active-tab` messages go to the content
// script of the active tab, the context menu's 复制为引文 to the tab it was clicked in. It injects
// the reader's UI bundle into a frame whose reader asks for it (src/content/ui-bundle.ts), and
// keeps the reader registered on the other Sina sites the user enabled (./site-scripts.ts).
// State and settings live in the tabs and in storage.
import { isSinaFinanceUrl, optionalSiteOf, SINA_FINANCE_MATCHES } from '../platform/hosts';
import { UI_SCRIPT_FILE } from '../content/ui-file';
import { isCommandName, isLoadUiMessage, isToActiveTabMessage, type ContentMessage } from '../platform/messages';
import type { MenuItem, MessageSender, Platform } from '../platform/types';
import { startSiteScripts } from './site-scripts';

/** The context-menu item for a selection on a Sina Finance page; it runs the `copy-quote` command. */
export const QUOTE_MENU_ID = 'copy-quote';

export interface Router {
  /** Resolves to the content script's answer, or undefined when nobody listens there. */
  onCommand(name: string): Promise<unknown>;
  onMessage(message: unknown, sender?: MessageSender): Promise<unknown> | undefined;
}

export function createRouter(platform: Platform): Router {
  async function toActiveTab(message: ContentMessage): Promise<unknown> {
    const tab = await platform.tabs.active();
    // Only a tab where a reader can run: delivering runs a script in the tab (src/platform/inbox.ts).
    if (!tab || !(isSinaFinanceUrl(tab.url) || optionalSiteOf(tab.url))) return undefined;
    try {
      return await platform.tabs.send(tab.id, message);
    } catch {
      // Not a Sina Finance tab (no content script there): the shortcut has nothing to do.
      return undefined;
    }
  }

  /** The UI bundle, into the frame the asking content script runs in; true once it ran there. */
  async function loadUi({ tabId, frameId }: MessageSender): Promise<boolean> {
    if (tabId === undefined) return false;
    try {
      await platform.scripting.inject({ tabId, frameId: frameId ?? 0 }, [UI_SCRIPT_FILE]);
      return true;
    } catch (error) {
      // The tab went away or the frame navigated: its reader goes on without the UI.
      console.warn('Sina Finance Reader: could not load the reader UI', error);
      return false;
    }
  }

  return {
    onCommand: (name) =>
      isCommandName(name) ? toActiveTab({ type: 'sfr:command', command: name }) : Promise.resolve(undefined),
    onMessage: (message, sender = {}) => {
      if (isLoadUiMessage(message)) return loadUi(sender);
      return isToActiveTabMessage(message) ? toActiveTab(message.message).then((answer) => answer ?? null) : undefined;
    },
  };
}

export function quoteMenu(platform: Platform): MenuItem {
  return {
    id: QUOTE_MENU_ID,
    title: platform.i18n.message('menuCopyQuote'),
    contexts: ['selection'],
    documentUrlPatterns: [...SINA_FINANCE_MATCHES],
  };
}

/** Registers the listeners; returns a function that removes them. */
export function startBackground(platform: Platform): () => void {
  const router = createRouter(platform);
  void platform.contextMenus.set([quoteMenu(platform)]).catch(() => {});
  const stops = [
    platform.commands.onCommand((name) => void router.onCommand(name)),
    platform.runtime.onMessage(router.onMessage),
    platform.contextMenus.onClicked((itemId, tabId) => {
      if (itemId !== QUOTE_MENU_ID || tabId === undefined) return;
      void platform.tabs.send(tabId, { type: 'sfr:command', command: 'copy-quote' }).catch(() => {});
    }),
    startSiteScripts(platform),
  ];
  return () => stops.forEach((stop) => stop());
}
