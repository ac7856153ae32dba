// The messages that cross between the extension's contexts. Every receiver checks the shape
// first: a message is data from another context, not a trusted value.
import type { WhyNot } from '../engine/model';

export const COMMANDS = ['toggle-clean-mode', 'toggle-outline', 'next-question', 'previous-question', 'copy-quote'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** What the content script reports about its page (answer to `sfr:get-state`). */
export interface PageState {
  /** The engine found an article body on the page. */
  article: boolean;
  transcript: boolean;
  questions: number;
  speakers: number;
  turns: number;
  title: string;
  /** Why the engine judged the page a transcript or not (English). */
  reasons: string[];
  /** Why the page is not a transcript, as codes the popup words in the reader's language. */
  whyNot: WhyNot[];
  /** Ids of the features mounted on the page right now, e.g. `clean-mode`. */
  features: string[];
}

/** Sent by the popup (to one tab) and by the background (to the active tab). */
export type ContentMessage =
  | { type: 'sfr:get-state' }
  | { type: 'sfr:command'; command: CommandName };

/** Sent to the background: forward `message` to the active tab of the focused window. */
export interface ToActiveTabMessage {
  type: 'sfr:to-active-tab';
  message: ContentMessage;
}

/** Sent by a content script to the background: run the reader's UI bundle (src/content/ui.ts)
 *  in the sender's frame. Answered true once it ran, false when it could not be injected. */
export interface LoadUiMessage {
  type: 'sfr:load-ui';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function isCommandName(value: unknown): value is CommandName {
  return (COMMANDS as readonly unknown[]).includes(value);
}

export function isContentMessage(value: unknown): value is ContentMessage {
  if (!isObject(value)) return false;
  if (value.type === 'sfr:get-state') return true;
  return value.type === 'sfr:command' && isCommandName(value.command);
}

export function isToActiveTabMessage(value: unknown): value is ToActiveTabMessage {
  return isObject(value) && value.type === 'sfr:to-active-tab' && isContentMessage(value.message);
}

export function isPageState(value: unknown): value is PageState {
  return isObject(value) && typeof value.transcript === 'boolean' &&
    typeof value.questions === 'number' && typeof value.article === 'boolean';
}

export function isLoadUiMessage(value: unknown): value is LoadUiMessage {
  return isObject(value) && value.type === 'sfr:load-ui';
}
