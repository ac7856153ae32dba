// The print feature on a live page: a few attributes the print stylesheet (./styles.ts) reads,
// removed when `signal` aborts. No text of the page changes.
import { headingText, questionHeadings } from '../engine/documents';
import { readDateline } from '../engine/page-info';
import { spokenElements, type TranscriptModel } from '../engine/model';
import { pageUrl } from '../outline/copy';
import { HEADING_ATTR, KEEP_ATTR, PRINT_ATTR, PRINT_HEAD_ATTR } from './styles';

export function mountPrint(doc: Document, model: TranscriptModel, signal: AbortSignal): void {
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
  signal.addEventListener('abort', () => {
    for (const [el, name] of set) el.removeAttribute(name);
  }, { once: true });
}
