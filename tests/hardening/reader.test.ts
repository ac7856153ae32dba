// The content script on hostile, late-changing, repeated and unknown pages (issue 7), with the
// real engine and the real features on a happy-dom page at a real Sina URL.
import { LOOK_ATTRS } from '../../src/look/attrs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLEAN_ATTR } from '../../src/clean/clean-mode';
import { loadHtml, type LoadedPage } from '../../src/cli/load';
import { FEATURES } from '../../src/content/feature-list';
import { startContent, type ContentDeps, type ContentReader } from '../../src/content/reader';
import { analyze, analyzeInSteps } from '../../src/engine/analyze';
import { ADDED_ATTR } from '../../src/engine/paragraphs';
import { toJSON } from '../../src/engine/json';
import { buildOutline } from '../../src/engine/outline';
import { markdownOf } from '../../src/outline/copy';
import { documentSource } from '../../src/engine/documents';
import { HOST_NAME } from '../../src/outline/shell';
import { findMatches } from '../../src/outline/search';
import { FakeWorld } from '../../src/platform/fake';
import { TURNS_PER_TASK } from '../../src/tags/mount';
import { TAG_NAME } from '../../src/tags/tag-element';
import { articlePage, HOSTILE, HOSTILE_LABELS, HOSTILE_TITLE, hostilePage, LATE_TURNS, paragraphs, PLAIN_PAGE } from './pages';

const URL = 'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml';
const FAST = { quietMs: 30, maxWaitMs: 120, max: 10 };

const pages: LoadedPage[] = [];
const readers: ContentReader[] = [];
afterEach(() => {
  for (const r of readers.splice(0)) r.stop();
  for (const p of pages.splice(0)) p.close();
});

function load(html: string): Document {
  const page = loadHtml(html, URL);
  pages.push(page);
  return page.document;
}

function start(doc: Document, world: FakeWorld, extra: Partial<ContentDeps> = {}): ContentReader {
  const tabId = world.openTab(URL).id;
  const reader = startContent({ doc, platform: world.platform({ tabId }), analyze: analyzeInSteps, features: FEATURES, reanalysis: FAST, ...extra });
  readers.push(reader);
  return reader;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tags = (doc: Document) => [...doc.querySelectorAll(TAG_NAME)];
const panels = (doc: Document) => [...doc.querySelectorAll(HOST_NAME)];
const panelRendered = (doc: Document) => vi.waitFor(() => expect(doc.querySelector(HOST_NAME)?.shadowRoot?.querySelector('.root > *')).toBeTruthy());

/** Every element in the document and in every shadow root under it. */
function allElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

const ACTIVE = (el: Element) =>
  // (The panel's own icons are inline <svg> without handlers.)
  ['img', 'script', 'iframe', 'object', 'embed', 'b'].includes(el.localName)
  || [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value));

/** A `pageshow` as the browser fires it (happy-dom has no PageTransitionEvent). */
function pageshow(win: Window, persisted: boolean): Event {
  const event = new (win as any).Event('pageshow');
  Object.defineProperty(event, 'persisted', { value: persisted });
  return event;
}

describe('hostile text is inert', () => {
  it('labels, turns and title with markup-like text become text in tags, panel, search and copy', async () => {
    const doc = load(hostilePage());
    const before = allElements(doc).filter(ACTIVE).length;
    expect(before).toBe(0);
    const reader = start(doc, new FakeWorld());
    await reader.ready;
    await panelRendered(doc);
    const model = reader.model();
    expect(model.transcript).toBe(true);
    expect(model.speakers.map((s) => s.name)).toContain(HOSTILE_LABELS.respondent);

    // Nothing we added is an active element or carries a handler / javascript: URL.
    expect(allElements(doc).filter(ACTIVE)).toEqual([]);
    // Tags: the respondent's label `张<b>明` is shown as those characters.
    expect(tags(doc).length).toBe(model.turns.length);
    const tagTexts = tags(doc).map((t) => t.textContent).join('\n');
    expect(tagTexts).toContain(HOSTILE_LABELS.respondent);
    // No <b> element was made from it anywhere.
    expect(allElements(doc).some((el) => el.localName === 'b')).toBe(false);
    // Panel: title and speaker names as text.
    const panel = doc.querySelector(HOST_NAME)!.shadowRoot!;
    expect(panel.textContent).toContain(HOSTILE_LABELS.respondent);
    expect(panel.textContent).toContain(HOSTILE_TITLE.slice(0, 20));
    // Search finds the hostile strings as text.
    expect(findMatches(model, 'onerror').length).toBeGreaterThanOrEqual(1);
    expect(findMatches(model, '<svg').length).toBe(1);
    // Copy output carries the characters, escaped so a Markdown renderer shows them as text.
    // (Undo the backslash escapes to compare the characters.)
    const md = markdownOf(documentSource(doc, model, URL), null).replace(/\\(.)/g, '$1');
    expect(md).toContain(HOSTILE.link);
    expect(md).toContain(HOSTILE.svg);
    expect(md).toContain(HOSTILE_LABELS.respondent);
    expect(buildOutline(toJSON(model)).length).toBeGreaterThan(0);
    // The page's text is unchanged by tags and panel.
    reader.stop();
    expect(doc.body.textContent).toBe(load(hostilePage()).body.textContent);
  });

  // Page text like `<img src=x onerror=…>` must not become live inline HTML wherever the copy is
  // pasted into a Markdown renderer that allows HTML: every `<` of page text is escaped.
  it('copied Markdown escapes `<` so a Markdown renderer shows page text as text', async () => {
    const hostile = load(hostilePage());
    const md = markdownOf(documentSource(hostile, analyze(hostile), URL), null);
    expect(md).not.toMatch(/(?<!\\)<(img|svg|a|b|script)\b/);
    expect(md).toMatch(/\\<img src=x/);
  });
});

describe('repeated and late runs', () => {
  it('injected twice: one panel, one set of tags; the first reader has stopped', async () => {
    const doc = load(hostilePage());
    const world = new FakeWorld();
    const first = start(doc, world);
    const second = start(doc, world);
    await Promise.all([first.ready, second.ready]);
    await panelRendered(doc);
    expect(panels(doc)).toHaveLength(1);
    expect(tags(doc)).toHaveLength(second.model().turns.length);
    expect(first.state().features).toEqual([]);
    expect(second.state().features).toEqual(expect.arrayContaining(['speaker-tags', 'outline']));
    // A third start after the second one settled: still one of each.
    const third = start(doc, world);
    await third.ready;
    await panelRendered(doc);
    expect(panels(doc)).toHaveLength(1);
    expect(tags(doc)).toHaveLength(third.model().turns.length);
    expect(second.state().features).toEqual([]);
  });

  it('turns inserted after load: one debounced re-analysis, tags on the new turns too', async () => {
    const doc = load(hostilePage());
    const reader = start(doc, new FakeWorld());
    await reader.ready;
    const turnsBefore = reader.model().turns.length;
    const body = doc.getElementById('artibody')!;
    // A burst of insertions: one paragraph at a time (separate mutations), in one task.
    for (const html of paragraphs(LATE_TURNS).split('\n')) {
      const p = doc.createElement('div');
      p.innerHTML = html; // test setup: the page itself adds markup
      body.append(p.firstElementChild!);
      body.append(doc.createTextNode('\n'));
    }
    await vi.waitFor(() => expect(reader.reanalyses()).toBe(1));
    await sleep(FAST.quietMs * 3);
    expect(reader.reanalyses()).toBe(1);
    expect(reader.model().turns.length).toBe(turnsBefore + LATE_TURNS.length);
    expect(tags(doc)).toHaveLength(reader.model().turns.length);
    await panelRendered(doc);
    expect(panels(doc)).toHaveLength(1);
  });

  /** The real engine, calling `watch(run, step)` as each step is done (`model` last); run 1 is
   *  the first analysis, later runs are re-analyses. */
  function engineWatched(watch: (run: number, step: string) => void) {
    let runs = 0;
    function* analyzeWatched(root: Document): Generator<unknown, ReturnType<typeof analyze>, undefined> {
      const run = ++runs;
      const steps = analyzeInSteps(root);
      for (;;) {
        const next = steps.next();
        watch(run, next.done ? 'model' : String(next.value));
        if (next.done) return next.value;
        yield next.value;
      }
    }
    return { analyze: analyzeWatched, runs: () => runs };
  }

  /** Appends LATE_TURNS to the article body, one paragraph per mutation, as a page script would. */
  function addLateTurns(doc: Document): void {
    const body = doc.getElementById('artibody')!;
    for (const html of paragraphs(LATE_TURNS).split('\n')) {
      const p = doc.createElement('div');
      p.innerHTML = html; // test setup: the page itself adds markup
      body.append(p.firstElementChild!);
    }
  }

  it('a re-analysis runs one step per task; clean mode stays on throughout, tags come back', async () => {
    const doc = load(hostilePage());
    const log: string[] = [];
    const engine = engineWatched((run, step) => {
      if (step === 'model') log.push(`model ${run}`);
      if (run > 1 && step === 'body') {
        // The page queues a task while we analyse: it must get its turn before we finish.
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = () => (log.push(`page task ${run}`), port1.close());
        port2.postMessage(null);
      }
    });
    const reader = start(doc, new FakeWorld(), { analyze: engine.analyze });
    await reader.ready;
    const cleanRemoved: MutationRecord[] = [];
    new (doc.defaultView as any).MutationObserver((records: MutationRecord[]) => {
      cleanRemoved.push(...records.filter(() => !doc.documentElement.hasAttribute(CLEAN_ATTR)));
    }).observe(doc.documentElement, { attributes: true, attributeFilter: [CLEAN_ATTR] });
    addLateTurns(doc);
    await vi.waitFor(() => expect(reader.reanalyses()).toBe(1));
    // Read in place (run 2), then again on the page without our tags (run 3).
    expect(log).toEqual(['model 1', 'page task 2', 'model 2', 'page task 3', 'model 3']);
    expect(cleanRemoved).toEqual([]);
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true);
    expect(tags(doc)).toHaveLength(reader.model().turns.length);
  });

  it('turns the page adds while the first analysis runs are picked up after it', async () => {
    const base = analyze(load(hostilePage())).turns.length;
    const doc = load(hostilePage());
    let added = false;
    const engine = engineWatched((run, step) => {
      // Between our tasks, after the paragraphs were read: the model will not have them.
      if (run === 1 && step === 'turns' && !added) {
        added = true;
        addLateTurns(doc);
      }
    });
    const reader = start(doc, new FakeWorld(), { analyze: engine.analyze });
    await reader.ready;
    expect(added).toBe(true);
    expect(reader.model().turns.length).toBe(base);
    await vi.waitFor(() => expect(reader.model().turns.length).toBe(base + LATE_TURNS.length));
    // The new model is handed over before its features mount, one task each: the tags follow.
    await vi.waitFor(() => expect(tags(doc)).toHaveLength(base + LATE_TURNS.length));
  });

  it('a settings change while the page is read again does not mount tags on the old model', async () => {
    const doc = load(hostilePage());
    const world = new FakeWorld();
    const engine = engineWatched((run, step) => {
      // Run 3 reads the page after our tags were undone: a setting changes in the meantime.
      if (run === 3 && step === 'body') void world.platform().storage.set({ outlineCollapsed: true });
    });
    const reader = start(doc, world, { analyze: engine.analyze });
    await reader.ready;
    const before = reader.model().turns.length;
    addLateTurns(doc);
    await vi.waitFor(() => expect(reader.reanalyses()).toBe(1));
    expect(engine.runs()).toBe(3);
    expect(reader.settings().outlineCollapsed).toBe(true);
    expect(reader.model().turns.length).toBe(before + LATE_TURNS.length);
    expect(tags(doc)).toHaveLength(reader.model().turns.length);
    await panelRendered(doc);
    expect(panels(doc)).toHaveLength(1);
  });

  it('a transcript longer than one batch of tags is not re-analysed because of our own tagging', async () => {
    // Tags after the first TURNS_PER_TASK are added in later tasks, while the panel still mounts.
    const turns = Array.from({ length: Math.ceil((TURNS_PER_TASK * 2.5) / LATE_TURNS.length) }, () => LATE_TURNS).flat();
    const doc = load(articlePage('国家发展改革委新闻发布会实录', paragraphs(turns)));
    const engine = engineWatched(() => {});
    const reader = start(doc, new FakeWorld(), { analyze: engine.analyze });
    await reader.ready;
    await vi.waitFor(() => expect(tags(doc)).toHaveLength(reader.model().turns.length));
    expect(reader.model().turns.length).toBeGreaterThan(2 * TURNS_PER_TASK);
    await sleep(FAST.maxWaitMs * 2);
    expect(reader.reanalyses()).toBe(0);
    expect(engine.runs()).toBe(1);
  });

  it('the names the tags add are not the page changing: tags off, then a change without words, reads nothing again', async () => {
    // `问：` / `答：` name no one: the tags add the names, as text of ours.
    const doc = load(articlePage('商务部答记者问', paragraphs([
      ['问', '请问下一步稳外贸有哪些具体安排？'], ['答', '谢谢你的提问。我们将多措并举稳住外贸基本盘。'],
      ['问', '请问外资准入方面有什么新举措？'], ['答', '我们将进一步缩减外资准入负面清单。'],
    ])));
    const world = new FakeWorld();
    const reader = start(doc, world);
    await reader.ready;
    await vi.waitFor(() => expect(tags(doc)).toHaveLength(reader.model().turns.length));
    expect(doc.querySelectorAll(`[${ADDED_ATTR}]`).length).toBeGreaterThan(0);
    await world.platform().storage.set({ speakerTags: false });
    await vi.waitFor(() => expect(tags(doc)).toHaveLength(0));
    doc.body.append(doc.createElement('div'));
    await sleep(FAST.maxWaitMs * 2);
    expect(reader.reanalyses()).toBe(0);
  });

  it('the text read before the tags matches the page read with them: a change without words in the body reads nothing again', async () => {
    const doc = load(articlePage('商务部答记者问', paragraphs([
      ['问', '请问下一步稳外贸有哪些具体安排？'], ['答', '谢谢你的提问。我们将多措并举稳住外贸基本盘。'],
      ['问', '请问外资准入方面有什么新举措？'], ['答', '我们将进一步缩减外资准入负面清单。'],
    ])));
    const reader = start(doc, new FakeWorld());
    await reader.ready;
    await vi.waitFor(() => expect(tags(doc)).toHaveLength(reader.model().turns.length));
    expect(doc.querySelectorAll(`[${ADDED_ATTR}]`).length).toBeGreaterThan(0);
    reader.model().body!.append(doc.createElement('span'));
    await sleep(FAST.maxWaitMs * 2);
    expect(reader.reanalyses()).toBe(0);
    // A word added there is a change.
    reader.model().body!.append(doc.createTextNode('补充。'));
    await vi.waitFor(() => expect(reader.reanalyses()).toBe(1));
  });

  it('a keyboard command given while the page is read again waits for the features', async () => {
    const doc = load(hostilePage());
    let answer: Promise<boolean> | undefined;
    let reader: ContentReader | undefined;
    const engine = engineWatched((run, step) => {
      // Run 3 reads the page after the panel was undone: the reader presses j meanwhile.
      if (run === 3 && step === 'body') answer = reader!.command('next-question');
    });
    reader = start(doc, new FakeWorld(), { analyze: engine.analyze });
    await reader.ready;
    addLateTurns(doc);
    await vi.waitFor(() => expect(reader!.reanalyses()).toBe(1));
    expect(answer).toBeDefined();
    expect(await answer).toBe(true);
  });

  it('an engine that fails while the page is read again leaves the page as Sina made it', async () => {
    const doc = load(hostilePage());
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const engine = engineWatched((run, step) => {
      if (run === 3 && step === 'labels') throw new Error('engine bug');
    });
    const reader = start(doc, new FakeWorld(), { analyze: engine.analyze });
    await reader.ready;
    addLateTurns(doc);
    await vi.waitFor(() => expect(reader.reanalyses()).toBe(1));
    expect(reader.state()).toMatchObject({ transcript: false, features: [], reasons: ['analysis failed'] });
    expect(tags(doc)).toHaveLength(0);
    expect(panels(doc)).toHaveLength(0);
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false);
    error.mockRestore();
  });

  it('body re-rendered (replaced by a copy): the features move to the new body, one set', async () => {
    const doc = load(hostilePage());
    const reader = start(doc, new FakeWorld());
    await reader.ready;
    const old = doc.getElementById('artibody')!;
    const fresh = load(hostilePage()).getElementById('artibody')!;
    const copy = doc.importNode(fresh, true);
    old.replaceWith(copy);
    await vi.waitFor(() => expect(reader.reanalyses()).toBe(1));
    expect(reader.model().body).toBe(copy);
    expect(tags(doc)).toHaveLength(reader.model().turns.length);
    expect(tags(doc).every((t) => copy.contains(t))).toBe(true);
    // The detached old body was given back as it was.
    expect(old.querySelector(TAG_NAME)).toBeNull();
    await panelRendered(doc);
    expect(panels(doc)).toHaveLength(1);
  });

  it('ads inserted outside the article body: no re-analysis', async () => {
    const doc = load(hostilePage());
    const reader = start(doc, new FakeWorld());
    await reader.ready;
    for (let i = 0; i < 20; i++) {
      const ad = doc.createElement('div');
      ad.className = 'ad';
      ad.textContent = `广告 ${i}`;
      doc.getElementById('sidebar')!.append(ad);
    }
    await sleep(FAST.maxWaitMs * 2);
    expect(reader.reanalyses()).toBe(0);
  });

  it('a page that never stops changing gets a bounded number of re-analyses', async () => {
    const doc = load(hostilePage());
    const analyzeSpy = vi.fn(analyzeInSteps);
    const reader = start(doc, new FakeWorld(), { analyze: analyzeSpy, reanalysis: { quietMs: 10, maxWaitMs: 30, max: 3 } });
    await reader.ready;
    const body = doc.getElementById('artibody')!;
    const until = Date.now() + 600;
    for (let i = 0; Date.now() < until; i++) {
      const p = doc.createElement('p');
      p.textContent = `滚动更新 ${i}`;
      body.append(p);
      await sleep(3);
    }
    await sleep(100);
    expect(reader.reanalyses()).toBe(3);
    // 1 at load + at most 2 per re-analysis (in place, then on the restored page).
    expect(analyzeSpy.mock.calls.length).toBeLessThanOrEqual(1 + 2 * 3);
  });

  it('back/forward cache: a restored page applies the settings changed while it slept', async () => {
    const doc = load(hostilePage());
    const world = new FakeWorld();
    const reader = start(doc, world);
    await reader.ready;
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true);
    expect(tags(doc).length).toBeGreaterThan(0);
    // Changed in another tab while this page was in the bfcache: no event reached it.
    world.storage.set('cleanMode', false);
    world.storage.set('speakerTags', false);
    const win = doc.defaultView!;
    win.dispatchEvent(pageshow(win, true));
    await vi.waitFor(() => expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false));
    expect(tags(doc)).toHaveLength(0);
    expect(panels(doc)).toHaveLength(1);
    // And it keeps listening afterwards.
    await world.platform().storage.set({ speakerTags: true });
    await vi.waitFor(() => expect(tags(doc)).toHaveLength(reader.model().turns.length));
    // A non-persisted pageshow (a normal load) changes nothing.
    win.dispatchEvent(pageshow(win, false));
    await sleep(20);
    expect(tags(doc)).toHaveLength(reader.model().turns.length);
  });
});

describe('reversibility', () => {
  // 100 toggles here; the browser test (hardening.e2e.ts) does 1,000 and also counts listeners.
  it('clean mode, tags and panel toggled 100 times: the DOM is the original again', async () => {
    const doc = load(hostilePage());
    const original = doc.documentElement.outerHTML;
    const nodes = () => allElements(doc).length;
    const world = new FakeWorld();
    const reader = start(doc, world);
    await reader.ready;
    await panelRendered(doc);
    const on = doc.documentElement.outerHTML;
    const onNodes = nodes();
    const popup = world.platform();
    const flip = async (value: boolean) => {
      await popup.storage.set({ cleanMode: value, speakerTags: value, outlinePanel: value });
      await vi.waitFor(() => expect(reader.state().features).toHaveLength(value ? 5 : 0), { interval: 1 });
    };
    for (let i = 0; i < 50; i++) {
      await flip(false);
      if (i === 0) expect(doc.documentElement.outerHTML).toBe(original);
      await flip(true);
    }
    await panelRendered(doc);
    expect(doc.documentElement.outerHTML).toBe(on);
    expect(nodes()).toBe(onNodes);
    await flip(false);
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(reader.reanalyses()).toBe(0);
  }, 60_000);
});

describe('a page the engine does not understand', () => {
  it('is left exactly as it was (clean mode off)', async () => {
    const doc = load(PLAIN_PAGE);
    const original = doc.documentElement.outerHTML;
    const world = new FakeWorld({ storage: { cleanMode: false } });
    const reader = start(doc, world);
    await reader.ready;
    await sleep(50);
    expect(reader.model().transcript).toBe(false);
    expect(reader.state().features).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(original);
  });

  it("only clean mode acts when it is on: its attribute and the reader's look's, nothing else", async () => {
    const doc = load(PLAIN_PAGE);
    const original = doc.documentElement.outerHTML;
    const reader = start(doc, new FakeWorld());
    await reader.ready;
    await sleep(50);
    expect(reader.state().features).toEqual(['clean-mode']);
    expect(tags(doc)).toHaveLength(0);
    expect(panels(doc)).toHaveLength(0);
    const html = doc.documentElement;
    expect(html.hasAttribute(CLEAN_ATTR)).toBe(true);
    const clone = html.cloneNode(true) as Element;
    clone.removeAttribute(CLEAN_ATTR);
    for (const attr of Object.values(LOOK_ATTRS)) {
      expect(clone.hasAttribute(attr), attr).toBe(true);
      clone.removeAttribute(attr);
    }
    expect(clone.outerHTML).toBe(original);
    reader.stop();
    expect(html.outerHTML).toBe(original);
  });
});
