// The documents of corpus pages of each kind (t00 press conference with label lines, t01
// roundtable, t05 bilingual interview, t08 reporter labels, gne-sina-3 a saved page with unlabelled
// questions), served as the browsers see them: composed bodies in a saved finance frame
// (tests/e2e/harness/corpus.ts), and the saved page itself. Expectations read from the pages:
// tests/expected/documents/expected.json.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { documentSource, exportFile, questionQuote, toMarkdown, toText, turnQuote } from '../../src/engine/documents';
import { toJSON } from '../../src/engine/json';
import { buildOutline } from '../../src/engine/outline';
import { loadHtml, type LoadedPage } from '../../src/cli/load';
import { composedPage, corpusPage } from '../e2e/harness/corpus';

interface Expected {
  facts: string[];
  participants: string[];
  lead: string[];
  firstHeading: string;
  firstTurn: string;
  citation: string;
  question: { index: number; first: string; answerer: string; firstAnswerBy: string };
}
const expected = (JSON.parse(readFileSync(new URL('../expected/documents/expected.json', import.meta.url), 'utf8')) as {
  pages: Record<string, Expected>;
}).pages;

const open: LoadedPage[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function served(id: string) {
  const page = id.startsWith('p-') ? corpusPage(id.slice(2)) : composedPage(id);
  const loaded = loadHtml(page.html, page.url);
  open.push(loaded);
  const doc = loaded.document;
  const model = analyze(doc);
  return { url: page.url, model, source: documentSource(doc, model, page.url) };
}

/** Markdown escapes of page text undone, to compare with the page's words. */
const unescape = (md: string) => md.replace(/\\([*_`[\]<>&#>+\-.)])/g, '$1');

describe.each(Object.entries(expected))('%s', (id, want) => {
  it('Markdown: header with date, source, link and participants; the lead; headings; speakers in bold', () => {
    const { url, model, source } = served(id);
    expect(model.transcript).toBe(true);
    const md = toMarkdown(source);
    const blocks = md.trimEnd().split('\n\n');
    expect(blocks[0]).toBe(`# ${model.title.replace(/([*_`[\]<>&])/g, '\\$1')}`);
    const header = blocks[1]!.split('\n');
    for (const fact of want.facts) expect(header).toContain(fact);
    expect(header).toContain(`- 链接：<${url}>`);
    for (const line of want.participants) expect(header).toContain(`  - ${line}`);
    // Every speaker but an unnamed asker (`问`), whose name is no one's.
    expect(header.filter((l) => l.startsWith('  - '))).toHaveLength(model.speakers.filter((s) => s.kind !== 'asker').length);
    // The lead paragraphs, in order, right after the header.
    want.lead.forEach((start, i) => expect(unescape(blocks[2 + i]!).startsWith(start)).toBe(true));
    const headings = blocks.filter((b) => b.startsWith('## '));
    expect(headings).toHaveLength(model.questions.length);
    expect(unescape(headings[0]!)).toBe(want.firstHeading);
    expect(unescape(md)).toContain(`\n\n${want.firstTurn}`);
    for (const [q, item] of buildOutline(model).filter((i) => i.kind === 'question').entries()) {
      if (/[？?]/.test(model.turns[item.turn]!.text)) expect(unescape(headings[q]!)).toMatch(/[？?][”」）)]*(（[^（）]+）)?$/);
    }
  });

  it('text: the same parts without marks', () => {
    const { model, source } = served(id);
    const text = toText(source);
    expect(text.startsWith(`${model.title}\n日期：`)).toBe(true);
    expect(text).toContain(`\n\n${want.firstHeading.replace(/^## /, '')}\n\n`);
    expect(text).toContain(`\n\n${want.firstTurn.replace(/\*\*/g, '')}`);
    expect(text).not.toMatch(/^\*\*|^## /m);
  });

  it('quotes of a turn and of a question with its answers', () => {
    const { url, model, source } = served(id);
    const q = model.questions[want.question.index]!;
    const lines = questionQuote(source, want.question.index).split('\n');
    expect(lines[0]!.startsWith(want.question.first)).toBe(true);
    expect(lines.some((l) => l.startsWith(want.question.answerer))).toBe(true);
    expect(lines.at(-1)).toBe(`——${want.citation} <${url}>`);
    const answer = turnQuote(source, q.answers[0]!);
    expect(answer.startsWith('“')).toBe(true);
    expect(answer.endsWith(`”——${want.question.firstAnswerBy}，${want.citation} <${url}>`)).toBe(true);
  });

  it('JSON export: the public JSON, reading back to the same outline', () => {
    const { model, source } = served(id);
    const file = exportFile(model, source, 'json');
    const back = JSON.parse(file.content);
    expect(back).toEqual(toJSON(model));
    expect(buildOutline(back)).toEqual(buildOutline(model));
    expect(file.name).toMatch(/^\d{4}-\d{2}-\d{2} .+\.json$/);
  });
});
