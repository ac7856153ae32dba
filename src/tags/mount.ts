// The speaker-tags feature on a live page: applied once, undone completely when `signal` aborts.
import type { TranscriptModel } from '../engine/model';
import { nextTask } from '../content/tasks';
import { applyTags, type TagReport } from './apply';
import { DomJournal } from './journal';
import { langOf, type Lang } from '../engine/kind-words';

/** Turns tagged per task: a very long transcript is tagged over several tasks (issue 6: no
 *  long task), the first batch at once. */
export const TURNS_PER_TASK = 100;

/** Tags every turn; the report counts the tags made so far (all of them once the last batch ran).
 *  `quietly` wraps the later batches (see FeatureContext.quietly); `lang` is the extension's UI
 *  language (the page's own navigator.language only where there is none: tests). */
export function mountSpeakerTags(
  doc: Document, model: TranscriptModel, signal: AbortSignal,
  quietly: <T>(edit: () => T) => T = (edit) => edit(),
  lang: Lang = langOf(doc.defaultView?.navigator.language),
): TagReport {
  const journal = new DomJournal();
  const report: TagReport = { tags: 0, unwrapped: 0 };
  const tagFrom = (from: number): void => {
    if (signal.aborted) return;
    applyTags(doc, model, lang, journal, { from, to: from + TURNS_PER_TASK, report });
    if (from + TURNS_PER_TASK < model.turns.length) void nextTask().then(() => quietly(() => tagFrom(from + TURNS_PER_TASK)));
  };
  tagFrom(0);
  signal.addEventListener('abort', () => journal.undo(), { once: true });
  return report;
}
