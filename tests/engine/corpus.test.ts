// The engine on every real page in ../shared/corpus, against the expected files read by hand.
import { describe, expect, it } from 'vitest';
import { corpusEntries, readExpected, scorePage, value } from '../../src/cli/evaluate';

const entries = corpusEntries();

describe('corpus', () => {
  it('has an expected file for every corpus page', () => {
    expect(entries.length).toBeGreaterThan(30);
    expect(entries.filter((e) => !readExpected(e.id)).map((e) => e.id)).toEqual([]);
  });

  it.each(entries.map((e) => [e.id, e.file] as const))('%s matches its expected file', (id, file) => {
    const score = scorePage(id, file, readExpected(id)!);
    expect(score.problems).toEqual([]);
    expect(score.found).toBe(score.expected);
    for (const key of ['turnPrecision', 'turnRecall', 'attribution', 'roles', 'questionPrecision', 'questionRecall', 'answerers'] as const) {
      expect(value(score[key]), key).toBe(1);
    }
  });
});
