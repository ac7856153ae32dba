// Service worker (Chromium) / event page (Firefox). Listeners are added synchronously at the top
// level so the browser can wake this script for a command and deliver it.
import { browserPlatform } from '../platform/browser';
import { startBackground } from './router';

startBackground(browserPlatform());
