// Headless Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi) for the
// clean-mode browser test, standing alone: no built extension and no shared harness. Every request
// is answered in-process: the page under its real Sina URL, images as grey PNGs of a fixed size,
// everything else empty. Page scripts are blocked by a CSP header: the saved pages are rendered
// captures already, and their scripts would rewrite the DOM we compare.
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface Viewport { width: number; height: number }

export interface OpenPage {
  /** Evaluate a self-contained function in the page (its source is sent, not its closure). */
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Evaluate a script text in the page, outside the page's CSP. */
  runScript(source: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  open(url: string, html: string, viewport: Viewport): Promise<OpenPage>;
  close(): Promise<void>;
}

const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };
const EMPTY_FRAME = '<!doctype html><title></title>';

/** A solid light-grey PNG, so body images take up room as on the live page. */
export function greyPng(width = 480, height = 270): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 0; // 8-bit greyscale
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0xdd)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const PNG = greyPng();
const IMAGE_URL = /\.(png|jpe?g|gif|webp)(\?|#|$)/i;
// A request still pending when its page closes can no longer be answered; that is fine.
const gone = () => {};
const sameDoc = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

async function chromiumDriver(): Promise<Driver> {
  const browser = await chromium.launch({
    executablePath: process.env.SFR_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    async open(url, html, viewport) {
      const context = await browser.newContext({ viewport });
      await context.route('**/*', (route) => {
        const req = route.request();
        const answer =
          req.isNavigationRequest() && sameDoc(req.url(), url)
            ? { status: 200, contentType: 'text/html; charset=utf-8', headers: NO_SCRIPTS, body: html }
            : req.resourceType() === 'image' ? { status: 200, contentType: 'image/png', body: PNG }
            : req.resourceType() === 'document' ? { status: 200, contentType: 'text/html', body: EMPTY_FRAME }
            : { status: 404, body: '' };
        route.fulfill(answer).catch(gone);
      });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return {
        run: (fn, arg) => page.evaluate(fn as never, arg) as never,
        runScript: async (source) => { await page.evaluate(source); },
        // caret 'initial': hiding the caret would leave style="" on inputs and change the DOM.
        screenshot: async (path) => { await page.screenshot({ path, caret: 'initial' }); },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function firefoxDriver(): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.SFR_FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: { 'dom.security.https_first': false },
  });
  return {
    async open(url, html, viewport) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.setRequestInterception(true);
      // Over BiDi, puppeteer cannot tell a request's resource type: judge by navigation and URL.
      page.on('request', (req) => {
        const nav = req.isNavigationRequest();
        const answer =
          nav && req.frame() === page.mainFrame() && sameDoc(req.url(), url)
            ? { status: 200, contentType: 'text/html; charset=utf-8', headers: NO_SCRIPTS, body: html }
            : nav ? { status: 200, contentType: 'text/html', body: EMPTY_FRAME }
            : IMAGE_URL.test(req.url()) ? { status: 200, contentType: 'image/png', body: PNG }
            : { status: 404, body: '' };
        req.respond(answer).catch(gone);
      });
      await page.goto(url, { waitUntil: 'load' });
      return {
        run: (fn, arg) => page.evaluate(fn as never, arg) as never,
        runScript: async (source) => { await page.evaluate(source); },
        screenshot: async (path) => { await page.screenshot({ path: path as `${string}.png` }); },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName): Promise<Driver> {
  return name === 'chromium' ? chromiumDriver() : firefoxDriver();
}
