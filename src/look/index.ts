// The reader's look (issue 16): text size, column width, line spacing, font and theme, as
// attributes on <html> that the page stylesheet reads. Mounted on every Sina page from
// document_start, so the first paint of a clean page is already in the reader's theme; live on
// every settings change, in every tab.
import type { Feature } from '../content/features';
import { applyLook, clearLook } from './attrs';

export const readerLook: Feature = {
  id: 'look',
  enabled: () => true,
  early: () => true,
  init({ doc, signal, settings, onSettings }) {
    applyLook(doc, settings());
    onSettings((next) => applyLook(doc, next));
    signal.addEventListener('abort', () => clearLook(doc), { once: true });
  },
};
