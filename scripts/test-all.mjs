#!/usr/bin/env node
// `npm test`: every check, in order, then one line `N passed, N failed` (the CI reads it).
//   typecheck · eslint (HTML sinks, eval) · unit tests · build (+ a check of its output) · web-ext lint · e2e in Chromium · e2e in Firefox
// Test stages count their tests; the others count as one test each. A stage that cannot run
// (no build, no browser) is a failure with the reason, never a silent skip. Exit code 1 on any
// failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const results = `${root}test-results`;
mkdirSync(results, { recursive: true });

const BROWSERS = {
  chromium: { path: process.env.SFR_CHROMIUM ?? '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: process.env.SFR_FIREFOX ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

const summary = [];
let built = false;

function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
  return { ok: result.status === 0, ms: Date.now() - started, error: result.error, how };
}

function record(stage, passed, failed, note = '') {
  summary.push({ stage, passed, failed, note });
  const mark = failed ? 'FAIL' : 'ok';
  console.log(`\n== ${stage}: ${mark} (${passed} passed, ${failed} failed)${note ? ` — ${note}` : ''}\n`);
}

function banner(stage) {
  console.log(`\n== ${stage}`);
}

/** A stage that is one check: its exit code decides. */
function single(stage, cmd, args) {
  banner(stage);
  const { ok, ms, error } = run(cmd, args);
  record(stage, ok ? 1 : 0, ok ? 0 : 1, error ? error.message : `${ms} ms`);
  return ok;
}

/** A vitest stage: counts come from its JSON report. */
function vitest(stage, project, env = {}) {
  banner(stage);
  const report = `${results}/${stage.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  const { ok, ms, how } = run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${report}`], env);
  if (!existsSync(report)) {
    record(stage, 0, 1, `vitest produced no report (${how} after ${ms} ms)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  let failed = json.numFailedTests;
  // A file that fails to load, or a failing hook, fails the stage even with no failed test.
  if (!ok && failed === 0) failed = 1;
  if (json.numTotalTests === 0) failed = Math.max(failed, 1);
  record(stage, json.numPassedTests, failed, `${ms} ms${json.numTotalTests === 0 ? ', no tests found' : ''}`);
}

function lint() {
  const stage = 'web-ext lint (dist/firefox)';
  banner(stage);
  if (!built) return record(stage, 0, 1, 'not run: the build failed');
  const out = spawnSync(bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--boring'], { cwd: root, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(out.stdout.slice(out.stdout.indexOf('{')));
  } catch {
    process.stdout.write(out.stdout + out.stderr);
    return record(stage, 0, 1, 'could not read the lint report');
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const item of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
  }
  const errors = report.summary?.errors ?? (report.errors ?? []).length;
  record(stage, errors === 0 ? 1 : 0, errors === 0 ? 0 : 1, `${errors} errors, ${report.summary?.warnings ?? 0} warnings`);
}

function e2e(browser) {
  const stage = `e2e ${browser}`;
  const { path, apt } = BROWSERS[browser];
  if (!existsSync(path)) {
    banner(stage);
    return record(stage, 0, 1, `${path} not found: install it with \`npm run setup\` (apt package ${apt})`);
  }
  if (!built) {
    banner(stage);
    return record(stage, 0, 1, 'not run: the build failed');
  }
  vitest(stage, 'e2e', { SFR_BROWSER: browser });
}

single('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
// eslint.config.js: no-unsanitized (every HTML sink), no eval / new Function / implied eval.
single('eslint (src)', bin('eslint'), ['--max-warnings', '0', 'src']);
vitest('unit', 'unit');
built = single('build', process.execPath, ['scripts/build.mjs']) && single('build output check', process.execPath, ['scripts/check-dist.mjs']);
lint();
e2e('chromium');
e2e('firefox');

const passed = summary.reduce((n, s) => n + s.passed, 0);
const failed = summary.reduce((n, s) => n + s.failed, 0);
console.log('\nstage                         passed  failed');
for (const s of summary) console.log(`${s.stage.padEnd(30)}${String(s.passed).padStart(6)}${String(s.failed).padStart(8)}  ${s.note}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
