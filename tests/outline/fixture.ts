// Mounting the outline (and tags) on a corpus transcript loaded into happy-dom, with a fake
// feature context that records saved settings and lets tests send commands.
import path from 'node:path';
import { afterEach } from 'vitest';
import { corpusPath } from '../../src/cli/corpus';
import { loadFile, type LoadedPage } from '../../src/cli/load';
import type { CommandName } from '../../src/platform/messages';
import { analyze } from '../../src/engine/analyze';
import type { TranscriptModel } from '../../src/engine/model';
import { mountOutline } from '../../src/outline/mount';
import { HOST_NAME } from '../../src/outline/shell';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';

export const BODIES = corpusPath('bodies');
export const T00 = 't00-miit-h1-2021-press-conference';
export const URL_T00 = 'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml';

const open: Array<{ page: LoadedPage; controller: AbortController }> = [];
afterEach(() => {
  for (const { page, controller } of open.splice(0)) {
    controller.abort();
    page.close();
  }
});

export interface Loaded {
  doc: Document;
  win: Window & typeof globalThis;
  model: TranscriptModel;
  controller: AbortController;
}

/** A corpus body as a page at a real Sina URL, analysed. */
export function loadBody(id: string, options: { url?: string; width?: number; language?: string } = {}): Loaded {
  // A corpus body by id, or a saved page by its file name (`gne-sina-3.html`).
  const page = loadFile(id.endsWith('.html') ? corpusPath(`pages/${id}`) : path.join(BODIES, `${id}.md`));
  const doc = page.document;
  const win = doc.defaultView as Window & typeof globalThis & { happyDOM: any };
  win.happyDOM.setURL(options.url ?? URL_T00);
  if (options.width) win.happyDOM.setViewport({ width: options.width, height: 800 });
  Object.defineProperty(win.navigator, 'language', { value: options.language ?? 'zh-CN', configurable: true });
  const controller = new AbortController();
  open.push({ page, controller });
  return { doc, win, model: analyze(doc), controller };
}

export interface Mounted extends Loaded {
  shadow: ShadowRoot;
  saved: Array<Partial<Settings>>;
  settings: Settings;
  command(name: CommandName): boolean;
  changeSettings(patch: Partial<Settings>): void;
  /** Elements in the panel. */
  $(selector: string): HTMLElement | null;
  $$(selector: string): HTMLElement[];
}

export interface MountOptions {
  url?: string;
  width?: number;
  /** The page's navigator.language and, unless `uiLanguage` says otherwise, the extension's. */
  language?: string;
  uiLanguage?: string;
  settings?: Partial<Settings>;
  /** Runs on the loaded page before the outline mounts (install fakes, tags, …). */
  before?(loaded: Loaded): void;
}

export function mountOn(id: string, options: MountOptions = {}): Mounted {
  const loaded = loadBody(id, options);
  options.before?.(loaded);
  const saved: Array<Partial<Settings>> = [];
  const commands: Array<(c: CommandName) => boolean> = [];
  const listeners: Array<(s: Settings) => void> = [];
  const mounted = {
    ...loaded,
    saved,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  } as Mounted;
  mountOutline({
    doc: loaded.doc,
    model: loaded.model,
    signal: loaded.controller.signal,
    uiLanguage: options.uiLanguage ?? options.language ?? 'zh-CN',
    settings: () => mounted.settings,
    saveSettings: async (patch) => {
      saved.push(patch);
      mounted.settings = { ...mounted.settings, ...patch };
    },
    onSettings: (listener) => void listeners.push(listener),
    onCommand: (handler) => void commands.push(handler),
  }, (work) => work());
  mounted.shadow = loaded.doc.querySelector(HOST_NAME)!.shadowRoot!;
  mounted.command = (name) => commands.some((h) => h(name));
  mounted.changeSettings = (patch) => {
    mounted.settings = { ...mounted.settings, ...patch };
    for (const l of listeners) l(mounted.settings);
  };
  mounted.$ = (s) => mounted.shadow.querySelector<HTMLElement>(s);
  mounted.$$ = (s) => [...mounted.shadow.querySelectorAll<HTMLElement>(s)];
  return mounted;
}

/** An IntersectionObserver the test drives by hand. */
export class FakeObserver {
  static made: FakeObserver[] = [];
  readonly targets: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.made.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  /** Reports these targets as intersecting (or not). */
  fire(states: Array<[Element, boolean]>) {
    this.callback(states.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

export function installFakeObserver(win: Window): void {
  FakeObserver.made = [];
  (win as any).IntersectionObserver = FakeObserver;
}

/** Builds every row of a long outline, by its "show more" button. */
export function buildAllRows(m: Mounted): void {
  for (let button = m.$('.show-more'); button; button = m.$('.show-more')) button.click();
}

/** Text of each outline row, whitespace collapsed. */
export const rowTexts = (m: Mounted): string[] => m.$$('.go').map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());

export function key(target: EventTarget, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const win = ((target as Node).ownerDocument ?? (target as Document)).defaultView!;
  const event = new win.KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event as KeyboardEvent;
}
