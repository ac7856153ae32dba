// The browser, as the rest of the code sees it: only the calls we make, promise-based.
// src/platform/platform.ts implements it over the WebExtension API; src/platform/fake.ts
// implements it in memory for unit tests.
import type { InboxHandler } from './inbox';
import type { ContentMessage } from './messages';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface TabInfo {
  id: number;
  /** Only present where the extension may see it (its host permissions). */
  url?: string;
}

/** A content script registered at run time (scripting.registerContentScripts). */
export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
}

export interface CommandInfo {
  name: string;
  /** The current key combination, '' when the user removed it. */
  shortcut: string;
}

export interface MenuItem {
  id: string;
  title: string;
  contexts: Array<'selection' | 'page'>;
  /** Pages the item shows on. */
  documentUrlPatterns: string[];
}

/** Where a message came from: the tab and frame of the content script that sent it (absent for
 *  extension pages). */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
}

/** Returns the answer (or a promise of it), or undefined when the message is not for it. */
export type MessageHandler = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** Every `on…` method returns a function that removes the listener. */
export interface Platform {
  storage: {
    /** `null` reads everything in the local area. */
    get(keys: string[] | null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    /** Changes to the local area only. */
    onChanged(listener: (changes: StorageChanges) => void): () => void;
  };
  tabs: {
    get(tabId: number): Promise<TabInfo | undefined>;
    /** The active tab of the last focused window. */
    active(): Promise<TabInfo | undefined>;
    /** To the reader in the tab's top frame (./inbox.ts); rejects when no reader there answers. */
    send(tabId: number, message: ContentMessage): Promise<unknown>;
  };
  runtime: {
    send(message: unknown): Promise<unknown>;
    onMessage(handler: MessageHandler): () => void;
    /** The built files of the manifest's content script (the ones registered scripts use too). */
    contentScriptFiles(): { js: string[]; css: string[] };
  };
  commands: {
    onCommand(listener: (name: string) => void): () => void;
    all(): Promise<CommandInfo[]>;
    /** Opens the browser's own page for changing extension shortcuts. */
    openSettings(): Promise<void>;
  };
  contextMenus: {
    /** Replaces every item of ours with these (menus outlive a sleeping background). */
    set(items: MenuItem[]): Promise<void>;
    /** An item was clicked: its id and the tab it was clicked in. */
    onClicked(listener: (itemId: string, tabId: number | undefined) => void): () => void;
  };
  permissions: {
    contains(origins: string[]): Promise<boolean>;
    /** Must be called while handling a user's click (Firefox refuses it otherwise). */
    request(origins: string[]): Promise<boolean>;
    remove(origins: string[]): Promise<boolean>;
    /** Host permissions granted or revoked, by us or in the browser's own settings. */
    onChanged(listener: () => void): () => void;
  };
  /** Content scripts registered at run time; they persist across restarts. */
  scripting: {
    registered(): Promise<RegisteredScript[]>;
    register(scripts: RegisteredScript[]): Promise<void>;
    unregister(ids: string[]): Promise<void>;
    /** Runs extension files once in one frame of a tab, in the content scripts' isolated world
     *  (scripting.executeScript); resolves once they ran, rejects when they could not. */
    inject(target: { tabId: number; frameId: number }, files: string[]): Promise<void>;
  };
  i18n: {
    message(key: string, substitutions?: string | string[]): string;
    /** BCP 47, e.g. `zh-CN`. */
    uiLanguage(): string;
  };
}

/** What a content script uses of the browser: the reader's core carries only these parts. */
export type ContentPlatform = Pick<Platform, 'storage'> & {
  runtime: Pick<Platform['runtime'], 'send'>;
  /** Messages from the popup and the background (`tabs.send`), through ./inbox.ts. */
  inbox: { listen(handler: InboxHandler): () => void };
  i18n: Pick<Platform['i18n'], 'uiLanguage'>;
};
