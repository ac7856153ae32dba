#!/usr/bin/env node
// Checks what the build must produce, on the built files themselves (run by `npm test` after
// the build): one self-contained content script, nothing web-accessible, the right background
// per browser, Firefox's gecko settings, every manifest file present.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [];
const check = (ok, message) => ok || problems.push(message);

for (const target of ['chrome', 'firefox']) {
  const dir = `${root}dist/${target}/`;
  if (!existsSync(`${dir}manifest.json`)) {
    problems.push(`${target}: no dist/${target}/manifest.json`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8'));
  check(manifest.web_accessible_resources === undefined, `${target}: web_accessible_resources present`);
  check(manifest.content_scripts?.length === 1 && manifest.content_scripts[0].js.length === 1, `${target}: not exactly one content script file`);
  const script = manifest.content_scripts?.[0]?.js?.[0];
  if (script) {
    const code = readFileSync(`${dir}${script}`, 'utf8');
    check(!/\bimport\s*\(|^\s*import[\s{*]/m.test(code), `${target}: ${script} imports other files`);
    check(/^\(function\(\)\{|^\(\(\)=>\{|^!function/.test(code.trimStart()), `${target}: ${script} is not a self-contained IIFE`);
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
    `_locales/${manifest.default_locale}/messages.json`,
    '_locales/en/messages.json',
  ].filter(Boolean);
  for (const file of files) check(existsSync(`${dir}${file}`), `${target}: ${file} missing`);
}

if (problems.length) {
  for (const problem of problems) console.error(`dist check: ${problem}`);
  process.exit(1);
}
console.log('dist check: chrome and firefox builds look right');
