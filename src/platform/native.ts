// The Platform for the content script, over the browser's own promise-based API: Firefox's
// `browser`, Chromium's MV3 `chrome`. Every Sina page then loads no polyfill, and only the parts
// of the Platform a content script uses.
import { createContentPlatform, type ExtensionApi } from './platform';
import type { ContentPlatform } from './types';

export function nativePlatform(): ContentPlatform {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return createContentPlatform((scope.browser ?? scope.chrome)!);
}
