// Clean-reading mode: one attribute on <html> plus one stylesheet whose every rule is scoped under it.
// Turning the mode off removes both, so the DOM is then exactly what the page built (issue #5).
// Ads that Sina injects late are matched by the stylesheet as they arrive: no MutationObserver.
import { buildCleanCss } from './stylesheet';

/** The attribute on <html> that switches every clean-mode rule on. */
export const CLEAN_ATTR = 'data-sfr-clean';
/** Id of the one <style> element that carries the clean-mode rules. */
export const CLEAN_STYLE_ID = 'sfr-clean-style';

let cssText: string | null = null;
function css(): string {
  // Generated once per content-script instance; the rules are data in ./rules.ts.
  return (cssText ??= buildCleanCss(CLEAN_ATTR));
}

/**
 * Switch clean mode on or off. Idempotent: calling it twice with the same value changes nothing,
 * and the stylesheet exists at most once. Off removes the attribute and the stylesheet, leaving
 * the serialized DOM equal to the page's own.
 */
export function setCleanMode(doc: Document, on: boolean): void {
  const root = doc.documentElement;
  if (!root) return;
  const existing = doc.getElementById(CLEAN_STYLE_ID);
  if (!on) {
    root.removeAttribute(CLEAN_ATTR);
    existing?.remove();
    return;
  }
  if (!existing) {
    const style = doc.createElement('style');
    style.id = CLEAN_STYLE_ID;
    style.textContent = css(); // our own generated CSS, never page text
    // At document_start <head> may not exist yet; <html> always does.
    (doc.head ?? root).appendChild(style);
  }
  if (root.getAttribute(CLEAN_ATTR) !== 'on') root.setAttribute(CLEAN_ATTR, 'on');
}

/** Whether clean mode is currently on in this document. */
export function isCleanMode(doc: Document): boolean {
  return doc.documentElement?.hasAttribute(CLEAN_ATTR) ?? false;
}
