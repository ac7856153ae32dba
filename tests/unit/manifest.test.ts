// What the stores and the issue demand of the manifest, checked on the source and on both
// generated manifests (scripts/manifest.ts), so a loosened permission fails a test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { baseManifest, GECKO_ID, manifestFor } from '../../scripts/manifest';
import { PAGE_CSS_FILE } from '../../src/content/page-css';
import { OPTIONAL_MATCHES, SINA_FINANCE_MATCHES } from '../../src/platform/hosts';
import { COMMANDS } from '../../src/platform/messages';

const ROOT = path.resolve(__dirname, '../..');
const messages = (locale: string) => JSON.parse(fs.readFileSync(path.join(ROOT, '_locales', locale, 'messages.json'), 'utf8'));

function pngSize(file: string): [number, number] {
  const data = fs.readFileSync(path.join(ROOT, file));
  expect(data.subarray(1, 4).toString()).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (target) => {
  const manifest = manifestFor(target);

  test('asks for storage, contextMenus, scripting, activeTab and the two Sina Finance hosts, nothing more at install', () => {
    // contextMenus (the 复制为引文 menu item) adds no install warning in Chrome or Firefox;
    // scripting registers the reader on the sites the user enables; activeTab lets the popup see
    // which site its tab shows. Neither adds an install warning.
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting', 'activeTab']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.host_permissions).toEqual(SINA_FINANCE_MATCHES);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/|\*\.sina/);
  });

  test('the other Sina sites are optional, host by host (no wildcard), and none is a finance host', () => {
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_MATCHES);
    expect(OPTIONAL_MATCHES).toEqual([
      '*://news.sina.com.cn/*', '*://news.sina.cn/*', '*://cj.sina.com.cn/*', '*://t.cj.sina.com.cn/*',
      '*://k.sina.com.cn/*', '*://k.sina.cn/*',
    ]);
    for (const match of OPTIONAL_MATCHES) expect(SINA_FINANCE_MATCHES).not.toContain(match);
  });

  test('one content script and its stylesheet, on finance.sina.com.cn and finance.sina.cn only, no web-accessible resources', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: SINA_FINANCE_MATCHES, js: ['src/content/index.ts'], css: [PAGE_CSS_FILE], run_at: 'document_start' },
    ]);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  test('keeps the default content security policy (no remote or eval’d code)', () => {
    expect(manifest.content_security_policy).toBeUndefined();
  });

  test('remappable commands with localised descriptions; four suggested keys (Chrome takes at most four), copy-quote without', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual([...COMMANDS].sort());
    expect(manifest.commands['copy-quote'].suggested_key).toBeUndefined();
    const keys = Object.values<any>(manifest.commands).filter((c) => c.suggested_key).map((c) => c.suggested_key.default);
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(key).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
    for (const command of Object.values<any>(manifest.commands)) expect(command.description).toMatch(/^__MSG_\w+__$/);
  });

  test('every __MSG_ reference exists in zh_CN (the default) and en', () => {
    const refs = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    expect(manifest.default_locale).toBe('zh_CN');
    for (const locale of ['zh_CN', 'en']) for (const ref of refs) expect(messages(locale)[ref], `${locale}:${ref}`).toBeDefined();
  });

  test('icons at 16, 32, 48 and 128 px', () => {
    for (const [size, file] of Object.entries<string>(manifest.icons)) expect(pngSize(file)).toEqual([Number(size), Number(size)]);
    for (const [size, file] of Object.entries<string>(manifest.action.default_icon)) expect(pngSize(file)).toEqual([Number(size), Number(size)]);
  });

  test('version equals package.json’s', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.version).toBe(pkg.version);
  });
});

test('Chrome: a service worker, no Firefox settings', () => {
  const manifest = manifestFor('chrome');
  expect(manifest.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
  expect(manifest.browser_specific_settings).toBeUndefined();
});

test('Firefox: background scripts, gecko id, 140+/142+, no data collected', () => {
  const manifest = manifestFor('firefox');
  expect(manifest.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  expect(manifest.browser_specific_settings).toEqual({
    gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    gecko_android: { strict_min_version: '142.0' },
  });
});

test('the source manifest is the Chrome one and stays free of per-browser keys', () => {
  expect(baseManifest()).toEqual(manifestFor('chrome'));
});
