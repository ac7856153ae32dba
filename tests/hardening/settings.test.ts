// Settings fallbacks seen from the page (issue 7): whatever is in storage — unknown keys, wrong
// types, a corrupt schema version, a storage that throws — the content script starts on valid
// settings and the features behave; the first save writes the current schema version.
import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../../src/cli/load';
import { FEATURES } from '../../src/content/feature-list';
import { startContent, type ContentReader } from '../../src/content/reader';
import { analyzeInSteps } from '../../src/engine/analyze';
import { FakeWorld } from '../../src/platform/fake';
import type { ContentPlatform } from '../../src/platform/types';
import { SCHEMA_VERSION, VERSION_KEY } from '../../src/settings/migrate';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { loadSettings, saveSettings } from '../../src/settings/store';
import { hostilePage } from './pages';

const URL = 'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml';
const pages: LoadedPage[] = [];
const readers: ContentReader[] = [];
afterEach(() => {
  for (const r of readers.splice(0)) r.stop();
  for (const p of pages.splice(0)) p.close();
});

function run(platform: ContentPlatform) {
  const page = loadHtml(hostilePage(), URL);
  pages.push(page);
  const reader = startContent({ doc: page.document, platform, analyze: analyzeInSteps, features: FEATURES });
  readers.push(reader);
  return reader;
}

const CORRUPT: Array<[string, Record<string, unknown>]> = [
  ['wrong types', { cleanMode: 'yes', speakerTags: 1, outlinePanel: null, outlineCollapsed: {} }],
  ['unknown keys', { evil: '<img src=x onerror=alert(1)>', __proto__x: 1, constructor: 'x' }],
  ['a corrupt version', { [VERSION_KEY]: 'abc', cleanMode: 'off' }],
  ['a negative version', { [VERSION_KEY]: -3 }],
  ['a version from the future', { [VERSION_KEY]: 999, cleanMode: 'x', speakerTags: false }],
  ['a prototype-polluting key', JSON.parse('{"__proto__": {"cleanMode": false}, "cleanMode": true}')],
];

describe('corrupt storage falls back to defaults on the page', () => {
  it.each(CORRUPT)('%s', async (_name, stored) => {
    const world = new FakeWorld({ storage: stored });
    const expected = { ...DEFAULT_SETTINGS, ...(stored.speakerTags === false ? { speakerTags: false } : {}) };
    expect(await loadSettings(world.platform())).toEqual(expected);
    const reader = run(world.platform({ tabId: world.openTab(URL).id }));
    await reader.ready;
    expect(reader.settings()).toEqual(expected);
    expect(Object.keys(reader.settings()).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(reader.state().features).toEqual(expected.speakerTags ? ['clean-mode', 'speaker-tags', 'print', 'outline', 'copy'] : ['clean-mode', 'print', 'outline']);
    expect(({} as Record<string, unknown>).cleanMode).toBeUndefined();
  });

  it('a storage that throws: defaults, the page still works', async () => {
    const world = new FakeWorld();
    const platform = world.platform({ tabId: world.openTab(URL).id });
    const broken: ContentPlatform = { ...platform, storage: { ...platform.storage, get: async () => { throw new Error('quota'); } } };
    const reader = run(broken);
    await reader.ready;
    expect(reader.settings()).toEqual(DEFAULT_SETTINGS);
    expect(reader.state().features).toEqual(['clean-mode', 'speaker-tags', 'print', 'outline', 'copy']);
  });

  it('migration: unversioned (v0) storage is read, and the first save stamps the current version', async () => {
    const world = new FakeWorld({ storage: { cleanMode: false } });
    const platform = world.platform();
    expect((await loadSettings(platform)).cleanMode).toBe(false);
    expect(world.storage.has(VERSION_KEY)).toBe(false);
    await saveSettings(platform, { speakerTags: false });
    expect(world.storage.get(VERSION_KEY)).toBe(SCHEMA_VERSION);
    expect(await loadSettings(platform)).toEqual({ ...DEFAULT_SETTINGS, cleanMode: false, speakerTags: false });
    // Invalid patches are never written.
    await saveSettings(platform, { cleanMode: 'no' as unknown as boolean });
    expect(world.storage.get('cleanMode')).toBe(false);
  });
});
