// The background routes: keyboard commands and `sfr:to-active-tab` messages go to the content
// script of the active tab. It also keeps the reader registered on the other Sina sites the user
// enabled (./site-scripts.ts). State and settings live in the tabs and in storage.
import { isCommandName, isToActiveTabMessage, type ContentMessage } from '../platform/messages';
import type { Platform } from '../platform/types';
import { startSiteScripts } from './site-scripts';

export interface Router {
  /** Resolves to the content script's answer, or undefined when nobody listens there. */
  onCommand(name: string): Promise<unknown>;
  onMessage(message: unknown): Promise<unknown> | undefined;
}

export function createRouter(platform: Platform): Router {
  async function toActiveTab(message: ContentMessage): Promise<unknown> {
    const tab = await platform.tabs.active();
    if (!tab) return undefined;
    try {
      return await platform.tabs.send(tab.id, message);
    } catch {
      // Not a Sina Finance tab (no content script there): the shortcut has nothing to do.
      return undefined;
    }
  }

  return {
    onCommand: (name) =>
      isCommandName(name) ? toActiveTab({ type: 'sfr:command', command: name }) : Promise.resolve(undefined),
    onMessage: (message) =>
      isToActiveTabMessage(message) ? toActiveTab(message.message).then((answer) => answer ?? null) : undefined,
  };
}

/** Registers the listeners; returns a function that removes them. */
export function startBackground(platform: Platform): () => void {
  const router = createRouter(platform);
  const stops = [
    platform.commands.onCommand((name) => void router.onCommand(name)),
    platform.runtime.onMessage(router.onMessage),
    startSiteScripts(platform),
  ];
  return () => stops.forEach((stop) => stop());
}
