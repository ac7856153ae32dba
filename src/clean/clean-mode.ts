// Clean-reading mode: one attribute on <html>. Its stylesheet (generated from ./rules.ts at build
// time, see vite.config.ts) is declared in the manifest, so the browser puts it in every matched
// page before anything renders and costs the content script nothing; every rule is scoped under
// the attribute, so the sheet does nothing until the attribute is set. Off removes the attribute
// and the DOM is exactly what the page built (issue #5). Ads that Sina injects late are matched
// by the stylesheet as they arrive: no MutationObserver.

/** The attribute on <html> that switches every clean-mode rule on. */
export const CLEAN_ATTR = 'data-sfr-clean';
/** The stylesheet's file in the built extension (manifest `content_scripts[].css`). */
export const CLEAN_CSS_FILE = 'clean.css';

/** Switch clean mode on or off. Idempotent: calling it twice with the same value changes nothing. */
export function setCleanMode(doc: Document, on: boolean): void {
  const root = doc.documentElement;
  if (!root) return;
  if (!on) root.removeAttribute(CLEAN_ATTR);
  else if (root.getAttribute(CLEAN_ATTR) !== 'on') root.setAttribute(CLEAN_ATTR, 'on');
}

/** Whether clean mode is currently on in this document. */
export function isCleanMode(doc: Document): boolean {
  return doc.documentElement?.hasAttribute(CLEAN_ATTR) ?? false;
}
