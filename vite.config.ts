// One source, two builds: `vite build --mode chrome|firefox` (scripts/build.mjs runs both).
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, TARGETS, type Target } from './scripts/manifest.ts';
import { CLEAN_ATTR, CLEAN_CSS_FILE } from './src/clean/clean-mode.ts';
import { buildCleanCss } from './src/clean/stylesheet.ts';

/** Clean mode's stylesheet, generated from src/clean/rules.ts and declared in the manifest: the
 *  browser puts it in every matched page before the page renders, inert until clean mode sets its
 *  attribute on <html>. (Emitted before CRXJS writes the manifest, which then finds it.) */
function cleanStylesheet(): Plugin {
  return {
    name: 'sfr:clean-stylesheet',
    buildStart() {
      this.emitFile({ type: 'asset', fileName: CLEAN_CSS_FILE, source: buildCleanCss(CLEAN_ATTR) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = (TARGETS as readonly string[]).includes(mode) ? (mode as Target) : 'chrome';
  return {
    plugins: [
      cleanStylesheet(),
      preact(),
      crx({
        manifest: manifestFor(target) as any,
        browser: target,
        // One self-contained IIFE: no loader, no chunks exposed through web_accessible_resources,
        // and the script starts as soon as the browser injects it.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
        liveReload: false,
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome120',
      // Minified and without source maps; the source zip (npm run package) is what reviewers read.
      minify: true,
      sourcemap: false,
      modulePreload: false,
    },
    // No public/ dir: icons and _locales are referenced from the manifest and copied by CRXJS.
    publicDir: false,
  };
});
