// One source, two builds: `vite build --mode chrome|firefox` (scripts/build.mjs runs both).
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, TARGETS, type Target } from './scripts/manifest.ts';
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

export default defineConfig(({ mode }) => {
  const target: Target = (TARGETS as readonly string[]).includes(mode) ? (mode as Target) : 'chrome';
  return {
    plugins: [
      pageStylesheet(),
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
