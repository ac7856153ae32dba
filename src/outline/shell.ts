// What both panels (the transcript's outline and an article's sections) do the same way on the
// page: their host element with its shadow root, when they first render, the settings their
// frame changes, and the reading keys and commands.
import type { FeatureContext } from '../content/features';
import type { Lang } from '../engine/kind-words';
import type { FrameActions } from './view/PanelFrame';
import { hidingOn } from './hide';
import { isSearchKey, readingKey } from './keys';
import type { PanelState } from './state';
import { PANEL_CSS } from './styles';

export const HOST_NAME = 'sfr-outline';
/** Below this width (the mobile site) the panel is a button that opens a bottom sheet. */
export const NARROW_QUERY = '(max-width: 899px)';

/** Runs work in a later task when the page is idle: the panel's first render is not in the
 *  page's load path (Firefox's content-script DOM calls are slow enough to make it a long task). */
export type Scheduler = (work: () => void) => void;

/** Idle-time scheduling that is cancelled when `signal` aborts: a panel undone before its first
 *  render leaves no callback behind holding it. */
export function whenIdle(win: Window, signal: AbortSignal): Scheduler {
  type IdleWindow = Window & {
    requestIdleCallback?: (fn: () => void, o: { timeout: number }) => number;
    cancelIdleCallback?: (handle: number) => void;
  };
  const w = win as IdleWindow;
  return (work) => {
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const handle = w.requestIdleCallback(work, { timeout: 300 });
      signal.addEventListener('abort', () => w.cancelIdleCallback!(handle), { once: true });
    } else {
      const handle = win.setTimeout(work, 0);
      signal.addEventListener('abort', () => win.clearTimeout(handle), { once: true });
    }
  };
}

export interface PanelHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Preact renders the panel here. */
  container: HTMLElement;
}

/** An element of ours named `name`, its looks (`css`) in an open shadow root; the caller fills
 *  the root and puts the host in the page. */
export function styledHost(doc: Document, name: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = doc.createElement('style');
  sheet.textContent = css;
  shadow.append(sheet);
  return { host, shadow };
}

/** The panel's host, appended to <html>: outside <body>, so the article's DOM and text stay untouched. */
export function createPanelHost(doc: Document, lang: Lang): PanelHost {
  const { host, shadow } = styledHost(doc, HOST_NAME, PANEL_CSS);
  const container = doc.createElement('div');
  container.className = 'root';
  // Screen readers pronounce the panel's words in its language; the layout fits their lengths.
  container.lang = lang === 'zh' ? 'zh-CN' : 'en';
  shadow.append(container);
  doc.documentElement.append(host);
  return { host, shadow, container };
}

export interface ReadingKeys {
  /** To the next (1) or previous (-1) item. */
  step(dir: 1 | -1): void;
  /** The toggle-outline command. */
  toggle(): void;
  /** Esc typed outside the panel: true when it closed something (a phone's open sheet). */
  escape(): boolean;
  /** `/`, when the panel has a search. */
  search?(): void;
}

/** j / k (also typed in the panel), Esc and `/` on the page, and the next/previous and
 *  toggle-outline commands; all dropped when `ctx.signal` aborts. */
export function wireReadingKeys(ctx: Pick<FeatureContext, 'doc' | 'signal' | 'onCommand'>, host: HTMLElement, keys: ReadingKeys): void {
  ctx.doc.addEventListener('keydown', (e) => {
    if (keys.search && isSearchKey(e)) {
      e.preventDefault();
      return keys.search();
    }
    // Keys typed in the panel: only the reading keys (the panel handles Esc itself).
    if (e.key === 'Escape' && !e.composedPath().includes(host) && keys.escape()) return;
    const dir = readingKey(e);
    if (!dir) return;
    e.preventDefault();
    keys.step(dir);
  }, { signal: ctx.signal });

  ctx.onCommand((command) => {
    if (command === 'next-question' || command === 'previous-question') {
      keys.step(command === 'next-question' ? 1 : -1);
      return true;
    }
    if (command === 'toggle-outline') {
      keys.toggle();
      return true;
    }
    return false;
  });
}

/** The frame's settings: clean mode, the look and hiding are saved, and every tab follows through
 *  onSettings (a hidden panel goes, its feature disabled for the page); the menu and a look
 *  change show at once. */
export function frameSettingsActions(
  ctx: Pick<FeatureContext, 'doc' | 'settings' | 'saveSettings'>,
  state: () => Pick<PanelState, 'clean' | 'menuOpen' | 'look'>,
  update: (patch: Partial<PanelState>) => void,
): Omit<FrameActions, 'setOpen'> {
  const save = (patch: Parameters<typeof ctx.saveSettings>[0]) => void ctx.saveSettings(patch).catch(() => {});
  return {
    toggleClean: () => save({ cleanMode: !state().clean }),
    toggleMenu: () => update({ menuOpen: !state().menuOpen }),
    setLook(patch) {
      update({ look: { ...state().look, ...patch } });
      save(patch);
    },
    hide(scope) {
      save(scope === 'everywhere' ? { outlinePanel: false } : { hiddenPanels: hidingOn(ctx.settings().hiddenPanels, ctx.doc.URL) });
    },
  };
}
