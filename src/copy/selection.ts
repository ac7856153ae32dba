// A selection in the transcript, read as the documents need it: which turns it touches, the
// speaker's name as its tag shows it (when the selection takes in the tag), and the selected
// words of each paragraph without the tag. Reads the DOM only.
import type { QuotePart, SelectionPart } from '../engine/documents';
import { spokenElements, type TranscriptModel } from '../engine/model';
import { readParagraphs } from '../engine/paragraphs';
import { trimText } from '../engine/text';
import { COLON_NAME, FOLD_NAME, TAG_NAME } from '../tags/tag-element';

export interface SelectedTurn extends SelectionPart {
  /** Index into the model's turns, or null for body paragraphs in no turn (headings, the lead). */
  turn: number | null;
  /** The tag's words as selected (`田玉龙`), or null when the selection starts after the tag;
   *  the paragraphs' words come without the tag and its colon. */
  name: string | null;
}

export interface ReadSelection {
  turns: SelectedTurn[];
  /** How many distinct turns the selection touches. */
  turnCount: number;
  /** The selection covers one of our tags. */
  touchesTag: boolean;
}

/** Our tag, its colon and a folded inline label: the turn's label, not its words. */
const LABEL_PARTS = [TAG_NAME, COLON_NAME, FOLD_NAME].join(',');

/** The selected part of `el`: its words without the label, and the tag's words in it. */
function selectedParts(el: Element, range: Range): { name: string | null; text: string } {
  const doc = el.ownerDocument;
  const part = doc.createRange();
  part.selectNodeContents(el);
  if (range.compareBoundaryPoints(part.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(part.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  const fragment = part.cloneContents();
  const tag = fragment.querySelector(TAG_NAME);
  const name = tag ? trimText(tag.textContent ?? '') || null : null;
  for (const label of fragment.querySelectorAll(LABEL_PARTS)) label.remove();
  const text = trimText(fragment.textContent ?? '');
  // The page's colon after a tag around its own label (`[杨喆]：`) belongs to the label too.
  return { name, text: tag ? trimText(text.replace(/^[：:︰]/, '')) : text };
}

/** The selection as turns and paragraphs, or null when it does not lie inside the article body. */
export function readSelection(model: TranscriptModel, range: Range): ReadSelection | null {
  const body = model.body;
  if (!body || range.collapsed || !body.contains(range.commonAncestorContainer)) return null;
  const turnOf = new Map<Element, number>();
  const spoken = new Set<Element>();
  model.turns.forEach((turn, i) => {
    for (const el of turn.elements) turnOf.set(el, i);
    for (const el of spokenElements(turn)) spoken.add(el);
  });
  const turns: SelectedTurn[] = [];
  for (const p of readParagraphs(body)) {
    if (!range.intersectsNode(p.el)) continue;
    const turn = turnOf.get(p.el) ?? null;
    // Label-only paragraphs are folded into the tag: the name is printed once, by us.
    if (turn !== null && !spoken.has(p.el)) continue;
    const { name, text } = selectedParts(p.el, range);
    if (!text) continue;
    const last = turns[turns.length - 1];
    if (last && last.turn === turn) last.paragraphs.push(text);
    else turns.push({ turn, name, paragraphs: [text] });
  }
  const touchesTag = [...body.getElementsByTagName(TAG_NAME)].some((tag) => range.intersectsNode(tag));
  return { turns, turnCount: new Set(turns.filter((t) => t.turn !== null).map((t) => t.turn)).size, touchesTag };
}

/** The selection's words for a quote, by speaker. */
export function quoteParts(model: TranscriptModel, selection: ReadSelection): QuotePart[] {
  return selection.turns.map((part) => ({
    speaker: part.turn === null ? null : model.turns[part.turn]!.speaker,
    text: part.paragraphs.join('\n'),
  }));
}
