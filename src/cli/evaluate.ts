// Scores the engine against the hand-written expected files in tests/expected/ (format in its
// README). Used by `npm run eval` (prints) and tests/engine/corpus.test.ts (asserts). Node only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../engine/analyze';
import { speakerName } from '../engine/model';
import { readParagraphs } from '../engine/paragraphs';
import { stripSpaces } from '../engine/text';
import { corpusPath, readManifest, repoRoot } from './corpus';
import { loadFile } from './load';

export const expectedDir = join(repoRoot, 'tests/expected');

interface ExpectedTurn { speaker: string; label: string | null; start: string }
export interface Expected {
  id: string;
  transcript: boolean;
  speakers: Record<string, { role: string; outlet: string | null }>;
  turns: ExpectedTurn[];
  last: string | null;
  skip?: string[];
  questions: { turn: number; answers: number[] }[];
}

/** A ratio with its parts, so totals add up over pages. */
export interface Ratio { hit: number; of: number }
const ratio = (hit: number, of: number): Ratio => ({ hit, of });
export const value = (r: Ratio): number => (r.of === 0 ? 1 : r.hit / r.of);

export interface PageScore {
  id: string;
  expected: boolean;
  found: boolean;
  turnPrecision: Ratio;
  turnRecall: Ratio;
  attribution: Ratio;
  roles: Ratio;
  questionPrecision: Ratio;
  questionRecall: Ratio;
  answerers: Ratio;
  problems: string[];
}

/** Every MANIFEST entry with its file's absolute path. */
export function corpusEntries(): { id: string; file: string }[] {
  return readManifest().map(({ id, file }) => ({ id, file: corpusPath(file) }));
}

export function readExpected(id: string): Expected | null {
  const path = join(expectedDir, `${id}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Expected) : null;
}

/** Paragraph index where each expected turn starts, found by its label and start text in order. */
function locateTurns(texts: string[], turns: ExpectedTurn[], problems: string[]): number[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const [n, turn] of turns.entries()) {
    const label = turn.label === null ? null : stripSpaces(turn.label);
    const start = stripSpaces(turn.start);
    const labelAt = label === null ? -1 : texts.findIndex((t, i) => i >= cursor && t.startsWith(label));
    const from = label === null ? cursor : labelAt;
    const startAt = texts.findIndex((t, i) => i >= Math.max(from, 0) && t.includes(start));
    if ((label !== null && labelAt < 0) || startAt < 0) {
      problems.push(`expected turn ${n} (${turn.speaker}: ${turn.start}) not found in the page`);
      starts.push(-1);
      continue;
    }
    starts.push(label === null ? startAt : labelAt);
    cursor = startAt + 1;
  }
  return starts;
}

export function scorePage(id: string, file: string, expected: Expected): PageScore {
  const page = loadFile(file);
  try {
    const model = analyze(page.document);
    const paragraphs = model.body ? readParagraphs(model.body) : [];
    const texts = paragraphs.map((p) => stripSpaces(p.text));
    const problems: string[] = [];

    // Who the engine says speaks each paragraph, and where its turns start.
    const engineSpeaker = new Map<number, string>();
    const engineStarts = new Set<number>();
    const indexOf = new Map(paragraphs.map((p, i) => [p.el, i]));
    model.turns.forEach((turn) => {
      const idx = turn.elements.map((el) => indexOf.get(el) ?? -1).filter((i) => i >= 0);
      if (idx.length) engineStarts.add(idx[0]!);
      for (const i of idx) engineSpeaker.set(i, speakerName(model, turn.speaker));
    });

    const starts = locateTurns(texts, expected.turns, problems);
    const expectedSpeaker = new Map<number, string | null>();
    if (expected.transcript && expected.turns.length > 0 && expected.last) {
      const last = stripSpaces(expected.last);
      const lastAt = texts.findIndex((t, i) => i >= Math.max(...starts) && t.includes(last));
      if (lastAt < 0) problems.push(`"last" (${expected.last}) not found`);
      const skips = (expected.skip ?? []).map(stripSpaces);
      let turn = -1;
      for (let i = starts[0]!; i <= lastAt; i++) {
        while (turn + 1 < starts.length && starts[turn + 1]! <= i) turn++;
        expectedSpeaker.set(i, skips.some((s) => texts[i]!.startsWith(s)) ? null : expected.turns[turn]!.speaker);
      }
    }
    const judged = new Set([...expectedSpeaker.keys(), ...engineSpeaker.keys()]);
    let attributed = 0;
    for (const i of judged) if ((expectedSpeaker.get(i) ?? null) === (engineSpeaker.get(i) ?? null)) attributed++;

    const expectedStarts = new Set(starts.filter((s) => s >= 0));
    const sharedStarts = [...engineStarts].filter((s) => expectedStarts.has(s)).length;

    let rolesRight = 0;
    for (const [name, want] of Object.entries(expected.speakers)) {
      const got = model.speakers.find((s) => s.name === name);
      if (got && got.role === want.role && got.outlet === want.outlet) rolesRight++;
      else problems.push(`speaker ${name}: expected ${want.role}/${want.outlet}, got ${got ? `${got.role}/${got.outlet}` : 'none'}`);
    }

    // Questions are matched by the paragraph their turn starts at.
    const firstParagraph = (turnIndex: number) => indexOf.get(model.turns[turnIndex]?.elements[0] as Element) ?? -1;
    const engineQuestions = new Map(model.questions.map((q) => [firstParagraph(q.turn), q]));
    let questionsFound = 0;
    let answerersRight = 0;
    for (const q of expected.questions) {
      const got = engineQuestions.get(starts[q.turn]!);
      if (!got) {
        problems.push(`question at turn ${q.turn} (${expected.turns[q.turn]?.start}) not found`);
        continue;
      }
      questionsFound++;
      const want = [...new Set(q.answers.map((a) => expected.turns[a]!.speaker))].sort().join('、');
      const have = [...new Set(got.answers.map((a) => speakerName(model, model.turns[a]!.speaker)))].sort().join('、');
      if (want === have) answerersRight++;
      else problems.push(`question at turn ${q.turn}: answered by ${want}, engine says ${have || 'nobody'}`);
    }
    if (expected.transcript !== model.transcript) problems.push(`transcript: expected ${expected.transcript}, got ${model.transcript} (${model.reasons.join('; ')})`);

    return {
      id,
      expected: expected.transcript,
      found: model.transcript,
      turnPrecision: ratio(sharedStarts, engineStarts.size),
      turnRecall: ratio(sharedStarts, expectedStarts.size),
      attribution: ratio(attributed, judged.size),
      roles: ratio(rolesRight, Object.keys(expected.speakers).length),
      questionPrecision: ratio(questionsFound, model.questions.length),
      questionRecall: ratio(questionsFound, expected.questions.length),
      answerers: ratio(answerersRight, questionsFound),
      problems,
    };
  } finally {
    page.close();
  }
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
