// Hardening in a real browser (SFR_BROWSER), with the built extension, on pages served under real
// Sina URLs (issue 7): hostile text never runs, a second injection and late content give one
// panel and one set of tags, back/forward stays consistent, 1,000 toggles leave the DOM as it
// was (and, in Chromium, no growing listeners or nodes), an unknown page is left alone.
import { LOOK_ATTRS } from '../../src/look/attrs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load';
import { analyze } from '../../src/engine/analyze';
import { INBOX_KEY } from '../../src/platform/inbox';
import {
  browserUnderTest, launchBrowser, loadReaderPage, pageState, pause, REPO_ROOT, startServer, storeSettings, waitForReader,
  type ExtBrowser, type ExtTab, type SiteServer,
} from '../e2e/harness';
import { HOSTILE_LABELS, hostilePage, LATE_TURNS, paragraphs, PLAIN_PAGE, PWN_FLAG } from './pages';

const NAME = browserUnderTest();
const BASE = 'http://finance.sina.com.cn/china/gncj/2021-07-16/';
const HOSTILE_URL = `${BASE}doc-ikqciyzk0007.shtml`;
const PLAIN_URL = `${BASE}doc-ikqciyzk0008.shtml`;
const OTHER_URL = `${BASE}doc-ikqciyzk0009.shtml`;
/** The page's own script: it records that it ran, and nothing ever sets PWN_FLAG. */
const PAGE_SCRIPT = `<script>window.__pageScriptRan = true;</script>`;
const hostile = () => hostilePage().replace('</head>', `${PAGE_SCRIPT}</head>`);
const TURNS = analyze(loadHtml(hostilePage(), HOSTILE_URL).document).turns.length;

let server: SiteServer;
let browser: ExtBrowser;
const open: ExtTab[] = [];

beforeAll(async () => {
  server = await startServer();
  server.serve(HOSTILE_URL, { html: hostile(), scripts: true });
  server.serve(PLAIN_URL, PLAIN_PAGE);
  server.serve(OTHER_URL, hostilePage());
  browser = await launchBrowser(NAME, { port: server.port });
});
afterEach(async () => {
  for (const tab of open.splice(0)) await tab.close().catch(() => {});
  await setSettings({ cleanMode: true, speakerTags: true, outlinePanel: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setSettings = (values: Record<string, boolean>) => storeSettings(browser, values);

async function openPage(url: string): Promise<ExtTab> {
  const tab = await browser.newTab();
  open.push(tab);
  await loadReaderPage(tab, url);
  return tab;
}

const panelRendered = (tab: ExtTab) =>
  tab.waitFor(() => {
    const host = document.querySelector('sfr-outline');
    return !host || !!host.shadowRoot?.querySelector('.root > *');
  });

/** Panels, tags and clean mode as the page sees them. */
const counts = (tab: ExtTab) =>
  tab.evaluate(() => ({
    panels: document.querySelectorAll('sfr-outline').length,
    tags: document.querySelectorAll('sfr-speaker').length,
    clean: document.documentElement.hasAttribute('data-sfr-clean'),
  }));

describe('hostile text', () => {
  it('no page-supplied script runs: tags, panel, search and copy keep it as text', async () => {
    const tab = await openPage(HOSTILE_URL);
    expect(await counts(tab)).toEqual({ panels: 1, tags: TURNS, clean: true });
    // Use the panel: search for the hostile text (highlights in the page), open and close.
    const searched = await tab.evaluate(() => {
      const input = document.querySelector('sfr-outline')!.shadowRoot!.querySelector<HTMLInputElement>('input');
      if (!input) return false;
      input.value = 'onerror';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      return true;
    });
    expect(searched).toBe(true);
    await pause(300);
    const seen = await tab.evaluate((flag) => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return {
        pwned: (window as any)[flag] ?? null,
        pageScriptRan: (window as any).__pageScriptRan === true,
        active: all.filter((el) => ['img', 'iframe', 'object', 'embed', 'b'].includes(el.localName)
          || (el.localName === 'script' && el.textContent!.includes(flag))
          || [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))).map((el) => el.outerHTML.slice(0, 80)),
        tagText: [...document.querySelectorAll('sfr-speaker')].map((t) => `${t.textContent}|${t.getAttribute('data-sfr-tip')}`).join('\n'),
        panelText: document.querySelector('sfr-outline')!.shadowRoot!.textContent,
      };
    }, PWN_FLAG);
    expect(seen.pageScriptRan).toBe(true);
    expect(seen.pwned).toBeNull();
    expect(seen.active).toEqual([]);
    expect(seen.tagText).toContain(HOSTILE_LABELS.respondent);
    expect(seen.panelText).toContain(HOSTILE_LABELS.respondent);
    // The probe is live: the same text parsed as HTML in this page would set the flag.
    const live = await tab.evaluate(async (flag) => {
      const div = document.createElement('div');
      div.innerHTML = `<img src=x onerror="window.${flag}=1">`;
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 500));
      div.remove();
      const was = (window as any)[flag];
      delete (window as any)[flag];
      return was;
    }, PWN_FLAG);
    expect(live).toBe(1);
  });
});

describe('repeated and late runs', () => {
  it.runIf(NAME === 'chromium')('the built content script run again in its world: one panel, one set of tags', async () => {
    const tab = await openPage(HOSTILE_URL);
    const page = tab.raw as import('playwright-core').Page;
    const cdp = await page.context().newCDPSession(page);
    const contexts: Array<{ id: number; origin: string; name: string; auxData?: any }> = [];
    cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await pause(200);
    const world = contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated');
    expect(world, JSON.stringify(contexts)).toBeTruthy();
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'dist/chrome/manifest.json'), 'utf8'));
    const file = manifest.content_scripts[0].js[0];
    const source = fs.readFileSync(path.join(REPO_ROOT, 'dist/chrome', file), 'utf8');
    for (let i = 0; i < 2; i++) {
      const result: any = await cdp.send('Runtime.evaluate', { expression: source, contextId: world!.id });
      expect(result.exceptionDetails).toBeUndefined();
    }
    await pause(500);
    await panelRendered(tab);
    expect(await counts(tab)).toEqual({ panels: 1, tags: TURNS, clean: true });
    const state = await pageState(browser, tab);
    expect(state.turns).toBe(TURNS);
    expect(state.features).toEqual(['clean-mode', 'speaker-tags', 'print', 'outline', 'copy']);
    await cdp.detach();
  });

  it('turns and ads inserted after load, then the body re-rendered: one panel, one set of tags', async () => {
    const tab = await openPage(HOSTILE_URL);
    const html = paragraphs(LATE_TURNS);
    await tab.evaluate(async (late) => {
      const body = document.getElementById('artibody')!;
      for (let i = 0; i < 10; i++) {
        const ad = document.createElement('div');
        ad.className = 'ad';
        ad.textContent = `广告 ${i}`;
        document.getElementById('sidebar')!.append(ad);
      }
      const box = document.createElement('div');
      box.innerHTML = late; // the page's own markup
      for (const p of [...box.children]) {
        body.append(p);
        await new Promise((r) => setTimeout(r, 20));
      }
    }, html);
    await tab.waitFor((n) => document.querySelectorAll('sfr-speaker').length === n, TURNS + LATE_TURNS.length, 10_000);
    await panelRendered(tab);
    expect(await counts(tab)).toEqual({ panels: 1, tags: TURNS + LATE_TURNS.length, clean: true });
    // Re-rendered: the body replaced by a fresh copy of itself, as a framework would.
    await tab.evaluate(() => {
      const old = document.getElementById('artibody')!;
      const copy = old.cloneNode(true) as Element;
      copy.querySelectorAll('[data-sfr-added]').forEach((el) => el.remove());
      copy.querySelectorAll('sfr-speaker, sfr-fold').forEach((t) => t.replaceWith(...t.childNodes));
      old.replaceWith(copy);
    });
    await tab.waitFor(
      (n) => {
        const body = document.getElementById('artibody')!;
        return body.querySelectorAll('sfr-speaker').length === n && document.querySelectorAll('sfr-speaker').length === n;
      },
      TURNS + LATE_TURNS.length,
      10_000,
    );
    await pause(500);
    await panelRendered(tab);
    expect(await counts(tab)).toEqual({ panels: 1, tags: TURNS + LATE_TURNS.length, clean: true });
  });

  it('back and forward (bfcache): settings changed while away are applied, one panel, one set of tags', async () => {
    const tab = await openPage(HOSTILE_URL);
    const raw = tab.raw as { goBack(o?: object): Promise<unknown>; goForward(o?: object): Promise<unknown> };
    await tab.evaluate(() => {
      (window as any).__restored = 0;
      addEventListener('pageshow', (e) => e.persisted && (window as any).__restored++);
    });
    await tab.goto(OTHER_URL);
    await waitForReader(tab);
    await setSettings({ speakerTags: false });
    await raw.goBack();
    await tab.waitFor(() => document.querySelectorAll('sfr-speaker').length === 0 && !!document.getElementById('artibody'), undefined, 10_000);
    // Reloaded rather than restored (Firefox here), the page has no tags at once: the panel comes
    // once the reader has read it again.
    await waitForReader(tab);
    await panelRendered(tab);
    expect(await counts(tab)).toEqual({ panels: 1, tags: 0, clean: true });
    await setSettings({ speakerTags: true });
    await tab.waitFor((n) => document.querySelectorAll('sfr-speaker').length === n, TURNS, 10_000);
    await raw.goForward();
    await tab.waitFor(() => location.href.endsWith('0009.shtml') && document.readyState === 'complete', undefined, 10_000);
    await waitForReader(tab);
    await panelRendered(tab);
    expect(await counts(tab)).toEqual({ panels: 1, tags: TURNS, clean: true });
    await raw.goBack();
    await tab.waitFor(() => location.href.endsWith('0007.shtml') && document.readyState === 'complete', undefined, 10_000);
    await waitForReader(tab);
    await panelRendered(tab);
    expect(await counts(tab)).toEqual({ panels: 1, tags: TURNS, clean: true });
    const restored = await tab.evaluate(() => (window as any).__restored ?? 'reloaded');
    console.log(`[${NAME}] back/forward: ${restored === 'reloaded' ? 'page was reloaded (no bfcache)' : `restored from bfcache ${restored}×`}`);
  });
});

describe('reversibility', () => {
  // 1,000 in Chromium (where listeners and nodes are measured); Firefox's WebDriver BiDi round
  // trips make each toggle take about a second there, so it checks the DOM after 20.
  const TOGGLES = NAME === 'chromium' ? 1000 : 20;
  it(`${TOGGLES} toggles of clean mode, tags and panel: the DOM is the original again, no growing listeners or nodes`, async () => {
    await setSettings({ cleanMode: false, speakerTags: false, outlinePanel: false });
    const tab = await openPage(HOSTILE_URL);
    const html = () => tab.evaluate(() => document.documentElement.outerHTML);
    const original = await html();
    const id = await browser.tabId(tab);
    const flip = async (n: number) => {
      // In batches of 20 toggles (an even number: each batch ends where it began).
      for (let done = 0; done < n; done += 20) await flipBatch(Math.min(20, n - done));
    };
    const flipBatch = (n: number) =>
      browser.inExtension(async ({ tabId, n, key }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        // As the popup asks (src/platform/inbox.ts).
        const ask = async () => (await api.scripting.executeScript({
          target: { tabId, frameIds: [0] },
          func: (k: string, message: unknown) => (globalThis as any)[k]?.(message),
          args: [key, { type: 'sfr:get-state' }],
        }))[0].result;
        for (let i = 0; i < n; i++) {
          const on = i % 2 === 0;
          await api.storage.local.set({ cleanMode: on, speakerTags: on, outlinePanel: on });
          for (let tries = 0; ; tries++) {
            const state = await ask();
            if (state.features.length === (on ? 5 : 0)) break;
            if (tries > 500) throw new Error(`toggle ${i} did not take: ${state.features}`);
            await new Promise((r) => setTimeout(r, 2));
          }
        }
      }, { tabId: id, n, key: INBOX_KEY });

    let metrics: (() => Promise<Record<string, number>>) | null = null;
    if (NAME === 'chromium') {
      const page = tab.raw as import('playwright-core').Page;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const read = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
        return Object.fromEntries(list.map((m) => [m.name, m.value]));
      };
      // Chromium keeps a subtree that was inserted and removed between two rendering updates
      // alive until the next one, whatever holds it: measured after an on/off pair a few ms
      // apart, the tags (+78 nodes) or the panel (+87) outlived a forced collection, and were
      // gone after two animation frames (issue 13). So let frames run and collect until the
      // counts settle; a node we keep stays counted.
      metrics = async () => {
        let last = await read();
        for (let tries = 0; tries < 10; tries++) {
          await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const now = await read();
          if (now.Nodes === last.Nodes && now.JSEventListeners === last.JSEventListeners) return now;
          last = now;
        }
        return last;
      };
    }
    // Measured with everything off: before any feature ran, after one on/off pair (the warm-up
    // the heap is compared with) and after the toggles.
    const pristine = await metrics?.();
    await flip(2);
    const before = await metrics?.();
    await flip(TOGGLES);
    expect(await html()).toBe(original);
    const after = await metrics?.();
    if (pristine && before && after) {
      const shown = (m: Record<string, number>) => JSON.stringify({ l: m.JSEventListeners, n: m.Nodes, heap: m.JSHeapUsedSize });
      console.log(`[chromium] pristine ${shown(pristine)} before ${shown(before)} after ${shown(after)}`);
      // Settled counts are exact: nothing of ours outlives its feature, not even the last one.
      expect(after.JSEventListeners).toBeLessThanOrEqual(pristine.JSEventListeners!);
      expect(after.Nodes).toBeLessThanOrEqual(pristine.Nodes!);
      expect(after.JSHeapUsedSize).toBeLessThan(before.JSHeapUsedSize! * 1.5 + 2_000_000);
    }
    // And on again, once: the features still work.
    await flip(1);
    await panelRendered(tab);
    expect(await counts(tab)).toEqual({ panels: 1, tags: TURNS, clean: true });
  }, 300_000);
});

describe('a page the engine does not understand', () => {
  it("is left exactly as it was; with clean mode on only clean mode acts (its attribute and the look's)", async () => {
    await setSettings({ cleanMode: false });
    const tab = await openPage(PLAIN_URL);
    const snapshot = () => tab.evaluate(() => document.documentElement.outerHTML);
    const original = await snapshot();
    const served = loadHtml(PLAIN_PAGE, PLAIN_URL).document.body.textContent;
    expect(await tab.evaluate(() => document.body.textContent)).toBe(served);
    expect((await pageState(browser, tab)).features).toEqual([]);
    expect(await counts(tab)).toEqual({ panels: 0, tags: 0, clean: false });
    await setSettings({ cleanMode: true });
    await tab.waitFor(() => document.documentElement.hasAttribute('data-sfr-clean'));
    // Clean mode's attribute and the reader's look's (issue 16), nothing else.
    const withClean = await tab.evaluate((look) => {
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.removeAttribute('data-sfr-clean');
      for (const attr of look) clone.removeAttribute(attr);
      return clone.outerHTML;
    }, Object.values(LOOK_ATTRS));
    expect(withClean).toBe(original);
    expect((await pageState(browser, tab)).features).toEqual(['clean-mode']);
    await setSettings({ cleanMode: false });
    await tab.waitFor(() => !document.documentElement.hasAttribute('data-sfr-clean'));
    expect(await snapshot()).toBe(original);
  });
});
