// The print feature on a live page: a few attributes the print stylesheet (./styles.ts) reads,
// removed when `signal` aborts. No text of the page changes. They are worked out and set when
// printing starts (`beforeprint`, or the page's media turning to print, as Save as PDF and print
// emulation do), not at load: reading the date line and the question headings is work every
// transcript would pay for a page few readers print (issue 18).
import { headingText, questionHeadings } from '../engine/documents';
import { readDateline } from '../engine/page-info';
import { spokenElements, type TranscriptModel } from '../engine/model';
import { pageUrl } from '../outline/copy';
import { HEADING_ATTR, KEEP_ATTR, PRINT_ATTR, PRINT_HEAD_ATTR } from './styles';

/** Marks the page for print now; returns the undo. */
function markForPrint(doc: Document, model: TranscriptModel): () => void {
  const set: Array<[Element, string]> = [];
  const mark = (el: Element | null | undefined, name: string, value: string) => {
    if (!el) return;
    el.setAttribute(name, value);
    set.push([el, name]);
  };
  mark(doc.documentElement, PRINT_ATTR, '');
  const { date, source: from } = readDateline(doc);
  mark(doc.body, PRINT_HEAD_ATTR, [date, from, pageUrl(doc)].filter(Boolean).join(' · '));
  for (const heading of questionHeadings(model)) mark(spokenElements(model.turns[heading.turn]!)[0], HEADING_ATTR, headingText(heading));
  for (const turn of model.turns) for (const el of turn.labelElements) mark(el, KEEP_ATTR, '');
  return () => {
    for (const [el, name] of set) el.removeAttribute(name);
  };
}

export function mountPrint(doc: Document, model: TranscriptModel, signal: AbortSignal, quietly: <T>(edit: () => T) => T = (edit) => edit()): void {
  const win = doc.defaultView;
  if (!win) return;
  let undo: (() => void) | null = null;
  // Once per mount: the marks stay for the next print (the model they come from is this one).
  const prepare = () => {
    if (!undo && !signal.aborted) undo = quietly(() => markForPrint(doc, model));
  };
  win.addEventListener('beforeprint', prepare, { signal });
  win.matchMedia?.('print').addEventListener('change', (e) => e.matches && prepare(), { signal });
  signal.addEventListener('abort', () => undo?.(), { once: true });
}
