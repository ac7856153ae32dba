// A selection in the transcript, read as the documents need it: which turns it touches and the
// selected words of each paragraph. Reads the DOM only. Our tags' own words live in their shadow
// roots, which a range's contents never include; the page's label slotted into a tag is page text.
import type { SelectionPart, QuotePart } from '../engine/documents';
import { spokenElements, type TranscriptModel } from '../engine/model';
import { readParagraphs } from '../engine/paragraphs';
import { trimText } from '../engine/text';
import { TAG_NAME } from '../tags/tag-element';

export interface SelectedTurn {
  /** Index into the model's turns, or null for body paragraphs in no turn (headings, the lead). */
  turn: number | null;
  /** The selected words of each paragraph, in order. */
  paragraphs: string[];
}

export interface ReadSelection {
  turns: SelectedTurn[];
  /** How many distinct turns the selection touches. */
  turnCount: number;
  /** The selection covers one of our tags (whose chip words a plain copy would glue on). */
  touchesTag: boolean;
}

function selectedText(el: Element, range: Range): string {
  const doc = el.ownerDocument;
  const part = doc.createRange();
  part.selectNodeContents(el);
  if (range.compareBoundaryPoints(part.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(part.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  return trimText(part.cloneContents().textContent ?? '');
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
    const text = selectedText(p.el, range);
    if (!text) continue;
    const last = turns[turns.length - 1];
    if (last && last.turn === turn) last.paragraphs.push(text);
    else turns.push({ turn, paragraphs: [text] });
  }
  const touchesTag = [...body.getElementsByTagName(TAG_NAME)].some((tag) => range.intersectsNode(tag));
  return { turns, turnCount: new Set(turns.filter((t) => t.turn !== null).map((t) => t.turn)).size, touchesTag };
}

/** `田玉龙：` at the start of a turn's words (a label the tag could not take in): printed once. */
function withoutLabel(model: TranscriptModel, part: SelectedTurn): string[] {
  const label = part.turn === null ? null : model.turns[part.turn]?.label;
  if (!label) return part.paragraphs;
  const [first = '', ...rest] = part.paragraphs;
  return [first.startsWith(label) ? trimText(first.slice(label.length)) : first, ...rest];
}

/** The across-turn clipboard's parts: the speaker's name as the tag shows it. */
export function clipboardParts(model: TranscriptModel, selection: ReadSelection): SelectionPart[] {
  return selection.turns.map((part) => {
    const speaker = part.turn === null ? undefined : model.speakers.find((s) => s.id === model.turns[part.turn!]!.speaker);
    return { name: speaker?.name ?? null, paragraphs: withoutLabel(model, part) };
  });
}

/** The selection's words for a quote, by speaker. */
export function quoteParts(model: TranscriptModel, selection: ReadSelection): QuotePart[] {
  return selection.turns.map((part) => ({
    speaker: part.turn === null ? null : model.turns[part.turn]!.speaker,
    text: withoutLabel(model, part).join('\n'),
  }));
}
