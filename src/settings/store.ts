// Reading, writing and watching the settings in storage.local (one key per setting, so two tabs
// that change different settings at once never overwrite each other).
import type { Platform } from '../platform/types';
import { migrate, SCHEMA_VERSION, VERSION_KEY } from './migrate';
import { DEFAULT_SETTINGS, SETTING_KEYS, validatePatch, validateSettings, type Settings } from './schema';

export async function loadSettings(platform: Pick<Platform, 'storage'>): Promise<Settings> {
  try {
    return validateSettings(migrate(await platform.storage.get(null)).data);
  } catch (error) {
    // Storage can fail (quota, a profile being torn down); reading on defaults beats a dead page.
    console.warn('[sfr] could not read settings', error);
    return { ...DEFAULT_SETTINGS };
  }
}

/** Writes the valid part of `patch` (everyone watching hears of it through `watchSettings`). */
export async function saveSettings(platform: Pick<Platform, 'storage'>, patch: Partial<Settings>): Promise<void> {
  const valid = validatePatch(patch);
  if (Object.keys(valid).length > 0) await platform.storage.set({ ...valid, [VERSION_KEY]: SCHEMA_VERSION });
}

/** Settings are plain JSON values (the hidden-panel list is an array, read afresh each time). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Whether any setting differs between the two. */
export function settingsDiffer(a: Settings, b: Settings): boolean {
  return SETTING_KEYS.some((key) => !sameValue(a[key], b[key]));
}

export type SettingsListener = (settings: Settings) => void;

/**
 * Calls `listener` whenever a setting changes, in any context (popup, another tab, a command).
 * `initial` is what the caller already applied; only real differences are reported.
 */
export function watchSettings(platform: Pick<Platform, 'storage'>, initial: Settings, listener: SettingsListener): () => void {
  let last = initial;
  let queue = Promise.resolve();
  const relevant = (key: string) => key === VERSION_KEY || (SETTING_KEYS as string[]).includes(key);
  const stop = platform.storage.onChanged((changes) => {
    if (!Object.keys(changes).some(relevant)) return;
    // Re-read rather than trust the event's values: migration and validation then apply alike,
    // and the queue keeps the reports in the order the changes happened.
    queue = queue.then(async () => {
      const next = await loadSettings(platform);
      const changed = settingsDiffer(next, last);
      last = next;
      if (changed && !stopped) listener(next);
    });
  });
  let stopped = false;
  return () => {
    stopped = true;
    stop();
  };
}
