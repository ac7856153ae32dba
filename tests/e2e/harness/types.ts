// One driver-neutral view of a browser with the extension loaded, so a spec is written once and
// runs in Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi).

export type BrowserName = 'chromium' | 'firefox';

export interface ExtTab {
  /** The Playwright or Puppeteer page, for what the common interface does not cover. */
  readonly raw: unknown;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  /** Runs `fn` in the page's main world (not the content script's). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Text content of the first match, '' when none. */
  text(selector: string): Promise<string>;
  /** A PNG of the viewport (or the full page, or `selector`'s box) written to `file`. */
  screenshot(file: string, options?: { fullPage?: boolean; selector?: string }): Promise<Buffer>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  readonly extensionBase: string;
  /** The UI locale the browser was started with, as an _locales folder name. */
  readonly locale: 'en' | 'zh_CN';
  newTab(url?: string): Promise<ExtTab>;
  /** The browser's id for a tab (what `tabs.*` APIs take). */
  tabId(tab: ExtTab): Promise<number>;
  /** Opens the popup as a page that reports on `target` (`?tab=ID`), and waits for its state. */
  openPopup(target?: ExtTab): Promise<ExtTab>;
  /** Runs `fn` in an extension page, where `chrome`/`browser` APIs exist. */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The server's port: every mapped host resolves to it. */
  port: number;
  /** Built extension directory; defaults to dist/chrome or dist/firefox. */
  dist?: string;
  /** The browser's UI language, which the extension's words follow (the popup's and the panel's
   *  alike): Chinese by default, as most readers have it; 'en' where a spec asks for English.
   *  Debian ships Chinese in chromium-l10n and firefox-esr-l10n-zh-cn (`npm run setup`). */
  locale?: 'en' | 'zh_CN';
  /** Dark colour scheme for pages and popup. */
  dark?: boolean;
  /** Chromium only: a profile folder kept across launches (restart tests); a fresh one by default. */
  profileDir?: string;
  /** The same browser without the extension (the benchmark's baseline); it has no extension
   *  pages, so inExtension, tabId and openPopup throw (Chromium), or fail (Firefox). */
  withoutExtension?: boolean;
  /** Firefox only: extra environment for the browser process (the benchmark's Gecko profiler). */
  env?: Record<string, string>;
  /** Origins (`http://finance.sina.com.cn`) treated as secure contexts, as https would be, with
   *  the clipboard readable and writable by the page there (for copy tests). */
  secureOrigins?: string[];
  /** Firefox only: files the page downloads are saved in this folder without asking (Puppeteer
   *  over BiDi reports no download event; Chromium's come through Playwright's). */
  downloadDir?: string;
}

export const POPUP_PATH = 'src/popup/index.html';
