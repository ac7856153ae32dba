// Clean mode in real browsers, without the extension: src/clean/clean-mode.ts is bundled and run
// in each corpus page (saved and composed), served under its real Sina URL by request
// interception, in headless Chromium and Firefox ESR. For each page: with the mode on no clutter
// element is rendered (computed display and box size), every body paragraph, image and caption
// and the title, date/source and editor line are rendered with their text unchanged; ads added
// later are hidden on arrival; with the mode off again the serialized DOM equals the original.
// SFR_BROWSER=chromium|firefox picks one browser (default both). SFR_CLEAN_SCREENSHOTS=1 also
// writes docs/screenshots/clean-before.png and clean-after.png (Chromium).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, HIDE_RULES, STOCK_LINKS } from '../../src/clean/rules';
import { buildCleanCss, READING } from '../../src/clean/stylesheet';
import { CLEAN_ATTR } from '../../src/clean/clean-mode';
import { allPages, type CorpusPage } from '../clean/corpus';
import { launch, type BrowserName, type Driver, type OpenPage } from './clean-browsers';
import { lateAdsShown, prepare, serialize, verifyOn, type CheckSpec } from './clean-page-checks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const browsers: BrowserName[] = process.env.SFR_BROWSER
  ? [/firefox/i.test(process.env.SFR_BROWSER) ? 'firefox' : 'chromium'] : ['chromium', 'firefox'];
const pages = allPages();
const MOBILE = 'magichtml-3ef3b4e65fab';
const SCREENSHOT_PAGE = 'gne-sina-3';

/** clean-mode.ts as one script defining window.SFRClean, like the content script bundles it,
 *  plus the stylesheet the manifest declares, adopted by the document: like the browser's own
 *  injection it is in force without being part of the DOM. */
async function bundleCleanMode(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(root, 'src/clean/clean-mode.ts')],
    bundle: true, format: 'iife', globalName: 'SFRClean', write: false, target: 'es2022',
  });
  const css = JSON.stringify(buildCleanCss(CLEAN_ATTR));
  return `(() => { ${out.outputFiles[0]!.text}; window.SFRClean = SFRClean;
    const sheet = new CSSStyleSheet(); sheet.replaceSync(${css});
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; })()`;
}

const spec = (page: CorpusPage): CheckSpec => ({
  hide: HIDE_RULES.map((r) => ({ selector: r.selector, inBody: !!r.inBody })),
  body: [...ARTICLE.body],
  parts: [...ARTICLE.title, ...ARTICLE.meta, ...ARTICLE.editor],
  stock: [...STOCK_LINKS],
  desktop: page.name !== MOBILE,
  maxWidth: parseFloat(READING.maxWidth) - 2 * parseFloat(READING.gutter),
  fontSize: READING.fontSize,
});

type Clean = { SFRClean: { setCleanMode(d: Document, on: boolean): void } };
const turn = (p: OpenPage, on: boolean) =>
  p.run((v: boolean) => (window as unknown as Clean).SFRClean.setCleanMode(document, v), on);

const measured: string[] = [];

describe.each(browsers)('clean mode in %s, standalone', (browserName) => {
  let driver: Driver;
  let script: string;

  beforeAll(async () => {
    [driver, script] = await Promise.all([launch(browserName), bundleCleanMode()]);
  });
  afterAll(async () => { await driver?.close(); });

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, page) => {
    const mobile = page.name === MOBILE;
    const tab = await driver.open(page.url, page.html, mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 });
    try {
      await tab.runScript(script);
      const before = await tab.run(prepare, { ...spec(page), foldLikeSina: mobile });
      expect(before.paragraphs).toBeGreaterThan(0);
      const shot = browserName === 'chromium' && page.name === SCREENSHOT_PAGE && process.env.SFR_CLEAN_SCREENSHOTS;
      if (shot) await tab.screenshot(path.join(root, 'docs/screenshots/clean-before.png'));

      await turn(tab, true);
      const on = await tab.run(verifyOn, spec(page));
      expect(on.problems).toEqual([]);
      if (shot) await tab.screenshot(path.join(root, 'docs/screenshots/clean-after.png'));

      await turn(tab, false);
      expect(await tab.run(serialize, undefined)).toBe(before.html);

      await turn(tab, true);
      expect(await tab.run(lateAdsShown, undefined)).toEqual([]);
      await turn(tab, false);
      expect(await tab.run(serialize, undefined)).toBe(before.html);

      measured.push(`${browserName} ${page.name}: ${before.clutter} clutter elements (${before.clutterShownBefore} ` +
        `rendered before) hidden; ${on.paragraphs} paragraphs and ${before.images} images/captions kept`);
    } finally {
      await tab.close();
    }
  });
});

afterAll(() => {
  if (process.env.SFR_CLEAN_SUMMARY) console.log(measured.join('\n'));
});
