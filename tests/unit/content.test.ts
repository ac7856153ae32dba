// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CLEAN_ATTR } from '../../src/clean/clean-mode';
import type { TranscriptModel } from '../../src/engine/model';
import { cleanMode } from '../../src/content/feature-list';
import { FeatureRunner, type Feature } from '../../src/content/features';
import { measure, publishTimings, TIMINGS_EVENT } from '../../src/content/perf';
import { startContent, type ContentReader } from '../../src/content/reader';
import { FakeWorld } from '../../src/platform/fake';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const ARTICLE = 'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml';

function model(over: Partial<TranscriptModel> = {}): TranscriptModel {
  return {
    transcript: true, reasons: ['labelled Q&A'], whyNot: [], title: 'T', speakers: [], turns: [],
    questions: [{ turn: 1, asker: 's2', answers: [2] }], body: document.body, ...over,
  };
}

/** A feature that records its life, for checking the runner. */
function probe(id: string, enabled: Feature['enabled'], log: string[], extra: Partial<Feature> = {}): Feature {
  return {
    id,
    enabled,
    init(ctx) {
      log.push(`+${id}`);
      ctx.signal.addEventListener('abort', () => log.push(`-${id}`));
      ctx.onSettings((s) => log.push(`~${id}:tags=${s.speakerTags},collapsed=${s.outlineCollapsed}`));
      ctx.onCommand((c) => (c === 'next-question' ? (log.push(`${id}:${c}`), true) : false));
    },
    ...extra,
  };
}

let reader: ContentReader | undefined;
let world: FakeWorld;
let tabId: number;

beforeEach(() => {
  world = new FakeWorld();
  tabId = world.openTab(ARTICLE).id;
  document.documentElement.removeAttribute(CLEAN_ATTR);
  // Earlier tests' steps out of the way: written, then cleared.
  publishTimings();
  performance.clearMeasures();
});
afterEach(() => {
  reader?.stop();
  reader = undefined;
  vi.unstubAllGlobals();
});

/** An engine stub: one step, then the model `make` returns. */
function steps(make: () => TranscriptModel = () => model()) {
  return function* () {
    yield 'body';
    return make();
  };
}

function start(features: readonly Feature[], analyze: () => Iterator<unknown, TranscriptModel, undefined> = steps()) {
  reader = startContent({ doc: document, platform: world.platform({ tabId }), analyze, features });
  return reader;
}

describe('content script', () => {
  test('answers the popup with the page state', async () => {
    start([cleanMode]);
    const popup = world.platform();
    const state = (await popup.tabs.send(tabId, { type: 'sfr:get-state' })) as any;
    expect(state).toMatchObject({ article: true, transcript: true, questions: 1, title: 'T', features: ['clean-mode'] });
  });

  test('writes its steps to the page\'s User Timing when the document is sent the timings event, and only then', async () => {
    const sfrMeasures = () => performance.getEntriesByType('measure').map((e) => e.name).filter((n) => n.startsWith('sfr:'));
    const r = start([cleanMode]);
    await r.ready;
    expect(sfrMeasures()).toEqual([]);
    document.dispatchEvent(new Event(TIMINGS_EVENT));
    // The analysis step by step, each feature, and the whole start.
    expect(sfrMeasures()).toEqual(expect.arrayContaining(['sfr:settings', 'sfr:early', 'sfr:analyze:body', 'sfr:analyze:model', 'sfr:features', 'sfr:feature:clean-mode', 'sfr:total']));
    performance.clearMeasures();
    r.stop();
    measure('sfr:later', () => {});
    document.dispatchEvent(new Event(TIMINGS_EVENT));
    expect(sfrMeasures()).toEqual([]);
  });

  test('clean mode follows the setting live, from any context, and back', async () => {
    await start([cleanMode]).ready;
    expect(document.documentElement.getAttribute(CLEAN_ATTR)).toBe('on');
    await world.platform().storage.set({ cleanMode: false });
    await vi.waitFor(() => expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false));
    await world.platform().storage.set({ cleanMode: true });
    await vi.waitFor(() => expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true));
  });

  test('stored "off" is respected from the start', async () => {
    world.storage.set('cleanMode', false);
    await start([cleanMode]).ready;
    expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false);
  });

  test('clean mode goes on early on an article URL, and off again if the page has no article body', async () => {
    (window as any).happyDOM.setURL(ARTICLE);
    let onDuringAnalysis: boolean | undefined;
    const r = start([cleanMode], steps(() => {
      onDuringAnalysis = document.documentElement.hasAttribute(CLEAN_ATTR);
      return model({ transcript: false, body: null });
    }));
    await r.ready;
    expect(onDuringAnalysis).toBe(true);
    expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false);
    expect(r.state().features).toEqual([]);
  });

  test('settings changed while the page is still parsing are followed', async () => {
    (window as any).happyDOM.setURL(ARTICLE);
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const analyze = vi.fn(steps());
    try {
      const r = start([cleanMode], analyze);
      await vi.waitFor(() => expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true));
      await world.platform().storage.set({ cleanMode: false });
      await vi.waitFor(() => expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false));
      expect(analyze).not.toHaveBeenCalled();

      delete (document as any).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await r.ready;
      expect(analyze).toHaveBeenCalledOnce();
      expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false);
    } finally {
      delete (document as any).readyState;
    }
  });

  test('early mounting is for article URLs with clean mode on', () => {
    const on = { cleanMode: true } as never;
    expect(cleanMode.early!(on, ARTICLE)).toBe(true);
    expect(cleanMode.early!(on, 'https://finance.sina.com.cn/')).toBe(false);
    expect(cleanMode.early!({ cleanMode: false } as never, ARTICLE)).toBe(false);
  });

  test('the keyboard command toggles clean mode through the settings (so every tab follows)', async () => {
    await start([cleanMode]).ready;
    const answer = await world.platform().tabs.send(tabId, { type: 'sfr:command', command: 'toggle-clean-mode' });
    expect(answer).toBe(true);
    expect(world.storage.get('cleanMode')).toBe(false);
    await vi.waitFor(() => expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false));
  });

  test('toggle-outline turns the outline setting on for a transcript when nobody handles it', async () => {
    world.storage.set('outlinePanel', false);
    const r = start([]);
    expect(await r.command('toggle-outline')).toBe(true);
    expect(world.storage.get('outlinePanel')).toBe(true);
    expect(await r.command('next-question')).toBe(false);
  });

  test('features mount, update, take commands and unmount with their settings', async () => {
    const log: string[] = [];
    const r = start([
      probe('tags', (s, m) => s.speakerTags && m.transcript, log),
      probe('outline', (s, m) => s.outlinePanel && m.transcript, log),
    ]);
    await r.ready;
    expect(log).toEqual(['+tags', '+outline']);
    expect(await r.command('next-question')).toBe(true);
    expect(log.at(-1)).toBe('tags:next-question');

    log.length = 0;
    await world.platform().storage.set({ speakerTags: false });
    await vi.waitFor(() => expect(log).toEqual(['-tags', '~outline:tags=false,collapsed=false']));
    await world.platform().storage.set({ outlineCollapsed: true });
    await vi.waitFor(() => expect(log.at(-1)).toBe('~outline:tags=false,collapsed=true'));
    expect(r.state().features).toEqual(['outline']);

    r.stop();
    expect(log.at(-1)).toBe('-outline');
  });

  test('the UI language is asked of the browser only when a feature reads it, and once', async () => {
    const platform = world.platform({ tabId });
    const asked = vi.spyOn(platform.i18n, 'uiLanguage');
    const log: string[] = [];
    reader = startContent({ doc: document, platform, analyze: steps(), features: [cleanMode, probe('plain', () => true, log)] });
    await reader.ready;
    expect(log).toEqual(['+plain']);
    expect(asked).not.toHaveBeenCalled();
    const heard: string[] = [];
    const speaks = (id: string): Feature => ({ id, enabled: () => true, init: (ctx) => void heard.push(ctx.uiLanguage, ctx.uiLanguage) });
    reader.stop();
    reader = startContent({ doc: document, platform, analyze: steps(), features: [speaks('a'), speaks('b')] });
    await reader.ready;
    expect(heard).toEqual(['en-US', 'en-US', 'en-US', 'en-US']);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  test('the analysis and each feature run in tasks of their own', async () => {
    // A task queued during the analysis has run before the first feature mounts, and one queued
    // by a feature has run before the next: the page gets the main thread back in between.
    const log: string[] = [];
    const queueTask = (name: string) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        log.push(name);
        port1.close();
      };
      port2.postMessage(null);
    };
    const feature = (id: string): Feature => ({
      id, enabled: () => true, init: () => void (log.push(`+${id}`), queueTask(`after ${id}`)),
    });
    await start([feature('a'), feature('b')], steps(() => (queueTask('after analyze'), model()))).ready;
    expect(log).toEqual(['after analyze', '+a', 'after a', '+b']);
  });

  test('while the page is read again, model-bound features are off whatever the settings say', () => {
    const log: string[] = [];
    const runner = new FeatureRunner(
      [probe('clean', () => true, log), probe('tags', (_, m) => m.transcript, log, { modelBound: true })],
      { doc: document, uiLanguage: () => 'zh-CN', settings: () => DEFAULT_SETTINGS, saveSettings: async () => {}, quietly: (edit) => edit() },
    );
    runner.setModel(model());
    runner.apply(DEFAULT_SETTINGS);
    expect(log).toEqual(['+clean', '+tags']);
    log.length = 0;
    runner.releaseModel();
    runner.apply(DEFAULT_SETTINGS);
    // Clean mode stays on and hears the change; the tags wait for the new model.
    expect(log).toEqual(['-tags', '~clean:tags=true,collapsed=false']);
    expect(runner.running()).toEqual(['clean']);
    runner.setModel(model());
    runner.apply(DEFAULT_SETTINGS);
    expect(runner.running()).toEqual(['clean', 'tags']);
    runner.stopAll();
  });

  test('a feature undone with onStop has no AbortController made for it; one that reads its signal has', () => {
    let made = 0;
    vi.stubGlobal('AbortController', class extends AbortController {
      constructor() {
        super();
        made++;
      }
    });
    const log: string[] = [];
    const byStop: Feature = { id: 'by-stop', enabled: (s) => s.speakerTags, init: (ctx) => ctx.onStop(() => log.push('-by-stop')) };
    const runner = new FeatureRunner(
      [byStop, probe('by-signal', (s) => s.speakerTags, log)],
      { doc: document, uiLanguage: () => 'zh-CN', settings: () => DEFAULT_SETTINGS, saveSettings: async () => {}, quietly: (edit) => edit() },
    );
    runner.setModel(model());
    runner.apply(DEFAULT_SETTINGS);
    expect(made).toBe(1);
    runner.apply({ ...DEFAULT_SETTINGS, speakerTags: false });
    expect(log).toEqual(['+by-signal', '-by-stop', '-by-signal']);
  });

  test('a signal first read after the feature was undone is already aborted', () => {
    let late: (() => AbortSignal) | undefined;
    const lazy: Feature = { id: 'lazy', enabled: (s) => s.speakerTags, init: (ctx) => void (late = () => ctx.signal) };
    const runner = new FeatureRunner([lazy], {
      doc: document, uiLanguage: () => 'zh-CN', settings: () => DEFAULT_SETTINGS, saveSettings: async () => {}, quietly: (edit) => edit(),
    });
    runner.setModel(model());
    runner.apply(DEFAULT_SETTINGS);
    runner.apply({ ...DEFAULT_SETTINGS, speakerTags: false });
    expect(late!().aborted).toBe(true);
  });

  test('a feature that throws is undone and does not stop the others', async () => {
    const log: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: Feature = {
      id: 'broken',
      enabled: () => true,
      init(ctx) {
        ctx.signal.addEventListener('abort', () => log.push('-broken'));
        ctx.onStop(() => {
          log.push('-broken (undo that throws)');
          throw new Error('undo bug');
        });
        ctx.onStop(() => log.push('-broken (undo after it)'));
        throw new Error('bug');
      },
    };
    const r = start([broken, probe('ok', () => true, log)]);
    await r.ready;
    expect(log).toEqual(['-broken (undo that throws)', '-broken (undo after it)', '-broken', '+ok']);
    expect(r.state().features).toEqual(['ok']);
    error.mockRestore();
  });

  test.each([
    ['at once', () => { throw new Error('engine bug'); }],
    ['half-way through its steps', steps(() => { throw new Error('engine bug'); })],
  ])('an engine that throws %s leaves the page alone', async (_, analyze) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = start([cleanMode], analyze);
    await r.ready;
    expect(r.state()).toMatchObject({ article: false, transcript: false, reasons: ['analysis failed'] });
    expect(document.documentElement.hasAttribute(CLEAN_ATTR)).toBe(false);
    error.mockRestore();
  });

  test('ignores messages that are not for it', async () => {
    await start([cleanMode]).ready;
    await expect(world.platform().tabs.send(tabId, { type: 'something-else' } as never)).rejects.toThrow(/Receiving end/);
  });
});
