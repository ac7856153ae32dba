// The analysis step by step (the content script runs one step per task) is the same analysis.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInSteps } from '../../src/engine/analyze';
import { loadFile, loadHtml } from '../../src/cli/load';
import { BODIES, T00 } from '../outline/fixture';

describe('analyzeInSteps', () => {
  it('pauses after each step, in order, and returns the same model as analyze', () => {
    const page = loadFile(path.join(BODIES, `${T00}.md`));
    const steps = analyzeInSteps(page.document);
    const names: string[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) names.push(next.value);
    expect(names).toEqual(['body', 'paragraphs', 'labels', 'turns', 'roles', 'decision']);
    const whole = analyze(page.document);
    expect(whole.transcript).toBe(true);
    expect(next.value).toEqual(whole);
    page.close();
  });

  it('stops after reading the lines when none could open a turn', () => {
    const page = loadHtml('<!doctype html><html><body><div id="artibody"><p>他表示：今年经济稳中向好。</p><p>这是一篇普通的报道。</p></div></body></html>');
    const seen: string[] = [];
    const model = analyze(page.document, { step: (name) => seen.push(name) });
    expect(model).toMatchObject({ transcript: false, reasons: ['no speaker labels in the article body'], whyNot: ['no-labels'] });
    expect(seen).toEqual(['body', 'paragraphs', 'labels']);
    page.close();
  });

  it('stops early on a page without a body, and reports the steps it took to analyze', () => {
    const page = loadHtml('<!doctype html><html></html>');
    page.document.documentElement.replaceChildren();
    const seen: string[] = [];
    const model = analyze(page.document, { step: (name) => seen.push(name) });
    expect(model).toMatchObject({ transcript: false, reasons: ['no article body found'], whyNot: ['no-body'] });
    expect(seen).toEqual(['body']);
    page.close();
  });
});
