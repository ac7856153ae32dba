// Every feature the content script can mount, in mounting order. One entry per feature; each is
// undone by aborting its signal (see ./features.ts).
import { setCleanMode } from '../clean/clean-mode';
import { isArticleUrl } from './article-url';
import type { Feature } from './features';
import { readerLook } from '../look';
import { outlinePanel, sectionPanel } from '../outline';
import { speakerTags } from '../tags';

/** Clean-reading mode (issue 5): one attribute on <html> plus its stylesheet. */
export const cleanMode: Feature = {
  id: 'clean-mode',
  // Article pages only: a channel front page or a quote page has no article column to clean up.
  enabled: (settings, model) => settings.cleanMode && model.body !== null,
  // On article URLs it goes on before the page is parsed, so the clutter never shows.
  early: (settings, url) => settings.cleanMode && isArticleUrl(url),
  init({ doc, signal }) {
    setCleanMode(doc, true);
    signal.addEventListener('abort', () => setCleanMode(doc, false), { once: true });
  },
};

export const FEATURES: readonly Feature[] = [
  readerLook,
  cleanMode,
  speakerTags,
  outlinePanel,
  sectionPanel,
];
