// The transcript as a sequence of blocks, in page order, that the Markdown and the plain text
// both print: the lead, a heading per question, every turn (the speaker's title on first
// appearance). One layout, so the two documents never disagree.
import { speakerOf } from '../model';
import { buildOutline } from '../outline';
import { titleOf, questionHeadings, type DocumentSource, type QuestionHeading } from './source';

export type Block =
  | { kind: 'lead'; text: string }
  | { kind: 'heading'; heading: QuestionHeading }
  | { kind: 'turn'; index: number; name: string; title: string | null; paragraphs: string[] };

/** Turn `from` to `to` (exclusive) with their headings; every speaker's title on their first turn
 *  among them. The lead too when `from` is 0. */
export function layout(source: DocumentSource, from = 0, to = source.turns.length): Block[] {
  const headings = new Map(questionHeadings(source).map((h) => [h.turn, h]));
  const seen = new Set<string>();
  const blocks: Block[] = from === 0 ? source.info.lead.map((text) => ({ kind: 'lead' as const, text })) : [];
  source.turns.forEach((turn, index) => {
    if (index < from || index >= to) return;
    const speaker = speakerOf(source, turn.speaker);
    const first = !seen.has(turn.speaker);
    seen.add(turn.speaker);
    const heading = headings.get(index);
    if (heading) blocks.push({ kind: 'heading', heading });
    const title = speaker && first ? titleOf(source, speaker) : null;
    const name = speaker?.name ?? turn.speaker;
    blocks.push({ kind: 'turn', index, name, title: title && !title.endsWith(name) ? title : null, paragraphs: turn.text.split('\n').filter((p) => p.trim() !== '') });
  });
  return blocks;
}

/** The turns of question `q` (0-based) as the outline has them: up to the next question, or to
 *  the closing words after the last one. */
export function questionRange(source: DocumentSource, q: number): [number, number] {
  const items = buildOutline(source);
  const at = items.findIndex((i) => i.kind === 'question' && i.number === q + 1);
  if (at < 0) return [0, 0];
  return [items[at]!.turn, items[at + 1]?.turn ?? source.turns.length];
}
