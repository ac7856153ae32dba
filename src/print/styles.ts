// Print / Save as PDF: the article with its speakers, its question headings, the page's date and
// address at the top, and nothing else (clean mode's hiding rules apply on paper whether clean
// mode is on or not). Part of the page stylesheet (src/content/page-css.ts); every rule waits for
// an attribute the print feature sets, and only on paper. The panel and the quote button hide
// themselves in print from their own shadow roots.
import { buildCleanCss } from '../clean/stylesheet';
import { DIM_ATTR } from '../outline/styles';

/** On <html> of a transcript: clean mode's hiding rules apply to print. */
export const PRINT_ATTR = 'data-sfr-print';
/** On <body>: the line printed above the article (date, source, address). */
export const PRINT_HEAD_ATTR = 'data-sfr-print-head';
/** On a question's first paragraph: its heading (`1. 问题？（第一财经）`), printed above it. */
export const HEADING_ATTR = 'data-sfr-heading';
/** On a label-only paragraph (`田玉龙：`): kept on the page of the words it introduces. */
export const KEEP_ATTR = 'data-sfr-keep';

/** The print rules, for the page stylesheet (src/content/page-css.ts, at build time). A function,
 *  not a constant: the UI bundle reads the attributes above, and a constant computed at load
 *  would carry clean mode's rules and stylesheet builder into it and run them on every page. */
export const printCss = (): string =>
  `@media print{` +
  buildCleanCss(PRINT_ATTR) +
  `body[${PRINT_HEAD_ATTR}]::before{content:attr(${PRINT_HEAD_ATTR});display:block!important;margin:0 0 1.2em!important;` +
  `padding-bottom:.5em!important;border-bottom:1px solid #999!important;font-size:10pt!important;color:#333!important;` +
  `text-indent:0!important;overflow-wrap:anywhere!important}` +
  `[${HEADING_ATTR}]::before{content:attr(${HEADING_ATTR});display:block!important;margin:1.4em 0 .4em!important;` +
  `font-size:1.1em!important;font-weight:700!important;text-indent:0!important;break-after:avoid!important;page-break-after:avoid!important}` +
  `[${HEADING_ATTR}]{break-inside:avoid!important;page-break-inside:avoid!important}` +
  `[${KEEP_ATTR}]{break-after:avoid!important;page-break-after:avoid!important}` +
  `[${DIM_ATTR}]{opacity:1!important}` +
  `}`;
