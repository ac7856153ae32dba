// Temporary: screenshots to look at (not committed).
import { afterAll, beforeAll, test } from 'vitest';
import { launchBrowser, loadReaderPage, serveCorpus, startServer, type ExtBrowser, type ServedCorpus, type SiteServer } from '../e2e/harness';
let server: SiteServer; let corpus: ServedCorpus; let browser: ExtBrowser;
beforeAll(async () => { server = await startServer(); corpus = serveCorpus(server); browser = await launchBrowser('chromium', { port: server.port, locale: 'zh_CN' }); });
afterAll(async () => { await browser?.close(); await server?.close(); });
const out = '/work/wt-15/.scratch/';
test('shots', async () => {
  for (const [id, name] of [['t00-miit-h1-2021-press-conference', 't00'], ['t05-yi-gang-cgtn-bilingual-interview', 't05'], ['t04-le-yucheng-cgtn-interview-numbered-questions', 't04'], ['t02-yao-yang-guancha-interview', 't02']] as const) {
    const page = await browser.newTab();
    await (page.raw as any).setViewportSize({ width: 1280, height: 900 });
    await loadReaderPage(page, corpus.composed.get(id)!.url);
    await page.evaluate(() => {
      const t = document.querySelectorAll('sfr-speaker')[1]!; scrollTo(0, scrollY + t.getBoundingClientRect().top - 200);
      const d = document.querySelector('sfr-outline')!.shadowRoot!.querySelector('.who-spoke') as HTMLDetailsElement; d.open = true;
    });
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot(out + name + '.png');
    await (page.raw as any).screenshot({ path: out + name + '-zoom.png', clip: { x: 100, y: 150, width: 500, height: 250 } });
    await page.close();
  }
  const page = await browser.newTab();
  await (page.raw as any).setViewportSize({ width: 1280, height: 900 });
  await loadReaderPage(page, corpus.pages.get('gne-sina-3')!.url);
  await page.screenshot(out + 'gne3.png');
});
