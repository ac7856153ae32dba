// scripts/check-dist.mjs (run by `npm test` on the real build) enforces least privilege on built
// manifests and files. Here it is fed small synthetic builds, one flaw at a time, to prove each
// check fires (and that a clean build passes).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../scripts/check-dist.mjs');
const SINA = ['*://finance.sina.com.cn/*', '*://finance.sina.cn/*'];
const OTHER_SINA = ['*://news.sina.com.cn/*', '*://news.sina.cn/*', '*://cj.sina.com.cn/*', '*://t.cj.sina.com.cn/*',
  '*://k.sina.com.cn/*', '*://k.sina.cn/*'];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sfr-dist-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Files = Record<string, string>;
function manifest(target: 'chrome' | 'firefox', over: Record<string, unknown> = {}) {
  return {
    manifest_version: 3,
    name: 'x',
    version: '0.1.0',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: SINA,
    content_scripts: [{ matches: SINA, js: ['cs.js'], css: ['page.css'], run_at: 'document_start' }],
    background: target === 'chrome' ? { service_worker: 'sw.js' } : { scripts: ['sw.js'] },
    ...(target === 'firefox' ? { browser_specific_settings: { gecko: { id: 'x@y' } } } : {}),
    ...over,
  };
}
function build(name: string, change: { manifest?: Record<string, unknown>; files?: Files } = {}): string {
  const root = path.join(tmp, name);
  for (const target of ['chrome', 'firefox'] as const) {
    const files: Files = {
      'manifest.json': JSON.stringify(manifest(target, change.manifest)),
      'cs.js': '(function(){chrome.storage.local.get(null);document.body.textContent="";})();',
      'ui.js': '(function(){globalThis[Symbol.for("ui")]=[];})();',
      'page.css': 'html[data-sfr-clean] .ad,\nhtml[data-sfr-clean] #x{display:none!important}\n[data-sfr-dim]{opacity:.35}'
        + '@keyframes sfr-flash{from{color:red}to{color:blue}}@media (prefers-reduced-motion:reduce){[data-sfr-flash]{animation:none}}'
        + '::highlight(sfr-search){background:#ff0}',
      'sw.js': 'chrome.storage.onChanged.addListener(()=>{});',
      '_locales/en/messages.json': '{}',
      'popup.html': '<!doctype html><script type="module" src="/popup.js"></script>',
      ...change.files,
    };
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(root, 'dist', target, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
    }
  }
  return root;
}
function run(root: string) {
  const out = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, SFR_DIST_ROOT: root }, encoding: 'utf8' });
  return { ok: out.status === 0, text: out.stdout + out.stderr };
}

describe('check-dist: least privilege on the built extension', () => {
  it('a clean build passes', () => {
    expect(run(build('good'))).toMatchObject({ ok: true });
  });

  it('a clean build with the optional Sina sites, registered from the manifest, passes', () => {
    expect(run(build('good-sites', {
      manifest: { optional_host_permissions: OTHER_SINA, permissions: ['storage', 'scripting', 'activeTab'] },
      files: { 'sw.js': 'chrome.storage.local.get();const m=chrome.runtime.getManifest();chrome.scripting.registerContentScripts([{id:"x",js:m.content_scripts[0].js}]);' },
    }))).toMatchObject({ ok: true });
  });

  const flaws: Array<[string, Parameters<typeof build>[1], RegExp]> = [
    ['an unused permission', { manifest: { permissions: ['storage', 'tabs'] } }, /not exactly those the code uses/],
    ['a used API without its permission', { files: { 'sw.js': 'chrome.storage.local.get();chrome.scripting.executeScript({});' } }, /not exactly those the code uses/],
    ['all hosts', { manifest: { host_permissions: ['<all_urls>'] } }, /host_permissions/],
    ['a content script on another host', { manifest: { content_scripts: [{ matches: ['*://*.sina.com.cn/*'], js: ['cs.js'] }] } }, /content script/],
    ['a content script in all frames', { manifest: { content_scripts: [{ matches: SINA, js: ['cs.js'], all_frames: true }] } }, /content script/],
    ['a page rule not scoped to an attribute of ours', { files: { 'page.css': 'html[data-sfr-clean] .ad,\n.sidebar{display:none!important}\n' } }, /not scoped/],
    ['a page rule in a media query, not scoped', { files: { 'page.css': '@media (max-width:600px){.sidebar{display:none}}' } }, /not scoped/],
    ['a page rule whose attribute of ours is only negated', { files: { 'page.css': 'p:not([data-sfr-x]){display:none}' } }, /not scoped/],
    ['a page rule naming our attribute only in a value', { files: { 'page.css': 'a[title="[data-sfr-q]"]{display:none}' } }, /not scoped/],
    ['an @import in the page stylesheet', { files: { 'page.css': '@import url(x.css);[data-sfr-dim]{opacity:.3}' } }, /at-rule/],
    ['no page stylesheet', { manifest: { content_scripts: [{ matches: SINA, js: ['cs.js'] }] } }, /stylesheets are not exactly page\.css/],
    ['web-accessible resources', { manifest: { web_accessible_resources: [{ resources: ['*'], matches: SINA }] } }, /web_accessible_resources/],
    ['a CSP with unsafe-eval', { manifest: { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" } } }, /CSP/],
    ['a CSP allowing a remote host', { manifest: { content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; object-src 'self'" } } }, /CSP/],
    ['eval in a built file', { files: { 'chunk.js': 'export const f=(s)=>eval(s);' } }, /eval\(/],
    ['new Function in a built file', { files: { 'chunk.js': 'export const f=(s)=>new Function(s);' } }, /new Function/],
    ['a string timer', { files: { 'chunk.js': 'setTimeout("go()",1);' } }, /string timer/],
    ['optional hosts beyond the other Sina sites', { manifest: { optional_host_permissions: ['*://*.sina.com.cn/*'], permissions: ['storage', 'activeTab'] } }, /optional_host_permissions/],
    ['an optional API permission', { manifest: { optional_permissions: ['tabs'] } }, /optional API permissions/],
    ['optional Sina sites that nothing registers the reader for', { manifest: { optional_host_permissions: OTHER_SINA, permissions: ['storage', 'activeTab'] } }, /no code registers/],
    ['a registered script not taken from the manifest', {
      manifest: { optional_host_permissions: OTHER_SINA, permissions: ['storage', 'scripting', 'activeTab'] },
      files: { 'sw.js': 'chrome.storage.local.get();chrome.scripting.registerContentScripts([{id:"x",js:["other.js"]}]);' },
    }, /other than the manifest/],
    ['activeTab without sites to offer', { manifest: { permissions: ['storage', 'activeTab'] } }, /not exactly those the code uses/],
    ['a remote script tag', { files: { 'popup.html': '<script src="https://cdn.example/x.js"></script>' } }, /remote <script src>/],
    ['a remote import', { files: { 'chunk.js': 'import("https://cdn.example/x.js");' } }, /import\(\) of a remote URL/],
    ['a UI bundle that loads other files', { files: { 'ui.js': 'import "./chunk.js";' } }, /ui\.js imports other files/],
    ['a content script that is not one self-contained IIFE', { files: { 'cs.js': 'var x=1;(function(){chrome.storage.local.get(null);})();' } }, /cs\.js is not a self-contained IIFE/],
    ['a UI bundle that carries clean mode\'s rules', { files: { 'ui.js': '(function(){const r=(g,s)=>({g,s});r("qr-app",".x");})();' } }, /ui\.js carries clean mode's rules/],
  ];
  it.each(flaws)('fails on %s', (name, change, message) => {
    const result = run(build(name.replace(/\W+/g, '-'), change));
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(message);
  });
});
