// The content script's work on one page. At document_start: read the settings and put clean
// mode on at once on article URLs (no flash of ads). When the DOM is parsed: analyse the page
// once, mount the enabled features, then keep them in step with the settings, answer the popup
// and carry out keyboard commands.
import type { TranscriptModel } from '../engine/model';
import { isContentMessage, type CommandName, type PageState } from '../platform/messages';
import type { Platform } from '../platform/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';
import { FeatureRunner, type Feature } from './features';
import { begin, measure, timings } from './perf';

export interface ContentDeps {
  doc: Document;
  platform: Platform;
  analyze(root: Document): TranscriptModel;
  features: readonly Feature[];
}

export interface ContentReader {
  /** Settles once the page is analysed and the settings applied. */
  ready: Promise<void>;
  model(): TranscriptModel;
  settings(): Settings;
  state(): PageState;
  command(command: CommandName): Promise<boolean>;
  /** Undoes every feature and removes every listener. */
  stop(): void;
}

function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

function safeAnalyze(analyze: ContentDeps['analyze'], doc: Document): TranscriptModel {
  try {
    return analyze(doc);
  } catch (error) {
    // An engine bug on one odd page must leave that page exactly as Sina made it.
    console.error('[sfr] analyze failed', error);
    return { transcript: false, reasons: ['analysis failed'], title: doc.title, speakers: [], turns: [], questions: [], body: null };
  }
}

export function startContent({ doc, platform, analyze, features }: ContentDeps): ContentReader {
  const endTotal = begin('sfr:total');
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let stopped = false;
  let stopWatching = () => {};

  const runner = new FeatureRunner(features, {
    doc,
    platform,
    settings: () => settings,
    saveSettings: async (patch) => void (await saveSettings(platform, patch)),
  });

  const endSettings = begin('sfr:settings');
  const settingsRead = loadSettings(platform).then((initial) => {
    endSettings();
    if (stopped) return;
    settings = initial;
    measure('sfr:early', () => runner.applyEarly(initial, doc.URL));
    // Watch from here, not from the analysis: a change while a slow page parses still counts.
    stopWatching = watchSettings(platform, initial, (next, changed) => {
      settings = next;
      measure('sfr:features', () => runner.apply(next, changed));
    });
  });

  const ready = Promise.all([settingsRead, parsed(doc)]).then(() => {
    if (stopped) return;
    runner.setModel(measure('sfr:analyze', () => safeAnalyze(analyze, doc)));
    measure('sfr:features', () => runner.apply(settings));
    endTotal();
  });

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
      timings: timings(),
      features: runner.running(),
    };
  };

  async function command(name: CommandName): Promise<boolean> {
    await ready;
    if (runner.dispatch(name)) return true;
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
  const stopMessages = platform.runtime.onMessage((message) => {
    if (!isContentMessage(message)) return undefined;
    if (message.type === 'sfr:get-state') return ready.then(state);
    return command(message.command);
  });

  return {
    ready,
    model: () => runner.model,
    settings: () => settings,
    state,
    command,
    stop() {
      stopped = true;
      stopMessages();
      stopWatching();
      runner.stopAll();
    },
  };
}
