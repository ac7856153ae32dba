#!/usr/bin/env node
// Renders icons/icon.svg (48, 128 px) and icons/icon-small.svg (16, 32 px) to PNG with headless
// Chromium, transparent background. Run after editing an SVG: `node scripts/render-icons.mjs`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.SFR_CHROMIUM ?? '/usr/bin/chromium';
const SIZES = [
  { size: 16, source: 'icon-small.svg' },
  { size: 32, source: 'icon-small.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
];

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, source } of SIZES) {
    const svg = await readFile(`${root}icons/${source}`, 'utf8');
    await page.setViewportSize({ width: size, height: size });
    // The SVG as an <img> scaled by the browser, as the toolbar would draw it.
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
    await page.screenshot({ path: `${root}icons/icon-${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
