import { describe, expect, test, vi } from 'vitest';
import { FakeWorld } from '../../src/platform/fake';
import {
  DEFAULT_SETTINGS, loadSettings, migrate, SCHEMA_VERSION, saveSettings, SETTING_KEYS,
  validatePatch, validateSettings, VERSION_KEY, watchSettings, type Migration,
} from '../../src/settings';
import { HIDDEN_PANELS_MAX, TEXT_SIZES } from '../../src/settings/schema';

describe('validateSettings', () => {
  test('defaults for anything that is not an object', () => {
    for (const raw of [undefined, null, 42, 'cleanMode', [true], true]) {
      expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  test('keeps valid values, falls back per key for wrong types, drops unknown keys', () => {
    const settings = validateSettings({
      cleanMode: false,
      outlinePanel: 'yes',
      speakerTags: null,
      outlineCollapsed: 1,
      fontSize: 99,
      __proto__: { speakerTags: false },
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, cleanMode: false });
    expect(Object.keys(settings).sort()).toEqual([...SETTING_KEYS].sort());
  });

  test('missing keys take their defaults', () => {
    expect(validateSettings({ speakerTags: false })).toEqual({ ...DEFAULT_SETTINGS, speakerTags: false });
  });

  test("defaults: clean mode, outline and tags on; outline not collapsed; today's look, the system's theme", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      cleanMode: true, outlinePanel: true, speakerTags: true, outlineCollapsed: false,
      textSize: 18, columnWidth: 'normal', lineSpacing: 'normal', fontFamily: 'sans', theme: 'system', hiddenPanels: [],
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.hiddenPanels)).toBe(true);
  });

  test('the look settings keep only their listed values', () => {
    expect(validateSettings({ textSize: 20, columnWidth: 'wide', lineSpacing: 'loose', fontFamily: 'serif', theme: 'sepia' }))
      .toEqual({ ...DEFAULT_SETTINGS, textSize: 20, columnWidth: 'wide', lineSpacing: 'loose', fontFamily: 'serif', theme: 'sepia' });
    for (const TEXT_SIZE of [TEXT_SIZES[0], TEXT_SIZES[TEXT_SIZES.length - 1]]) expect(validateSettings({ textSize: TEXT_SIZE }).textSize).toBe(TEXT_SIZE);
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(5);
    const bad = { textSize: 19, columnWidth: 'WIDE', lineSpacing: 2, fontFamily: 'mono', theme: 'black' };
    expect(validateSettings(bad)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ textSize: '18' }).textSize).toBe(18);
    expect(validatePatch({ theme: 'dark', textSize: 99 })).toEqual({ theme: 'dark' });
  });

  test('the hidden-panel list is a short list of non-empty strings, or the empty default', () => {
    expect(validateSettings({ hiddenPanels: ['finance.sina.com.cn/a.shtml'] }).hiddenPanels).toEqual(['finance.sina.com.cn/a.shtml']);
    for (const bad of ['x', [1], [''], ['x'.repeat(301)], Array(HIDDEN_PANELS_MAX + 1).fill('a'), null]) {
      expect(validateSettings({ hiddenPanels: bad }).hiddenPanels).toEqual([]);
    }
  });

  test('validatePatch keeps only valid, known keys', () => {
    expect(validatePatch({ cleanMode: false, outlinePanel: 'no', bogus: true })).toEqual({ cleanMode: false });
    expect(validatePatch(null)).toEqual({});
  });
});

describe('migrate', () => {
  test('storage without a version is version 0 and becomes the current version', () => {
    const result = migrate({ cleanMode: false });
    expect(result).toEqual({ data: { cleanMode: false }, from: 0, version: SCHEMA_VERSION });
  });

  test('runs the steps in order from the stored version', () => {
    const steps: Migration[] = [
      { from: 0, migrate: (d) => ({ ...d, a: 'from 0' }) },
      { from: 1, migrate: ({ clean, ...d }) => ({ ...d, cleanMode: clean }) },
      { from: 2, migrate: (d) => ({ ...d, b: `${d.a} then 2` }) },
    ];
    expect(migrate({ schemaVersion: 1, clean: false }, steps, 3)).toEqual({
      data: { schemaVersion: 1, cleanMode: false, b: 'undefined then 2' },
      from: 1,
      version: 3,
    });
    expect(migrate({}, steps, 3).data).toMatchObject({ a: 'from 0', b: 'from 0 then 2' });
  });

  test('a failing step stops the chain without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const steps: Migration[] = [
      { from: 0, migrate: (d) => ({ ...d, step0: true }) },
      { from: 1, migrate: () => { throw new Error('bad data'); } },
    ];
    expect(migrate({ x: 1 }, steps, 2)).toEqual({ data: { x: 1, step0: true }, from: 0, version: 1 });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  test('a missing step stops the chain', () => {
    expect(migrate({ schemaVersion: 5 }, [], 7)).toMatchObject({ from: 5, version: 5 });
  });

  test('data from a newer version is left as it is; its known keys still validate', () => {
    const result = migrate({ schemaVersion: 9, cleanMode: false, newThing: 1 });
    expect(result.version).toBe(9);
    expect(validateSettings(result.data)).toEqual({ ...DEFAULT_SETTINGS, cleanMode: false });
  });

  test('a nonsense version counts as 0', () => {
    for (const version of [-1, 1.5, '1', null]) expect(migrate({ [VERSION_KEY]: version }).from).toBe(0);
  });
});

describe("today's stored settings", () => {
  // What the released version writes: its four switches and schemaVersion 1, nothing else.
  const TODAY = { cleanMode: false, outlinePanel: true, speakerTags: false, outlineCollapsed: true, schemaVersion: 1 };

  test('read with their values kept and the new settings at their defaults', async () => {
    const world = new FakeWorld({ storage: { ...TODAY } });
    expect(await loadSettings(world.platform())).toEqual({
      ...DEFAULT_SETTINGS, cleanMode: false, speakerTags: false, outlineCollapsed: true,
    });
    expect(migrate(TODAY)).toMatchObject({ from: 1, version: SCHEMA_VERSION });
  });

  test('a look change leaves the stored switches alone', async () => {
    const world = new FakeWorld({ storage: { ...TODAY } });
    await saveSettings(world.platform(), { theme: 'dark', textSize: 22 });
    expect(Object.fromEntries(world.storage)).toEqual({ ...TODAY, theme: 'dark', textSize: 22, schemaVersion: SCHEMA_VERSION });
    expect(await loadSettings(world.platform())).toMatchObject({ cleanMode: false, theme: 'dark', textSize: 22 });
  });

  test('watchers hear of a changed hidden-panel list, and not of the same list written again', async () => {
    const world = new FakeWorld({ storage: { ...TODAY, hiddenPanels: ['a'] } });
    const platform = world.platform();
    const initial = await loadSettings(platform);
    const seen: string[][] = [];
    const stop = watchSettings(platform, initial, (next) => seen.push(next.hiddenPanels));
    await platform.storage.set({ hiddenPanels: ['a'] });
    await platform.storage.set({ hiddenPanels: ['a', 'b'] });
    await vi.waitFor(() => expect(seen).toEqual([['a', 'b']]));
    stop();
  });
});

describe('settings in storage', () => {
  test('a fresh profile reads the defaults', async () => {
    const world = new FakeWorld();
    expect(await loadSettings(world.platform())).toEqual(DEFAULT_SETTINGS);
  });

  test('invalid stored values fall back to defaults, never a crash', async () => {
    const world = new FakeWorld({ storage: { cleanMode: 'off', outlinePanel: false, schemaVersion: 'x' } });
    expect(await loadSettings(world.platform())).toEqual({ ...DEFAULT_SETTINGS, outlinePanel: false });
  });

  test('a failing storage read gives the defaults', async () => {
    const world = new FakeWorld();
    const platform = world.platform();
    platform.storage.get = () => Promise.reject(new Error('storage is gone'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadSettings(platform)).toEqual(DEFAULT_SETTINGS);
    warn.mockRestore();
  });

  test('saving writes the valid keys and the schema version only', async () => {
    const world = new FakeWorld({ storage: { speakerTags: false } });
    await saveSettings(world.platform(), { cleanMode: false, outlinePanel: 'x' } as never);
    expect(await loadSettings(world.platform())).toEqual({ ...DEFAULT_SETTINGS, cleanMode: false, speakerTags: false });
    expect(Object.fromEntries(world.storage)).toEqual({ speakerTags: false, cleanMode: false, schemaVersion: SCHEMA_VERSION });
  });

  test('watchSettings reports changes made in any context', async () => {
    const world = new FakeWorld();
    const tab = world.platform({ tabId: 1 });
    const popup = world.platform();
    const seen: boolean[] = [];
    const stop = watchSettings(tab, await loadSettings(tab), (settings) => seen.push(settings.cleanMode));

    await saveSettings(popup, { cleanMode: false });
    await vi.waitFor(() => expect(seen).toEqual([false]));

    // Unrelated keys (another feature's data) and no-op writes are not reported.
    await popup.storage.set({ somethingElse: 1 });
    await saveSettings(popup, { cleanMode: false });
    await world.settle(5);
    expect(seen).toHaveLength(1);

    stop();
    await saveSettings(popup, { cleanMode: true });
    await world.settle(5);
    expect(seen).toHaveLength(1);
  });
});
