// What the content script mounts on a page, one feature at a time (refined-github's shape):
// a feature says when it applies, and `init` registers everything it adds against `ctx.signal`
// (or `ctx.onStop`), so stopping the feature undoes it completely — switching a setting off, live.
import { notATranscript } from '../engine/analyze';
import type { TranscriptModel } from '../engine/model';
import type { CommandName } from '../platform/messages';
import type { SettingsListener } from '../settings/store';
import type { Settings } from '../settings/schema';
import { measure } from './perf';

export interface FeatureContext {
  readonly doc: Document;
  /** The engine's model of the page. For a feature mounted early (see Feature.early) this is
   *  the empty "not analysed yet" model until the page is parsed. */
  readonly model: TranscriptModel;
  /** Aborted when the feature must be undone (its setting went off, or the reader stops). Made
   *  when first read: the core's feature (clean mode, on every Sina page) undoes itself with
   *  `onStop`, so an ordinary article never has the browser build an AbortController. */
  readonly signal: AbortSignal;
  /** Runs `undo` when the feature is undone, before `signal` aborts. */
  onStop(undo: () => void): void;
  /** The extension's UI language (BCP 47, `zh-CN`): the panel and tags speak it, as the popup does. */
  readonly uiLanguage: string;
  /** The settings as they are now. */
  settings(): Settings;
  /** Persists a change (e.g. the outline remembering it was folded); every tab hears of it. */
  saveSettings(patch: Partial<Settings>): Promise<void>;
  /** Runs page edits the feature makes later, outside `init` (a batch in a later task), so that
   *  the reader does not take them for the page changing its article. */
  quietly<T>(edit: () => T): T;
  /** Called on every later settings change while the feature stays mounted; dropped on abort. */
  onSettings(listener: SettingsListener): void;
  /** Offered keyboard commands; return true when handled. Dropped on abort. */
  onCommand(handler: (command: CommandName) => boolean): void;
}

export interface Feature {
  /** Stable id, reported in the page state and used in `sfr:feature:<id>` measures. */
  id: string;
  /** Whether the feature belongs on this analysed page (at `url`) with these settings. */
  enabled(settings: Settings, model: TranscriptModel, url: string): boolean;
  /** Optional: mount at document_start, before the page is parsed, judging by the URL alone.
   *  Once the page is analysed `enabled` decides, and undoes the feature if it says no. */
  early?(settings: Settings, url: string): boolean;
  /** Built from the model's turns and elements: undone while the page is read again and mounted
   *  afresh on the new model. Features without it stay on, judged again by `enabled`. */
  modelBound?: boolean;
  init(ctx: FeatureContext): void;
}

export interface RunnerBase {
  doc: Document;
  /** Asked when a feature first reads `ctx.uiLanguage`: a page without the UI never pays for
   *  the browser's i18n bindings. */
  uiLanguage(): string;
  settings(): Settings;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  quietly<T>(edit: () => T): T;
}

interface Mounted {
  feature: Feature;
  /** Set once the feature is undone: later registrations are dropped. */
  stopped: boolean;
  /** Made when the feature first reads `ctx.signal`. */
  controller?: AbortController;
  stops: Array<() => void>;
  settingsListeners: Set<SettingsListener>;
  commandHandlers: Set<(command: CommandName) => boolean>;
}

/** The model of a page that has not been parsed yet. */
export function pendingModel(doc: Document): TranscriptModel {
  return notATranscript([], ['not analysed yet'], doc.title, null);
}

export class FeatureRunner {
  private readonly mounted = new Map<string, Mounted>();
  private readonly list: Feature[];
  private current: TranscriptModel;
  private analysed = false;
  private rereading = false;
  private language: string | undefined;

  constructor(
    features: readonly Feature[],
    private readonly base: RunnerBase,
  ) {
    this.list = [...features];
    this.current = pendingModel(base.doc);
  }

  /** The features known to the runner, in mounting order. */
  get features(): readonly Feature[] {
    return this.list;
  }

  /** More features (the UI bundle's, loaded later), after those known; ids already known are
   *  skipped. They mount on the next `apply`. */
  add(features: readonly Feature[]): void {
    for (const feature of features) if (!this.list.some((f) => f.id === feature.id)) this.list.push(feature);
  }

  get model(): TranscriptModel {
    return this.current;
  }

  /** The page was analysed: from now on `enabled` decides. */
  setModel(model: TranscriptModel): void {
    this.current = model;
    this.analysed = true;
    this.rereading = false;
  }

  /** The page is about to be read again: model-bound features are undone (their edits would
   *  disturb the reading) and stay off, whatever the settings say, until `setModel`. */
  releaseModel(): void {
    this.rereading = true;
    for (const { feature } of [...this.mounted.values()]) if (feature.modelBound) this.unmount(feature.id);
  }

  /** Mounts what is newly enabled, unmounts what is no longer, gives the rest the new settings. */
  apply(settings: Settings): void {
    for (const feature of this.list) this.applyTo(feature, settings);
  }

  /** `apply` for one feature (the reader mounts them one task each). */
  applyTo(feature: Feature, settings: Settings): void {
    const mounted = this.mounted.get(feature.id);
    const wanted = this.wants(feature, settings);
    if (wanted && !mounted) this.mount(feature);
    else if (!wanted && mounted) this.unmount(feature.id);
    else if (wanted && mounted) {
      for (const listener of mounted.settingsListeners) this.guard(feature, () => listener(settings));
    }
  }

  private wants(feature: Feature, settings: Settings): boolean {
    if (this.rereading && feature.modelBound) return false;
    const decide = this.analysed
      ? () => feature.enabled(settings, this.current, this.base.doc.URL)
      : () => feature.early?.(settings, this.base.doc.URL);
    return this.guard(feature, decide) === true;
  }

  /** Offers a command to the mounted features in mounting order; true when one handled it. */
  dispatch(command: CommandName): boolean {
    for (const { feature, commandHandlers } of this.mounted.values()) {
      for (const handler of commandHandlers) {
        if (this.guard(feature, () => handler(command)) === true) return true;
      }
    }
    return false;
  }

  running(): string[] {
    return [...this.mounted.keys()];
  }

  stopAll(): void {
    for (const id of [...this.mounted.keys()]) this.unmount(id);
  }

  private mount(feature: Feature): void {
    const mounted: Mounted = { feature, stopped: false, stops: [], settingsListeners: new Set(), commandHandlers: new Set() };
    this.mounted.set(feature.id, mounted);
    const runner = this;
    const ctx: FeatureContext = {
      doc: this.base.doc,
      get uiLanguage() {
        return (runner.language ??= runner.base.uiLanguage());
      },
      get model() {
        return runner.current;
      },
      get signal() {
        const controller = (mounted.controller ??= new AbortController());
        // Read after the feature was undone (a late callback): already aborted.
        if (mounted.stopped) controller.abort();
        return controller.signal;
      },
      onStop: (undo) => {
        if (!mounted.stopped) mounted.stops.push(undo);
      },
      settings: this.base.settings,
      saveSettings: this.base.saveSettings,
      quietly: this.base.quietly,
      onSettings: (listener) => {
        if (!mounted.stopped) mounted.settingsListeners.add(listener);
      },
      onCommand: (handler) => {
        if (!mounted.stopped) mounted.commandHandlers.add(handler);
      },
    };
    const ok = this.guard(feature, () => {
      measure(`sfr:feature:${feature.id}`, () => feature.init(ctx));
      return true;
    });
    // A feature that failed half-way is undone at once, so the page is never left half-changed.
    if (!ok) this.unmount(feature.id);
  }

  private unmount(id: string): void {
    const mounted = this.mounted.get(id);
    if (!mounted) return;
    this.mounted.delete(id);
    mounted.stopped = true;
    mounted.settingsListeners.clear();
    mounted.commandHandlers.clear();
    // One undo that throws must not keep the others (or the signal's listeners) from running;
    // abort listeners that throw are reported by the platform, not thrown here.
    for (const undo of mounted.stops.splice(0)) this.guard(mounted.feature, undo);
    mounted.controller?.abort();
  }

  /** One feature's bug must not take the others (or the page) down. */
  private guard<T>(feature: Feature, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      console.error(`[sfr] feature ${feature.id} failed`, error);
      return undefined;
    }
  }
}
