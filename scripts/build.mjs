#!/usr/bin/env node
// `npm run build`: dist/chrome (service worker) and dist/firefox (background script, gecko id)
// from the same sources. Pass a target (chrome | firefox) to build only that one.
import { build } from 'vite';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const target of targets) {
  if (!['chrome', 'firefox'].includes(target)) throw new Error(`unknown target ${target}`);
  const started = performance.now();
  await build({ mode: target, logLevel: 'warn' });
  console.log(`built dist/${target} in ${Math.round(performance.now() - started)} ms`);
}
