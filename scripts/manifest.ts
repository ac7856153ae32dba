// One manifest source (manifest.json) turned into each browser's manifest at build time, so the
// two stores never drift apart. Used by vite.config.ts, the e2e harness and the manifest test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Target = 'chrome' | 'firefox';
export const TARGETS: readonly Target[] = ['chrome', 'firefox'];

/** Firefox add-on id; fixed so storage and the test profile's UUID map survive reinstalls. */
export const GECKO_ID = 'sina-finance-reader@sfr.dev';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(root + file, 'utf8'));

/** manifest.json as written (its version must equal package.json's; a unit test checks). */
export function baseManifest(): Record<string, any> {
  return readJson('manifest.json');
}

export function manifestFor(target: Target): Record<string, any> {
  const manifest = baseManifest();
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140 is the first ESR that understands data_collection_permissions (lint warns below it).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
