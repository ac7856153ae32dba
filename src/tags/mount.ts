// The speaker-tags feature on a live page: applied once, undone completely when `signal` aborts.
import type { TranscriptModel } from '../engine/model';
import { applyTags, type TagReport } from './apply';
import { DomJournal } from './journal';
import { langOf } from './speaker-view';
import { PAGE_CSS } from './styles';

export const TAGS_STYLE_ID = 'sfr-tags-style';

export function mountSpeakerTags(doc: Document, model: TranscriptModel, signal: AbortSignal): TagReport {
  const journal = new DomJournal();
  const style = doc.createElement('style');
  style.id = TAGS_STYLE_ID;
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  const report = applyTags(doc, model, langOf(doc.defaultView?.navigator.language), journal);
  signal.addEventListener(
    'abort',
    () => {
      journal.undo();
      style.remove();
    },
    { once: true },
  );
  return report;
}
