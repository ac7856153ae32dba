// Every feature the content script can mount, in mounting order. One entry per feature; each is
// undone by aborting its signal (see ./features.ts).
import { setCleanMode } from '../clean/clean-mode';
import { isArticleUrl } from './article-url';
import type { Feature } from './features';
import { mountLook } from '../look';
import { outlinePanel, sectionPanel } from '../outline';
import { speakerTags } from '../tags';
import { transcriptCopy } from '../copy';
import { transcriptPrint } from '../print';

/** Clean-reading mode (issue 5): one attribute on <html> plus its stylesheet, and the reader's
 *  look (issue 16) as a few more attributes. */
export const cleanMode: Feature = {
  id: 'clean-mode',
  // Article pages only: a channel front page or a quote page has no article column to clean up.
  enabled: (settings, model) => settings.cleanMode && model.body !== null,
  // On article URLs it goes on before the page is parsed, so the clutter never shows.
  early: (settings, url) => settings.cleanMode && isArticleUrl(url),
  init(ctx) {
    const { doc, signal } = ctx;
    setCleanMode(doc, true);
    signal.addEventListener('abort', () => setCleanMode(doc, false), { once: true });
    // The reader's size, width, spacing, font and theme (issue 16) act through clean mode's column.
    mountLook(ctx);
  },
};

export const FEATURES: readonly Feature[] = [
  cleanMode,
  speakerTags,
  // Before the outline: its attribute on <html> comes first however often they are switched.
  transcriptPrint,
  outlinePanel,
  sectionPanel,
  transcriptCopy,
];
