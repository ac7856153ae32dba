// Puts a speaker tag at the start of every turn, in one pass over the turns and without reading
// layout. Every edit goes through the journal, so undoing it restores the page exactly.
import { spokenElements, type TranscriptModel } from '../engine/model';
import type { DomJournal } from './journal';
import { labelExtent, siblingSpan, textStart, type TextPoint } from './label-range';
import type { Lang } from '../engine/kind-words';
import { colourIndex, compactTurns, fullTitle, labelNamesSpeaker, roleBadge, roleText, spokenAfter } from './speaker-view';
import { FOLDED_ATTR } from './styles';
import { createColon, createTag, FOLD_NAME, type TagView } from './tag-element';

/** Inserts `nodes` where `el`'s words start (after the paragraph's indent). */
function insertAtStart(journal: DomJournal, el: Element, ...nodes: Element[]): void {
  const start = textStart(el);
  const before = !start ? el.firstChild : start.offset > 0 ? journal.split(start.node, start.offset) : start.node;
  const parent = before?.parentNode ?? el;
  for (const node of nodes) journal.insertBefore(parent, node, before);
}

/** A tag we add, with its name and our colon after it (none for a tag that shows no name). */
function addedTag(doc: Document, view: TagView): Element[] {
  const tag = createTag(doc, view);
  return view.name ? [tag, createColon(doc)] : [tag];
}

/** Moves the inline label's nodes into the tag; false when they cannot be wrapped whole. */
function wrapLabel(journal: DomJournal, extent: { start: TextPoint; end: TextPoint }, tag: Element): boolean {
  const { start, end } = extent;
  if (end.offset < end.node.data.length) journal.split(end.node, end.offset);
  let first = start.node;
  let last = end.node;
  if (start.offset > 0) {
    first = journal.split(start.node, start.offset);
    if (start.node === end.node) last = first;
  }
  const span = siblingSpan(first, last);
  if (!span) return false;
  journal.wrap(span.first, span.last, tag);
  return true;
}

export interface TagReport {
  tags: number;
  /** Inline labels that could not be wrapped whole; their tag shows only the role. */
  unwrapped: number;
}

/** Tags the turns `from` to `to` (exclusive), counting into `report`. */
export function applyTags(
  doc: Document, model: TranscriptModel, lang: Lang, journal: DomJournal,
  { from = 0, to = model.turns.length, report = { tags: 0, unwrapped: 0 } }: { from?: number; to?: number; report?: TagReport } = {},
): TagReport {
  const speakers = new Map(model.speakers.map((s) => [s.id, s]));
  const compact = compactTurns(model.turns, (id) => speakers.get(id)?.role);
  model.turns.slice(from, to).forEach((turn, offset) => {
    const index = from + offset;
    const speaker = speakers.get(turn.speaker);
    const first = turn.elements[0];
    // The first paragraph with words of the turn; a turn of label lines only keeps them visible.
    const target = spokenElements(turn)[0];
    if (!speaker || !first || !target) return;
    const view: TagView = {
      turn: index,
      name: speaker.name,
      role: compact[index] ? '' : roleBadge(speaker, lang),
      title: fullTitle(speaker, lang),
      spoken: spokenAfter(speaker, lang),
      colour: colourIndex(speaker.id),
    };
    report.tags++;
    // Label-only paragraphs fold into the tag, unless the tag has nowhere else to go.
    if (!turn.labelElements.includes(target)) {
      for (const el of turn.labelElements) journal.setAttribute(el, FOLDED_ATTR, '');
    }
    // The label is printed inline only when the tag goes into the turn's first paragraph. A label
    // that names the speaker becomes the tag (its nodes moved in, styled, not repeated) and its
    // colon stays after it: `[寿小丽｜主持人]：`. A label that only says a role (`答：` for the
    // official the opening names) is folded away beside a tag of ours: the tag says who it is.
    const named = turn.label !== null && labelNamesSpeaker(turn.label, speaker);
    const printed = turn.label === null ? null : named ? turn.label.replace(/\s*[：:︰]\s*$/, '') : turn.label;
    const extent = printed && target === first ? labelExtent(target, printed) : null;
    if (extent) {
      const shown = named ? printed! : speaker.name;
      // The badge says only what the label shown does not (`CGTN` needs no `CGTN` after it).
      const chip: TagView = named
        ? { ...view, name: null, role: compact[index] ? '' : roleBadge(speaker, lang, shown), spoken: spokenAfter(speaker, lang, shown) }
        : view;
      const tag = named ? createTag(doc, chip) : doc.createElement(FOLD_NAME);
      if (!named) tag.setAttribute(FOLDED_ATTR, '');
      if (wrapLabel(journal, extent, tag)) {
        if (!named) for (const node of addedTag(doc, view)) journal.insertBefore(tag.parentNode!, node, tag);
        return;
      }
      report.unwrapped++;
      // The page's label stays as it is; a named one is not repeated: the tag shows only the role.
      const before: TagView = named ? { ...view, name: '', role: roleText(speaker, lang), spoken: spokenAfter(speaker, lang, '') } : view;
      return insertAtStart(journal, target, ...addedTag(doc, before));
    }
    insertAtStart(journal, target, ...addedTag(doc, view));
  });
  return report;
}
