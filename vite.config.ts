// One source, two builds: `vite build --mode chrome|firefox` (scripts/build.mjs runs both).
import { fileURLToPath } from 'node:url';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, TARGETS, type Target } from './scripts/manifest.ts';
import { UI_SCRIPT_FILE } from './src/content/ui-file.ts';
/** The page stylesheet the manifest declares (src/content/page-css.ts), generated at build time.
 *  The module is loaded through Vite like the sources, not imported by this config, which stays
 *  loadable by Node as it is. (Emitted before CRXJS writes the manifest, which then finds it.) */
function pageStylesheet(): Plugin {
  return {
    name: 'sfr:page-stylesheet',
    async buildStart() {
      const file = fileURLToPath(new URL('./src/content/page-css.ts', import.meta.url));
      const { module } = await runnerImport<typeof import('./src/content/page-css')>(file, {
        configFile: false,
        logLevel: 'silent',
      });
      this.emitFile({ type: 'asset', fileName: module.PAGE_CSS_FILE, source: module.buildPageCss() });
    },
  };
}

/** The reader's UI bundle (src/content/ui.ts → ui.js), which the background injects with
 *  scripting.executeScript into frames that need it (src/content/ui-bundle.ts): one self-contained
 *  IIFE, like the content script, built by a second Vite library build and emitted under a fixed
 *  name the background knows. CRXJS's own way (`import file from '../content/ui?script'` in the
 *  background, with the file in standaloneFiles) builds the same IIFE but also leaves an
 *  unreferenced ESM copy of the whole UI in dist, split into chunks shared with the popup; this
 *  build emits the one file that runs. */
function uiBundle(target: Target): Plugin {
  return {
    name: 'sfr:ui-bundle',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        // JSX needs no plugin: tsconfig's jsxImportSource (preact) drives Vite's transform.
        plugins: [],
        build: {
          write: false,
          emptyOutDir: false,
          lib: { entry: fileURLToPath(new URL('./src/content/ui.ts', import.meta.url)), formats: ['iife'], name: 'sfrUi', fileName: () => UI_SCRIPT_FILE },
          target: targetOf(target),
          minify: 'terser',
          terserOptions: TERSER,
          sourcemap: false,
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (!chunk || chunk.type !== 'chunk') throw new Error('sfr:ui-bundle: no bundle built');
      this.emitFile({ type: 'asset', fileName: UI_SCRIPT_FILE, source: chunk.code });
    },
  };
}

/** The content script every Sina Finance page loads (one IIFE, built by CRXJS). */
const CORE_ENTRY = 'src/content/index.ts';

const targetOf = (target: Target) => (target === 'firefox' ? 'firefox140' : 'chrome120');

/** Terser, two compress passes: what every Sina page loads comes out about 3% smaller, gzipped,
 *  than with Vite's default minifier (the 15 KB line of issue 18). */
const TERSER = { ecma: 2020, compress: { passes: 2 } } as const;

export default defineConfig(({ mode }) => {
  const target: Target = (TARGETS as readonly string[]).includes(mode) ? (mode as Target) : 'chrome';
  return {
    plugins: [
      pageStylesheet(),
      uiBundle(target),
      preact(),
      crx({
        manifest: manifestFor(target) as any,
        browser: target,
        // One self-contained IIFE: no loader, no chunks exposed through web_accessible_resources,
        // and the script starts as soon as the browser injects it.
        contentScripts: { standaloneFiles: [CORE_ENTRY] },
        liveReload: false,
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: targetOf(target),
      // Minified and without source maps; the source zip (npm run package) is what reviewers read.
      minify: 'terser',
      terserOptions: TERSER,
      sourcemap: false,
      modulePreload: false,
      // The UI bundle's own build runs inside a hook of this one (sfr:ui-bundle) by design, and
      // terser takes its seconds: the bundler's "slow plugin" notice says nothing new here.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
    // No public/ dir: icons and _locales are referenced from the manifest and copied by CRXJS.
    publicDir: false,
  };
});
