// The reader's look (issue 16): text size, column width, line spacing, font and theme, as
// attributes on <html> that the page stylesheet reads. Part of clean mode (its rules only act in
// clean mode), so it goes on at document_start with it, and a page without clean mode is left
// exactly as Sina made it; live on every settings change, in every tab.
import type { FeatureContext } from '../content/features';
import { applyLook, clearLook } from './attrs';

export function mountLook({ doc, settings, onSettings, onStop }: Pick<FeatureContext, 'doc' | 'settings' | 'onSettings' | 'onStop'>): void {
  applyLook(doc, settings());
  onSettings((next) => applyLook(doc, next));
  onStop(() => clearLook(doc));
}
