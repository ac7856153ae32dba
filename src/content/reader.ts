// The content script's work on one page. At document_start: read the settings and put clean
// mode on at once on article URLs (no flash of ads). When the DOM is parsed: analyse the page
// once and mount the enabled features, one step per task (./tasks.ts), then keep them in step
// with the settings, answer the popup and carry out keyboard commands. Where the page needs the
// UI (a transcript, or sections for the panel), its features are loaded first (./ui-bundle.ts);
// without them, or when they cannot be loaded, the reader goes on with its own (clean mode).
//
// Hardening (issue 7):
// - Injected twice (a second copy of this script, in this world or an orphaned one): the newest
//   start takes over; every earlier reader on the document stops and undoes its features first,
//   so the page has one panel and one set of tags.
// - Late content (body re-rendered, paragraphs or ads inserted after load): a MutationObserver,
//   on from the end of parsing, schedules a re-analysis, debounced (quiet period, with a cap on
//   the wait) and bounded (at most `max` per page). It re-analyses only when the text the model
//   was read from changed (our own edits never change the page's text: the names tags add are
//   marked as ours and not counted, the panel lives outside <body>), and remounts the model-bound
//   features only when the model really changed. A re-analysis runs one step per task like the
//   first one; changes that arrive while one runs are checked when it ends.
// - Back/forward cache: on a restored page the settings are read again (changes made while the
//   page slept are applied) and the page is checked for changes like late content.
import type { TranscriptModel } from '../engine/model';
import { pageText } from '../engine/paragraphs';
import { isContentMessage, type CommandName, type PageState } from '../platform/messages';
import type { ContentPlatform } from '../platform/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { loadSettings, saveSettings, settingsDiffer, watchSettings } from '../settings/store';
import { FeatureRunner, pendingModel, type Feature } from './features';
import { begin, measure, publishTimings, TIMINGS_EVENT } from './perf';
import { nextTask } from './tasks';
import { wantsUi } from './ui-bundle';

export interface ContentDeps {
  doc: Document;
  platform: ContentPlatform;
  /** The engine's analysis, one step at a time (`analyzeInSteps`). */
  analyze(root: Document): Iterator<unknown, TranscriptModel, undefined>;
  /** The features the reader starts with (the core's). */
  features: readonly Feature[];
  /** The UI's features, loaded (injected) when the page first needs them (./ui-bundle.ts);
   *  without it the reader has only `features`. */
  loadUi?: () => Promise<readonly Feature[]>;
  /** Re-analysis of late content; defaults suit a live page, tests shorten them. */
  reanalysis?: Partial<ReanalysisOptions>;
}

export interface ReanalysisOptions {
  /** Re-analyse once the page has been quiet this long after a change (ms). */
  quietMs: number;
  /** …but never wait longer than this after the first change (ms). */
  maxWaitMs: number;
  /** At most this many re-analyses per page; after that the reader stops watching. */
  max: number;
}

export const REANALYSIS_DEFAULTS: ReanalysisOptions = { quietMs: 400, maxWaitMs: 2000, max: 10 };

/** Dispatched on the document by every reader that starts; earlier readers stop on hearing it.
 *  A plain Event (no detail) so it crosses content-script worlds in every browser. */
export const TAKEOVER_EVENT = 'sfr-reader-takeover';

export interface ContentReader {
  /** Settles once the page is analysed and the settings applied. */
  ready: Promise<void>;
  model(): TranscriptModel;
  settings(): Settings;
  state(): PageState;
  command(command: CommandName): Promise<boolean>;
  /** Undoes every feature and removes every listener. */
  stop(): void;
  /** How many times late content made the reader analyse the page again. */
  reanalyses(): number;
}

function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

function failedModel(doc: Document, error: unknown): TranscriptModel {
  // An engine bug on one odd page must leave that page exactly as Sina made it.
  console.error('[sfr] analyze failed', error);
  return { ...pendingModel(doc), reasons: ['analysis failed'], whyNot: ['unreadable'] };
}

/** The analysis one step per task, each step measured as `sfr:analyze:<step>` (find body,
 *  paragraphs, labels, turns, roles, decision, then `model`); null if the reader stopped on the way. */
async function analyzeInTasks(analyze: ContentDeps['analyze'], doc: Document, stopped: () => boolean): Promise<TranscriptModel | null> {
  let steps: Iterator<unknown, TranscriptModel, undefined>;
  try {
    steps = analyze(doc);
  } catch (error) {
    return failedModel(doc, error);
  }
  for (;;) {
    await nextTask();
    if (stopped()) return null;
    try {
      const end = begin('sfr:analyze');
      const next = steps.next();
      end(`sfr:analyze:${next.done ? 'model' : String(next.value)}`);
      if (next.done) return next.value;
    } catch (error) {
      return failedModel(doc, error);
    }
  }
}

/** The text the model was read from: the article body when it is still in the page, else the
 *  whole body. Our own edits keep it (see the header), page changes that matter do not. */
function fingerprint(doc: Document, model: TranscriptModel): string {
  const scope = model.body?.isConnected ? model.body : doc.body;
  return `${scope === model.body ? 'b' : 'p'}:${scope ? pageText(scope) : ''}`;
}

const speakersJson = (model: TranscriptModel) => JSON.stringify(model.speakers, (key, value) => (key === 'kind' ? undefined : value));

/** Same speakers, same turns on the same elements: the mounted features still fit. */
function sameModel(a: TranscriptModel, b: TranscriptModel): boolean {
  if (a.transcript !== b.transcript || a.body !== b.body || a.turns.length !== b.turns.length) return false;
  // Speakers are plain data; their kinds follow from the rest and the opening (the UI works them
  // out on the model it mounts on, so a fresh reading has none yet).
  if (a.questions.length !== b.questions.length || a.opening !== b.opening || speakersJson(a) !== speakersJson(b)) return false;
  return a.turns.every((t, i) => {
    const u = b.turns[i]!;
    return t.speaker === u.speaker && t.text === u.text && t.label === u.label
      && t.elements.length === u.elements.length && t.elements.every((el, j) => el === u.elements[j]);
  });
}

const OURS = /^sfr-/;
function isOurs(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (OURS.test((n as Element).localName) || OURS.test((n as Element).id))) return true;
  }
  return false;
}

export function startContent({ doc, platform, analyze, features, loadUi, reanalysis }: ContentDeps): ContentReader {
  // Earlier readers on this document (the script injected again) undo themselves first.
  const EventCtor = doc.defaultView?.Event ?? Event;
  doc.dispatchEvent(new EventCtor(TAKEOVER_EVENT));
  const options = { ...REANALYSIS_DEFAULTS, ...reanalysis };
  const endTotal = begin('sfr:total');
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let stopped = false;
  let stopWatching = () => {};

  const runner = new FeatureRunner(features, {
    doc,
    uiLanguage: () => platform.i18n.uiLanguage(),
    settings: () => settings,
    saveSettings: (patch) => saveSettings(platform, patch),
    quietly: (edit) => quiet(edit),
  });

  const endSettings = begin('sfr:settings');
  // Our own DOM edits happen inside `quiet`, with the observer off (page changes made before
  // are taken first, so none is lost).
  let observer: MutationObserver | null = null;
  let observing = false;
  const observe = () => {
    if (observer && !observing && !stopped) {
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      observing = true;
    }
  };
  function quiet<T>(fn: () => T): T {
    if (!observer || !observing) return fn();
    onMutations(observer.takeRecords());
    observer.disconnect();
    observing = false;
    try {
      return fn();
    } finally {
      observe();
    }
  }

  // The UI bundle, loaded once per reader, the first time the page and the settings want it.
  let ui: Promise<void> | null = null;
  function ensureUi(): Promise<void> {
    if (!ui && loadUi && wantsUi(settings, runner.model)) {
      ui = loadUi().catch(() => []).then((more) => {
        if (!stopped) runner.add(more);
      });
    }
    return ui ?? Promise.resolve();
  }

  const applyAll = () => quiet(() => measure('sfr:features', () => runner.apply(settings)));
  const applySettings = (next: Settings) => {
    settings = next;
    applyAll();
    // A setting that turns on a feature of the UI bundle (the section panel) loads it first.
    if (!ui && loadUi && wantsUi(next, runner.model)) {
      void ensureUi().then(() => {
        if (!stopped) applyAll();
      });
    }
  };

  const watch = (initial: Settings) => {
    stopWatching();
    stopWatching = watchSettings(platform, initial, applySettings);
  };

  const settingsRead = loadSettings(platform).then((initial) => {
    endSettings();
    if (stopped) return;
    settings = initial;
    // Not analysed yet: `early` decides, by the URL alone.
    measure('sfr:early', () => runner.apply(initial));
    // Watch from here, not from the analysis: a change while a slow page parses still counts.
    watch(initial);
  });

  let seen = '';
  // The text a model was read from, taken as the runner gets it: before the features edit the
  // page that is one textContent read, where with our tags in it the read walks around them
  // (some 0.8 ms of script on t00). Null when it is to be read at the end of mounting.
  let readFrom: string | null = null;
  const useModel = (model: TranscriptModel) => {
    readFrom = fingerprint(doc, model);
    runner.setModel(model);
  };
  let reanalysed = 0;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  // Analysing or mounting (the first time or again): page changes seen meanwhile are checked
  // when that ends, since the model may have been read before them.
  let busy = true;
  let changedMeanwhile = false;
  let settleWaiters: Array<() => void> = [];
  /** Resolves once no analysis or mounting is under way (commands wait for the features). */
  const whenSettled = (): Promise<void> =>
    busy && !stopped ? new Promise((resolve) => settleWaiters.push(resolve)) : Promise.resolve();
  const releaseWaiters = () => {
    const waiters = settleWaiters;
    settleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  /** Each feature in a task of its own; false if the reader stopped on the way. */
  async function mountInTasks(): Promise<boolean> {
    // The UI decision (it may read the sections) in a task of its own, like the mounting.
    await nextTask();
    if (stopped) return false;
    await ensureUi();
    for (const feature of runner.features) {
      await nextTask();
      if (stopped) return false;
      quiet(() => measure('sfr:features', () => runner.applyTo(feature, settings)));
    }
    return true;
  }

  /** The end of analysing or mounting: from here, page changes are measured against this model. */
  function settle(): void {
    busy = false;
    releaseWaiters();
    seen = readFrom ?? fingerprint(doc, runner.model);
    readFrom = null;
    if (changedMeanwhile) {
      changedMeanwhile = false;
      seen = ''; // matches no fingerprint: the scheduled check reads the page again
      schedule();
    }
  }

  const ready = Promise.all([settingsRead, parsed(doc)]).then(async () => {
    const Observer = doc.defaultView?.MutationObserver;
    if (Observer && options.max > 0) {
      observer = new Observer(onMutations);
      observe();
    }
    // Each step of the analysis and then each feature in a task of its own, none sharing a task
    // with the page's parser or with each other: the page gets the main thread back in between,
    // so no task grows long, even on a very long transcript (issue 6).
    const model = await analyzeInTasks(analyze, doc, () => stopped);
    if (!model) return;
    useModel(model);
    if (!(await mountInTasks())) return;
    settle();
    endTotal();
  });

  function onMutations(records: MutationRecord[]): void {
    // (During an analysis one change is as good as many: the page is checked once it ends.)
    if (stopped || reanalysed >= options.max || (busy && changedMeanwhile)) return;
    const head = doc.head;
    const relevant = records.some((r) => !(head && head.contains(r.target)) && !isOurs(r.target)
      && (r.type === 'characterData' || [...r.addedNodes, ...r.removedNodes].some((n) => !isOurs(n))));
    if (!relevant) return;
    if (busy) changedMeanwhile = true;
    else schedule();
  }

  function schedule(): void {
    const now = Date.now();
    if (quietTimer === undefined) firstChange = now;
    else clearTimeout(quietTimer);
    const wait = Math.max(0, Math.min(options.quietMs, firstChange + options.maxWaitMs - now));
    quietTimer = setTimeout(recheck, wait);
  }

  /** The page changed under us: analyse again if the text the model came from changed. */
  function recheck(): void {
    quietTimer = undefined;
    if (stopped || reanalysed >= options.max) return;
    if (busy) {
      changedMeanwhile = true;
      return;
    }
    if (fingerprint(doc, runner.model) === seen) return;
    busy = true;
    void reanalyse().catch((error: unknown) => {
      // An engine or feature bug half-way must not leave the page half-changed: as on a failed
      // first analysis, the page is left as Sina made it.
      quiet(() => {
        readFrom = null;
        runner.setModel(failedModel(doc, error));
        runner.apply(settings);
      });
      return true;
    }).then((done) => {
      if (!done || stopped) return;
      reanalysed++;
      if (reanalysed >= options.max) {
        // Bounded: a page that never stops changing gets no more work from us.
        observer?.disconnect();
        observing = false;
        changedMeanwhile = false;
      }
      settle();
    });
  }

  /** Reads the page again, one step per task; remounts only when the model changed. False if the
   *  reader stopped on the way. */
  async function reanalyse(): Promise<boolean> {
    // Read in place first (our tags stay): when the model is the same, nothing is touched.
    const inPlace = await analyzeInTasks(analyze, doc, () => stopped);
    if (!inPlace) return false;
    if (sameModel(runner.model, inPlace)) return true;
    // Read the page as Sina made it: the model-bound features' edits are undone first.
    await nextTask();
    if (stopped) return false;
    quiet(() => measure('sfr:features', () => runner.releaseModel()));
    const fresh = await analyzeInTasks(analyze, doc, () => stopped);
    if (!fresh) return false;
    useModel(fresh);
    return mountInTasks();
  }

  // Back/forward cache: a restored page missed the settings changes made while it slept.
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted || stopped) return;
    void loadSettings(platform).then((next) => {
      if (stopped) return;
      const changed = settingsDiffer(next, settings);
      watch(next);
      if (changed) applySettings(next);
      else settings = next;
      if (fingerprint(doc, runner.model) !== seen) schedule();
    });
  };
  const win = doc.defaultView;
  win?.addEventListener('pageshow', onPageShow);

  const state = (): PageState => {
    const model = runner.model;
    return {
      article: model.body !== null,
      transcript: model.transcript,
      questions: model.questions.length,
      speakers: model.speakers.length,
      turns: model.turns.length,
      title: model.title,
      reasons: [...model.reasons],
      whyNot: [...model.whyNot],
      features: runner.running(),
    };
  };

  async function command(name: CommandName): Promise<boolean> {
    await ready;
    await whenSettled();
    if (quiet(() => runner.dispatch(name))) return true;
    // Fallbacks for commands that no mounted feature took. Settings changes reach every tab.
    if (name === 'toggle-clean-mode') {
      await saveSettings(platform, { cleanMode: !settings.cleanMode });
      return true;
    }
    if (name === 'toggle-outline' && runner.model.transcript && !settings.outlinePanel) {
      await saveSettings(platform, { outlinePanel: true });
      return true;
    }
    return false;
  }

  // Listening from the start: a popup opened while the page loads waits for the analysis.
  const stopMessages = platform.inbox.listen((message) => {
    if (!isContentMessage(message)) return undefined;
    if (message.type === 'sfr:get-state') return ready.then(state);
    return command(message.command);
  });

  function stop(): void {
    if (stopped) return;
    stopped = true;
    doc.removeEventListener(TAKEOVER_EVENT, stop);
    doc.removeEventListener(TIMINGS_EVENT, publishTimings);
    win?.removeEventListener('pageshow', onPageShow);
    observer?.disconnect();
    observer = null;
    observing = false;
    releaseWaiters();
    if (quietTimer !== undefined) clearTimeout(quietTimer);
    stopMessages();
    stopWatching();
    runner.stopAll();
  }
  // A reader started after this one (the script injected again) takes over.
  doc.addEventListener(TAKEOVER_EVENT, stop);
  doc.addEventListener(TIMINGS_EVENT, publishTimings);

  return {
    ready,
    model: () => runner.model,
    settings: () => settings,
    state,
    command: (name) => command(name),
    stop,
    reanalyses: () => reanalysed,
  };
}
