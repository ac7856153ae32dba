// The Platform for extension pages (popup, background), over webextension-polyfill.
import browser from 'webextension-polyfill';
import { createPlatform } from './platform';
import type { Platform } from './types';

export function browserPlatform(): Platform {
  return createPlatform(browser);
}
