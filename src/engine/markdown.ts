// The transcript as readable Markdown: a heading per question, the speaker in bold on every turn.
import type { TranscriptJSON } from './json';

type Model = Pick<TranscriptJSON, 'title' | 'speakers' | 'turns' | 'questions'>;

/** Keeps page text from turning into Markdown structure when pasted. */
function escapeLine(line: string): string {
  return line.replace(/^([#>*+\-]|\d+[.)])(?=\s)/, '\\$1').replace(/([*_`[\]])/g, '\\$1');
}

function speakerName(model: Model, id: string): string {
  return model.speakers.find((s) => s.id === id)?.name ?? id;
}

function turnMarkdown(model: Model, index: number): string {
  const turn = model.turns[index]!;
  const [first = '', ...more] = turn.text.split('\n').map(escapeLine);
  return [`**${escapeLine(speakerName(model, turn.speaker))}**：${first}`, ...more].join('\n\n');
}

/** Heading of question `q` (0-based): number, and who asked. */
export function questionHeading(model: Model, q: number): string {
  const question = model.questions[q]!;
  const asker = model.speakers.find((s) => s.id === question.asker);
  return `${q + 1}. ${escapeLine(asker?.outlet ?? asker?.name ?? '')}`;
}

function header(model: Model, url?: string): string[] {
  return [`# ${escapeLine(model.title)}`, ...(url ? [`<${url}>`] : [])];
}

/** The whole transcript. */
export function toMarkdown(model: Model, url?: string): string {
  const out = header(model, url);
  const questionAt = new Map(model.questions.map((q, i) => [q.turn, i]));
  model.turns.forEach((_, index) => {
    const q = questionAt.get(index);
    if (q !== undefined) out.push(`## ${questionHeading(model, q)}`);
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
