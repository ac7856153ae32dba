// The transcript as readable Markdown: a heading per question, the speaker in bold on every turn.
import { speakerName } from './model';
import { buildOutline, type OutlineSource } from './outline';

type Model = OutlineSource & { title: string };

/** Keeps page text from turning into Markdown emphasis, code, links or raw HTML when pasted. */
function escapeInline(text: string): string {
  return text.replace(/([*_`[\]<>&])/g, '\\$1');
}

/** Also keeps a line of page text from turning into a heading, quote or list item. */
function escapeLine(line: string): string {
  return escapeInline(line.replace(/^([#>*+\-]|\d+[.)])(?=\s)/, '\\$1'));
}

const headingText = (number: number, who: string, gist: string): string =>
  `${number}. ${escapeInline(who)}：${escapeInline(gist)}`;

function turnMarkdown(model: Model, index: number): string {
  const turn = model.turns[index]!;
  const [first = '', ...more] = turn.text.split('\n').map(escapeLine);
  return [`**${escapeInline(speakerName(model, turn.speaker))}**：${first}`, ...more].join('\n\n');
}

/** Heading of question `q` (0-based): number, who asked and the gist of the question. */
function questionHeading(model: Model, q: number): string {
  const item = buildOutline(model).find((i) => i.kind === 'question' && i.number === q + 1);
  return item ? headingText(item.number, item.who, item.gist) : `${q + 1}.`;
}

function header(model: Model, url?: string): string[] {
  return [`# ${escapeLine(model.title)}`, ...(url ? [`<${url}>`] : [])];
}

/** The whole transcript. */
export function toMarkdown(model: Model, url?: string): string {
  const out = header(model, url);
  const headings = new Map(
    buildOutline(model).filter((i) => i.kind === 'question').map((i) => [i.turn, headingText(i.number, i.who, i.gist)]),
  );
  model.turns.forEach((_, index) => {
    const heading = headings.get(index);
    if (heading !== undefined) out.push(`## ${heading}`);
    out.push(turnMarkdown(model, index));
  });
  return out.join('\n\n') + '\n';
}

/** One question (0-based) with every turn up to the next question. */
export function questionToMarkdown(model: Model, q: number, url?: string): string {
  const start = model.questions[q]!.turn;
  const end = model.questions[q + 1]?.turn ?? model.turns.length;
  const out = [...header(model, url), `## ${questionHeading(model, q)}`];
  for (let i = start; i < end; i++) out.push(turnMarkdown(model, i));
  return out.join('\n\n') + '\n';
}
