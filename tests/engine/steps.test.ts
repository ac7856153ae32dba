// The analysis step by step, as the content script runs it (one step per task).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInSteps } from '../../src/engine/analyze';
import { completeKinds } from '../../src/engine/kinds';
import { corpusEntries, readExpected } from '../../src/cli/evaluate';
import type { TranscriptModel } from '../../src/engine/model';
import { loadFile, loadHtml } from '../../src/cli/load';
import { BODIES, T00 } from '../outline/fixture';

/** Runs the steps to the end: the step names in order, and the model. */
function run(root: Document): { seen: string[]; model: TranscriptModel } {
  const steps = analyzeInSteps(root);
  const seen: string[] = [];
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return { seen, model: next.value };
    seen.push(next.value);
  }
}

describe('analyzeInSteps', () => {
  it('pauses after each step, in order, and returns the model', () => {
    const page = loadFile(path.join(BODIES, `${T00}.md`));
    const { seen: names, model } = run(page.document);
    expect(names).toEqual(['body', 'paragraphs', 'labels', 'turns', 'roles', 'decision']);
    // t00 as read by hand (tests/expected): 10 questions, each answered.
    expect(model.transcript).toBe(true);
    expect(model.questions).toHaveLength(10);
    expect(model.questions.every((q) => q.answers.length > 0)).toBe(true);
    page.close();
  });

  it('stops after reading the lines when none could open a turn', () => {
    const page = loadHtml('<!doctype html><html><body><div id="artibody"><p>他表示：今年经济稳中向好。</p><p>这是一篇普通的报道。</p></div></body></html>');
    const { seen, model } = run(page.document);
    expect(model).toMatchObject({ transcript: false, reasons: ['no speaker labels in the article body'], whyNot: ['no-labels'] });
    expect(seen).toEqual(['body', 'paragraphs', 'labels']);
    page.close();
  });

  it('stops early on a page without a body, and reports the steps it took', () => {
    const page = loadHtml('<!doctype html><html></html>');
    page.document.documentElement.replaceChildren();
    const { seen, model } = run(page.document);
    expect(model).toMatchObject({ transcript: false, reasons: ['no article body found'], whyNot: ['no-body'] });
    expect(seen).toEqual(['body']);
    page.close();
  });
});

// The content script's core reads pages without the speaker kinds; its UI works them out.
describe('speaker kinds worked out after the analysis', () => {
  const transcripts = corpusEntries().filter(({ id }) => readExpected(id)?.transcript);
  it.each(transcripts)('$id: completeKinds gives the kinds analyze() gives', ({ file }) => {
    const page = loadFile(file);
    const whole = analyze(page.document);
    const { model } = run(page.document);
    page.close();
    expect(model.opening).toBe(whole.opening);
    expect(model.opening!.length).toBeGreaterThan(0);
    completeKinds(model);
    expect(model.speakers).toEqual(whole.speakers);
  });

  it('once per model, and never on a page that is not a transcript', () => {
    const page = loadFile(path.join(BODIES, `${T00}.md`));
    const { model } = run(page.document);
    page.close();
    completeKinds(model);
    const host = model.speakers.find((s) => s.name === '寿小丽')!;
    expect(host.kind).toBe('host');
    host.kind = 'guest';
    completeKinds(model);
    expect(host.kind).toBe('guest');
    // A page that is not a transcript keeps what it has (here a kind no rule would give).
    const speaker = { id: 's1', name: '张三', title: null, role: 'respondent' as const, outlet: null, kind: 'guest' as const, aliases: [] };
    const none = { ...model, transcript: false, speakers: [speaker] };
    completeKinds(none);
    expect(none.speakers[0]!.kind).toBe('guest');
  });
});
