// Clean-reading mode as a feature: the one the reader's core mounts itself on every Sina page
// (./index.ts); the others come with the UI bundle (./feature-list.ts, ./ui-bundle.ts).
import { setCleanMode } from '../clean/clean-mode';
import { mountLook } from '../look';
import { isArticleUrl } from './article-url';
import type { Feature } from './features';

/** Clean-reading mode (issue 5): one attribute on <html> plus its stylesheet, and the reader's
 *  look (issue 16) as a few more attributes. */
export const cleanMode: Feature = {
  id: 'clean-mode',
  // Article pages only: a channel front page or a quote page has no article column to clean up.
  enabled: (settings, model) => settings.cleanMode && model.body !== null,
  // On article URLs it goes on before the page is parsed, so the clutter never shows.
  early: (settings, url) => settings.cleanMode && isArticleUrl(url),
  init(ctx) {
    const { doc } = ctx;
    setCleanMode(doc, true);
    ctx.onStop(() => setCleanMode(doc, false));
    // The reader's size, width, spacing, font and theme (issue 16) act through clean mode's column.
    mountLook(ctx);
  },
};
