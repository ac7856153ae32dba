// Clean-reading mode: one attribute on <html>. Its rules (generated from ./rules.ts at build time)
// are part of the page stylesheet the manifest declares (src/content/page-css.ts), so the browser
// puts them in every matched page before anything renders and they cost the content script
// nothing; every rule is scoped under the attribute, so they do nothing until it is set. Off
// removes the attribute and the DOM is exactly what the page built (issue #5). Ads that Sina
// injects late are matched by the stylesheet as they arrive: no MutationObserver.

/** The attribute on <html> that switches every clean-mode rule on. */
export const CLEAN_ATTR = 'data-sfr-clean';

/** Switch clean mode on or off. Idempotent: calling it twice with the same value changes nothing. */
export function setCleanMode(doc: Document, on: boolean): void {
  const root = doc.documentElement;
  if (!root) return;
  if (!on) root.removeAttribute(CLEAN_ATTR);
  else if (root.getAttribute(CLEAN_ATTR) !== 'on') root.setAttribute(CLEAN_ATTR, 'on');
}
