// Readability.parse() (@mozilla/readability) on a clone of the page's document, timed in the page:
// the reader-mode parse the content script's cost is compared with.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const READABILITY_JS = fs.readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/** ms of one parse, cold. The source is evaluated as an expression through the driver (CDP
 *  Runtime.evaluate is not subject to the page's `script-src 'none'`). */
export async function readabilityParse(page: Page): Promise<number> {
  await page.evaluate(`(() => { ${READABILITY_JS}\n; window.__SfrReadability = Readability; })()`);
  return page.evaluate(() => {
    const R = (window as any).__SfrReadability;
    const clone = document.cloneNode(true) as Document;
    const t0 = performance.now();
    new R(clone).parse();
    return performance.now() - t0;
  });
}
