#!/usr/bin/env node
// `npm run package`: builds both targets, then with web-ext makes in artifacts/
//   sina-finance-reader-chrome-<version>.zip   (Chrome Web Store / load as unpacked after unzip)
//   sina-finance-reader-firefox-<version>.zip  (addons.mozilla.org; Firefox installs it as is)
//   sina-finance-reader-source-<version>.zip   (the sources AMO asks for; README.md says how to build)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version, name } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const webExt = `${root}node_modules/.bin/web-ext`;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, ['scripts/build.mjs']);

for (const target of ['chrome', 'firefox']) {
  run(webExt, ['build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts',
    '--filename', `${name}-${target}-${version}.zip`, '--overwrite-dest']);
}

// Everything needed to rebuild the same dist/ (lock file included); web-ext already leaves out
// dotfiles and node_modules.
run(webExt, ['build', '--source-dir', '.', '--artifacts-dir', 'artifacts',
  '--filename', `${name}-source-${version}.zip`, '--overwrite-dest',
  '--ignore-files', 'dist', 'dist/**', 'artifacts', 'artifacts/**', 'test-results', 'test-results/**',
  'web-ext-artifacts', 'web-ext-artifacts/**', 'docs/screenshots/**', '**/*.log']);
