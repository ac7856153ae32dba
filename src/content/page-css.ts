// The extension's page-level CSS, assembled at build time (vite.config.ts) into one stylesheet
// that the manifest declares beside the content script: the browser puts it in every matched page
// before anything renders. Every rule waits for one of our attributes (clean mode's and the
// reader's look on <html>,
// the tags' folded labels, the outline's dimmed turns, flashes and search marks) or our named
// highlights, so the sheet does nothing on a page we leave alone, and the features only ever set
// attributes: no <style> of ours in the page, and no style recalculation of the whole page when
// one of them starts.
import { CLEAN_ATTR } from '../clean/clean-mode';
import { buildCleanCss } from '../clean/stylesheet';
import { buildLookCss } from '../look/page-css';
import { PAGE_CSS as OUTLINE_PAGE_CSS } from '../outline/styles';
import { PAGE_CSS as TAGS_PAGE_CSS } from '../tags/styles';
import { printCss } from '../print/styles';

/** The stylesheet's file in the built extension (manifest `content_scripts[].css`). */
export const PAGE_CSS_FILE = 'page.css';

export function buildPageCss(): string {
  return `${buildCleanCss(CLEAN_ATTR)}${TAGS_PAGE_CSS}\n${OUTLINE_PAGE_CSS}\n${printCss()}\n${buildLookCss()}`;
}
