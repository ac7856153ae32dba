// The reader's look as attributes on <html> (issue 16): the page stylesheet's look rules
// (./page-css.ts) wait for them, so setting one is all a change costs, in every open tab.
import type { Settings } from '../settings/schema';

export type LookKey = 'textSize' | 'columnWidth' | 'lineSpacing' | 'fontFamily' | 'theme';

export const LOOK_ATTRS: Readonly<Record<LookKey, string>> = {
  textSize: 'data-sfr-size',
  columnWidth: 'data-sfr-width',
  lineSpacing: 'data-sfr-spacing',
  fontFamily: 'data-sfr-font',
  theme: 'data-sfr-theme',
};

const KEYS = Object.keys(LOOK_ATTRS) as LookKey[];

/** Sets each look attribute to its setting; touches only the ones that changed. */
export function applyLook(doc: Document, settings: Pick<Settings, LookKey>): void {
  const root = doc.documentElement;
  if (!root) return;
  for (const key of KEYS) {
    const value = String(settings[key]);
    if (root.getAttribute(LOOK_ATTRS[key]) !== value) root.setAttribute(LOOK_ATTRS[key], value);
  }
}

export function clearLook(doc: Document): void {
  for (const key of KEYS) doc.documentElement?.removeAttribute(LOOK_ATTRS[key]);
}
