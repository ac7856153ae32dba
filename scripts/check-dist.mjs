#!/usr/bin/env node
// Checks what the build must produce, on the built files themselves (run by `npm test` after
// the build): one self-contained content script and UI bundle, nothing web-accessible, the right background
// per browser, Firefox's gecko settings, every manifest file present — and least privilege on
// the built manifests and files (issue 7): exactly the permissions the built code uses, hosts and
// content scripts on Sina Finance only, the other Sina sites only as optional hosts, named one by
// one and served by registering the manifest's own content script (issue 17), a strict (or the default) extension-page CSP, no remote
// script, no eval / new Function / string timers in any built file.
// SFR_DIST_ROOT points it at another tree (tests/hardening/check-dist.test.ts feeds it bad builds).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = process.env.SFR_DIST_ROOT ? path.resolve(process.env.SFR_DIST_ROOT) + '/' : fileURLToPath(new URL('..', import.meta.url));
const problems = [];
const sizes = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** The UI bundle (src/content/ui-file.ts). */
const UI_BUNDLE = 'ui.js';
const check = (ok, message) => ok || problems.push(message);

const SINA_FINANCE = ['*://finance.sina.com.cn/*', '*://finance.sina.cn/*'];
/** The other Sina sites the user may enable (src/platform/hosts.ts OPTIONAL_SITES). */
const OTHER_SINA = ['*://news.sina.com.cn/*', '*://news.sina.cn/*', '*://cj.sina.com.cn/*', '*://t.cj.sina.com.cn/*',
  '*://k.sina.com.cn/*', '*://k.sina.cn/*'];
const same = (a, b) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
/** API namespaces that need a manifest permission, as the built code would call them. */
const GATED = ['storage', 'scripting', 'cookies', 'bookmarks', 'downloads', 'webRequest', 'declarativeNetRequest',
  'notifications', 'alarms', 'contextMenus', 'menus', 'idle', 'management', 'privacy', 'proxy', 'sessions', 'topSites',
  'webNavigation', 'offscreen', 'sidePanel', 'debugger', 'nativeMessaging', 'clipboardRead', 'history', 'unlimitedStorage'];
const usesApi = (code, ns) => new RegExp(`\\.${ns}\\.(on[A-Z]\\w*|local|sync|session|managed|[a-z]\\w*\\()`).test(code);
/** Code from strings, in any built file. */
const CODE_FROM_STRINGS = [
  [/(^|[^.\w$])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/(^|[^.\w$])Function\s*\(\s*["'`]/, 'Function("…")'],
  [/\bset(Timeout|Interval)\s*\(\s*["'`]/, 'a string timer'],
];
const REMOTE_SCRIPT = [
  [/<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i, 'a remote <script src>'],
  [/\bimportScripts\s*\(\s*["'`](https?:)?\/\//, 'importScripts of a remote URL'],
  [/\bimport\s*\(\s*["'`](https?:)?\/\//, 'import() of a remote URL'],
  [/\bfrom\s*["'`](https?:)?\/\//, 'a static import of a remote URL'],
];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function strictCsp(policy) {
  if (policy === undefined) return true;
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name, values];
  }));
  const scripts = directives['script-src'] ?? directives['default-src'];
  if (!scripts) return false;
  const allowed = new Set(["'self'", "'wasm-unsafe-eval'"]);
  const objects = directives['object-src'] ?? directives['default-src'] ?? [];
  return scripts.every((v) => allowed.has(v)) && objects.every((v) => v === "'self'" || v === "'none'");
}

for (const target of ['chrome', 'firefox']) {
  const dir = `${root}dist/${target}/`;
  if (!existsSync(`${dir}manifest.json`)) {
    problems.push(`${target}: no dist/${target}/manifest.json`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8'));
  check(manifest.web_accessible_resources === undefined, `${target}: web_accessible_resources present`);
  check(manifest.externally_connectable === undefined, `${target}: externally_connectable present`);
  check(same(manifest.host_permissions, SINA_FINANCE), `${target}: host_permissions are not exactly the Sina Finance hosts: ${JSON.stringify(manifest.host_permissions)}`);
  const optionalHosts = manifest.optional_host_permissions;
  check(manifest.optional_permissions === undefined, `${target}: optional API permissions present`);
  check(optionalHosts === undefined || same(optionalHosts, OTHER_SINA),
    `${target}: optional_host_permissions are not exactly the other Sina sites: ${JSON.stringify(optionalHosts)}`);
  check((manifest.content_scripts ?? []).every((cs) => same(cs.matches, SINA_FINANCE) && !cs.all_frames && !cs.match_about_blank && !cs.world),
    `${target}: a content script runs beyond the Sina Finance hosts' top frames in its own world`);
  const csp = manifest.content_security_policy;
  check(csp === undefined || (typeof csp === 'object' && Object.keys(csp).every((k) => k === 'extension_pages') && strictCsp(csp.extension_pages)),
    `${target}: extension-page CSP is not strict: ${JSON.stringify(csp)}`);
  const built = walk(dir).filter((f) => /\.(m?js|html)$/.test(f));
  const allCode = built.map((f) => readFileSync(f, 'utf8'));
  built.forEach((file, i) => {
    for (const [re, what] of [...CODE_FROM_STRINGS, ...REMOTE_SCRIPT]) check(!re.test(allCode[i]), `${target}: ${path.relative(dir, file)} has ${what}`);
  });
  const used = GATED.filter((ns) => allCode.some((code) => usesApi(code, ns)));
  // activeTab gates no API of its own: it lets the popup see which site its tab shows, which only
  // matters where there are sites to offer.
  const expected = optionalHosts ? [...used, 'activeTab'] : used;
  check(same(manifest.permissions, expected), `${target}: permissions ${JSON.stringify(manifest.permissions)} are not exactly those the code uses ${JSON.stringify(expected)}`);
  // Enabled sites get the content script the manifest declares, never another file: the code that
  // registers scripts takes their files from the manifest.
  const registering = allCode.filter((code) => /\.registerContentScripts\(/.test(code));
  check(!optionalHosts || registering.length > 0, `${target}: optional hosts, but no code registers the content script for them`);
  check(registering.every((code) => /\.getManifest\(\)/.test(code)), `${target}: content scripts registered from files other than the manifest's`);
  check(manifest.content_scripts?.length === 1 && manifest.content_scripts[0].js.length === 1, `${target}: not exactly one content script file`);
  // The content script every page loads, and the UI bundle the background injects where a page
  // needs it (src/content/ui-bundle.ts): each one self-contained file; their sizes are printed.
  const script = manifest.content_scripts?.[0]?.js?.[0];
  check(existsSync(`${dir}${UI_BUNDLE}`), `${target}: ${UI_BUNDLE} (the UI bundle) missing`);
  for (const file of [script, UI_BUNDLE]) {
    if (!file || !existsSync(`${dir}${file}`)) continue;
    const code = readFileSync(`${dir}${file}`, 'utf8');
    check(!/\bimport\s*\(|^\s*import[\s{*]/m.test(code), `${target}: ${file} imports other files`);
    check(/^\(function\(\)\{|^\(\(\)=>\{|^!function/.test(code.trimStart()), `${target}: ${file} is not a self-contained IIFE`);
    // Clean mode's rules are build-time data for page.css (src/clean/rules.ts): in a script they
    // would be parsed, and built, on every page (their group names give them away).
    check(!/["'`](qr-app|related-feed|popup-mask)["'`]/.test(code), `${target}: ${file} carries clean mode's rules (build-time data for page.css)`);
    sizes.push(`${target} ${file}: ${kb(Buffer.byteLength(code))} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzipped`);
  }
  // The page stylesheet goes into every matched page: each of its rules must wait for one of our
  // attributes or highlights, so that it does nothing where the extension does nothing. Each
  // selector's first compound must carry an attribute of ours (or be one of our highlights); the
  // only at-rules allowed are @media around such rules and our own @keyframes.
  const sheets = manifest.content_scripts?.[0]?.css ?? [];
  check(same(sheets, ['page.css']), `${target}: content script stylesheets are not exactly page.css: ${JSON.stringify(sheets)}`);
  if (existsSync(`${dir}page.css`)) {
    const css = readFileSync(`${dir}page.css`, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@keyframes\s+sfr-[\w-]+\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
      .replace(/@media[^{]*\{/g, '');
    const atRules = css.match(/@[\w-]+/g) ?? [];
    const selectors = css.split('}').flatMap((block) => block.split('{')[0].split(',')).map((s) => s.trim()).filter(Boolean);
    // (A ::before/::after of such a compound waits for the attribute too: print's headings; so do
    // :hover and :empty on it: the speaker tags' tooltip and badge.)
    const ours = /^(?:[a-z][a-z0-9-]*)?(?:\[data-sfr-[\w-]+(?:=(?:[\w-]+|"[\w-]+"))?\])+(?::(?:hover|empty))*(?:::(?:before|after))?$|^::highlight\(sfr-[\w-]+\)$/;
    const unscoped = selectors.filter((s) => !ours.test(s.split(/\s*[\s>+~]\s*/)[0]));
    check(atRules.length === 0, `${target}: page.css has an at-rule other than @media and @keyframes sfr-*: ${atRules.join(' ')}`);
    check(selectors.length > 0 && unscoped.length === 0, `${target}: page.css has rules not scoped to an attribute of ours: ${unscoped.slice(0, 3).join(' | ')}`);
  }
  if (target === 'chrome') {
    check(typeof manifest.background?.service_worker === 'string', 'chrome: no service worker');
    check(manifest.browser_specific_settings === undefined, 'chrome: browser_specific_settings present');
  } else {
    check(Array.isArray(manifest.background?.scripts), 'firefox: no background.scripts');
    check(manifest.background?.service_worker === undefined, 'firefox: service_worker present');
    check(manifest.browser_specific_settings?.gecko?.id !== undefined, 'firefox: no gecko id');
  }
  const files = [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.action?.default_popup,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...sheets,
    `_locales/${manifest.default_locale}/messages.json`,
    '_locales/en/messages.json',
  ].filter(Boolean);
  for (const file of files) check(existsSync(`${dir}${file}`), `${target}: ${file} missing`);
}

if (problems.length) {
  for (const problem of problems) console.error(`dist check: ${problem}`);
  process.exit(1);
}
for (const line of sizes) console.log(`dist check: ${line}`);
console.log('dist check: chrome and firefox builds look right');
