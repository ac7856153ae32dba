// An in-memory browser for unit tests: one shared storage area, tabs with content-script
// listeners, commands and permissions, and i18n read from the real _locales files.
// Contexts (background, popup, a tab's content script) each get their own Platform.
import en from '../../_locales/en/messages.json';
import zhCN from '../../_locales/zh_CN/messages.json';
import { isSinaFinanceUrl, SINA_FINANCE_MATCHES } from './hosts';
import type { ContentMessage } from './messages';
import type { InboxHandler } from './inbox';
import type { CommandInfo, ContentPlatform, MenuItem, MessageHandler, MessageSender, Platform, RegisteredScript, StorageChanges, TabInfo } from './types';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES: Record<string, Messages> = { en, zh_CN: zhCN };

export interface FakeTab {
  id: number;
  url: string;
}

export interface FakeWorldOptions {
  locale?: 'en' | 'zh_CN';
  /** Host permissions granted (Firefox users can withhold them). */
  granted?: boolean;
  /** What `permissions.request` answers, as if the user clicked Allow or Deny. */
  grantOnRequest?: boolean;
  /** Optional host permissions (match patterns) granted already. */
  origins?: string[];
  /** The popup was opened from the toolbar button, so `activeTab` shows the active tab's URL. */
  activeTab?: boolean;
  storage?: Record<string, unknown>;
}

interface Context {
  tabId?: number;
  /** runtime.onMessage's listeners (extension pages, the background). */
  handlers: Set<MessageHandler>;
  /** The reader's inbox (a content script's; ./inbox.ts). */
  inbox: Set<InboxHandler>;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

/** Chrome's substitution rules: `$NAME$` → its placeholder's content → `$1` … `$9`. */
export function formatMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
    entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export class FakeWorld {
  readonly storage = new Map<string, unknown>();
  readonly tabs = new Map<number, FakeTab>();
  readonly sent: Array<{ tabId: number; message: ContentMessage }> = [];
  readonly permissionRequests: string[][] = [];
  commands: CommandInfo[] = [
    { name: 'toggle-clean-mode', shortcut: 'Alt+Shift+M' },
    { name: 'toggle-outline', shortcut: 'Alt+Shift+O' },
    { name: 'next-question', shortcut: 'Alt+Shift+J' },
    { name: 'previous-question', shortcut: 'Alt+Shift+K' },
    { name: 'copy-quote', shortcut: '' },
  ];
  /** The context-menu items the extension has now. */
  menuItems: MenuItem[] = [];
  activeTabId: number | undefined;
  /** The Sina Finance hosts (install-time host permissions, which Firefox users can withhold). */
  granted: boolean;
  /** Optional host permissions granted, as match patterns. */
  readonly origins = new Set<string>();
  /** Content scripts registered at run time, by id (they outlive any one Platform, like the browser's). */
  readonly scripts = new Map<string, RegisteredScript>();
  /** Every scripting.inject call, in order. */
  readonly injected: Array<{ tabId: number; frameId: number; files: string[] }> = [];
  /** What running injected files does (a test makes it register the UI, or throw to fail the call). */
  onInject: (target: { tabId: number; frameId: number }, files: string[]) => void = () => {};
  /** The built content script, as the manifest declares it. */
  contentScriptFiles = { js: ['assets/index.ts-abc123.js'], css: ['page.css'] };
  activeTab: boolean;
  grantOnRequest: boolean;
  shortcutSettingsOpened = 0;
  private readonly messages: Messages;
  private readonly contexts = new Set<Context>();
  private readonly storageListeners = new Set<(changes: StorageChanges) => void>();
  private readonly commandListeners = new Set<(name: string) => void>();
  private readonly menuListeners = new Set<(itemId: string, tabId: number | undefined) => void>();
  private readonly permissionListeners = new Set<() => void>();
  private nextTabId = 1;

  constructor(options: FakeWorldOptions = {}) {
    this.messages = LOCALES[options.locale ?? 'en'];
    this.granted = options.granted ?? true;
    this.grantOnRequest = options.grantOnRequest ?? true;
    this.activeTab = options.activeTab ?? false;
    for (const origin of options.origins ?? []) this.origins.add(origin);
    for (const [key, value] of Object.entries(options.storage ?? {})) this.storage.set(key, value);
  }

  /** Opens a tab and makes it active. */
  openTab(url: string): FakeTab {
    const tab = { id: this.nextTabId++, url };
    this.tabs.set(tab.id, tab);
    this.activeTabId = tab.id;
    return tab;
  }

  /** Simulates the user pressing a command's shortcut. */
  /** The reader clicked a context-menu item of ours in that tab. */
  clickMenu(itemId: string, tabId: number): void {
    for (const listener of this.menuListeners) listener(itemId, tabId);
  }

  pressCommand(name: string): void {
    for (const listener of this.commandListeners) listener(name);
  }

  /** Waits until pending storage events and messages have been delivered. */
  async settle(rounds = 3): Promise<void> {
    for (let i = 0; i < rounds; i++) await tick();
  }

  message(key: string, substitutions?: string | string[]): string {
    return formatMessage(this.messages, key, substitutions);
  }

  /** Whether a host permission (one match pattern) is held. */
  holds(origin: string): boolean {
    return SINA_FINANCE_MATCHES.includes(origin) ? this.granted : this.origins.has(origin);
  }

  /** Grants or revokes host permissions as the user would in the browser's settings. */
  setPermissions(origins: string[], held: boolean): void {
    let changed = false;
    for (const origin of origins) {
      if (this.holds(origin) === held) continue;
      changed = true;
      if (SINA_FINANCE_MATCHES.includes(origin)) this.granted = held;
      else if (held) this.origins.add(origin);
      else this.origins.delete(origin);
    }
    if (changed) setTimeout(() => this.permissionListeners.forEach((listener) => listener()), 0);
  }

  private tabInfo(tab: FakeTab | undefined): TabInfo | undefined {
    if (!tab) return undefined;
    // Without the `tabs` permission a tab's URL is visible only on hosts we may access.
    const visible = (this.granted && isSinaFinanceUrl(tab.url)) ||
      [...this.origins].some((origin) => hostOf(tab.url) === origin.slice(4, -2)) ||
      (this.activeTab && tab.id === this.activeTabId);
    return { id: tab.id, url: visible ? tab.url : undefined };
  }

  private async deliver(handlers: MessageHandler[], message: unknown, sender: MessageSender = {}): Promise<unknown> {
    await tick();
    for (const handler of handlers) {
      const answer = handler(clone(message), { ...sender });
      if (answer !== undefined) return clone(await answer);
    }
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }

  /** A Platform for one context: pass `tabId` for a content script running in that tab. */
  platform(options: { tabId?: number } = {}): Platform & ContentPlatform {
    const context: Context = { tabId: options.tabId, handlers: new Set(), inbox: new Set() };
    this.contexts.add(context);
    const world = this;
    return {
      storage: {
        async get(keys) {
          await tick();
          const out: Record<string, unknown> = {};
          for (const [key, value] of world.storage) {
            if (keys === null || keys.includes(key)) out[key] = clone(value);
          }
          return out;
        },
        async set(items) {
          await tick();
          const changes: StorageChanges = {};
          for (const [key, value] of Object.entries(items)) {
            const oldValue = world.storage.get(key);
            if (JSON.stringify(oldValue) === JSON.stringify(value)) continue;
            world.storage.set(key, clone(value));
            changes[key] = { oldValue: clone(oldValue), newValue: clone(value) };
          }
          if (Object.keys(changes).length === 0) return;
          setTimeout(() => {
            for (const listener of world.storageListeners) listener(clone(changes));
          }, 0);
        },
        onChanged(listener) {
          world.storageListeners.add(listener);
          return () => world.storageListeners.delete(listener);
        },
      },
      tabs: {
        get: async (tabId) => world.tabInfo(world.tabs.get(tabId)),
        active: async () =>
          world.tabInfo(world.activeTabId === undefined ? undefined : world.tabs.get(world.activeTabId)),
        async send(tabId, message) {
          world.sent.push({ tabId, message: clone(message) });
          // As `knock` does: the message reaches the reader of that tab (its answer, like any
          // crossing, a copy), and nobody there answering is an error.
          const inboxes = [...world.contexts].filter((c) => c.tabId === tabId).flatMap((c) => [...c.inbox]);
          return world.deliver(inboxes, message);
        },
      },
      runtime: {
        send(message) {
          const targets = [...world.contexts].filter((c) => c.tabId === undefined && c !== context);
          // A content script's messages say which tab (and, here always, the top frame) sent them.
          return world.deliver(targets.flatMap((c) => [...c.handlers]), message, context.tabId === undefined ? {} : { tabId: context.tabId, frameId: 0 });
        },
        onMessage(handler) {
          context.handlers.add(handler);
          return () => context.handlers.delete(handler);
        },
        contentScriptFiles: () => clone(world.contentScriptFiles),
      },
      inbox: {
        listen(handler) {
          context.inbox.add(handler);
          return () => context.inbox.delete(handler);
        },
      },
      commands: {
        onCommand(listener) {
          world.commandListeners.add(listener);
          return () => world.commandListeners.delete(listener);
        },
        all: async () => clone(world.commands),
        async openSettings() {
          world.shortcutSettingsOpened++;
        },
      },
      contextMenus: {
        async set(items) {
          world.menuItems = clone(items);
        },
        onClicked(listener) {
          world.menuListeners.add(listener);
          return () => world.menuListeners.delete(listener);
        },
      },
      permissions: {
        contains: async (origins) => origins.every((origin) => world.holds(origin)),
        async request(origins) {
          world.permissionRequests.push([...origins]);
          await tick();
          if (world.grantOnRequest) world.setPermissions(origins, true);
          return world.grantOnRequest;
        },
        async remove(origins) {
          await tick();
          world.setPermissions(origins, false);
          return true;
        },
        onChanged(listener) {
          world.permissionListeners.add(listener);
          return () => world.permissionListeners.delete(listener);
        },
      },
      scripting: {
        async registered() {
          await tick();
          return clone([...world.scripts.values()]);
        },
        async register(scripts) {
          await tick();
          // Like the browser: a duplicate id fails the whole call and registers nothing.
          if (scripts.some((s) => world.scripts.has(s.id))) throw new Error('Duplicate script ID');
          for (const script of scripts) world.scripts.set(script.id, clone(script));
        },
        async unregister(ids) {
          await tick();
          if (ids.some((id) => !world.scripts.has(id))) throw new Error('Nonexistent script ID');
          for (const id of ids) world.scripts.delete(id);
        },
        async inject(target, files) {
          await tick();
          world.injected.push({ ...target, files: [...files] });
          if (!world.tabs.has(target.tabId)) throw new Error(`No tab with id: ${target.tabId}`);
          world.onInject(target, files);
        },
      },
      i18n: {
        message: (key, substitutions) => world.message(key, substitutions),
        uiLanguage: () => (world.messages === en ? 'en-US' : 'zh-CN'),
      },
    };
  }
}
