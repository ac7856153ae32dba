// The Platform for the content script, over the browser's own promise-based API: Firefox's
// `browser`, Chromium's MV3 `chrome`. Every Sina page then loads no polyfill.
import { createPlatform, type ExtensionApi } from './platform';
import type { Platform } from './types';

export function nativePlatform(): Platform {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return createPlatform((scope.browser ?? scope.chrome)!);
}
