// The page's own grouping of its questions (engine/groups.ts) and the who-spoke figures
// (engine/who-spoke.ts), over every corpus transcript.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { groupByRespondent } from '../../src/engine/groups';
import type { Speaker } from '../../src/engine/model';
import { buildOutline } from '../../src/engine/outline';
import { whoSpoke } from '../../src/engine/who-spoke';
import { corpusEntries, readExpected } from '../../src/cli/evaluate';
import { loadFile } from '../../src/cli/load';

const transcripts = corpusEntries().filter(({ id }) => readExpected(id)?.transcript);
const modelOf = (file: string) => {
  const page = loadFile(file);
  const model = analyze(page.document);
  page.close();
  return model;
};

describe('grouping by respondent', () => {
  test.each(transcripts)('$id', ({ id, file }) => {
    const model = modelOf(file);
    const items = buildOutline(model);
    const groups = groupByRespondent(items, model);
    if (id !== 'p-gne-sina-3') {
      // Press conferences, roundtables and one-person interviews read as one list.
      expect(groups).toBeNull();
      return;
    }
    // gne-sina-3: eight numbered sections, each headed `title：name`, each with its questions.
    expect(groups!.map((g) => g.label)).toEqual([
      'AMUNDI副首席投资官 Vincent Mortier', '贝莱德固定收益业务全球首席投资官 Rick Rieder', '摩根大通首席投资官兼全球固定收益主管 Bob Michele',
      'LGIM首席投资官 Sonja Laud', '英国M&G固定收益副主管 Stefan Isaacs', 'PIMCO首席投资官 Dan Ivascyn',
      '道富环球全球首席投资官 Rick Lacaille', '先锋领航全球固定收益主管 John Hollyer',
    ]);
    expect(groups!.flatMap((g) => g.items)).toEqual(items.flatMap((item, i) => (item.kind === 'question' ? [i] : [])));
    expect(groups!.map((g) => g.items.length)).toEqual([6, 6, 6, 6, 6, 6, 5, 6]);
  });

  test('a respondent who comes back after another is no section', () => {
    const speakers: Speaker[] = [{ id: 's1', name: '问', title: null, role: 'questioner', outlet: null, kind: 'asker', aliases: [] },
      { id: 's2', name: '张三', title: null, role: 'respondent', outlet: null, kind: 'interviewee', aliases: [] },
      { id: 's3', name: '李四', title: null, role: 'respondent', outlet: null, kind: 'interviewee', aliases: [] }];
    const answeredBy = ['s2', 's2', 's3', 's3', 's2', 's2'];
    const turns = answeredBy.flatMap((s) => [{ speaker: 's1', text: '问题？' }, { speaker: s, text: '回答。' }]);
    const questions = answeredBy.map((_, i) => ({ turn: 2 * i, asker: 's1', answers: [2 * i + 1] }));
    const model = { speakers, turns, questions };
    expect(groupByRespondent(buildOutline(model), model)).toBeNull();
    const twoRuns = { ...model, questions: questions.slice(0, 4) };
    expect(groupByRespondent(buildOutline(twoRuns), twoRuns)?.map((g) => g.label)).toEqual(['张三', '李四']);
  });
});

describe('who spoke', () => {
  test.each(transcripts)('$id: shares add up, every bar is some speakers\' and the largest is full', ({ file }) => {
    const model = modelOf(file);
    const figures = whoSpoke(model);
    const spoken = model.turns.reduce((n, t) => n + t.text.replace(/\s+/g, '').length, 0);
    expect(figures.words.reduce((n, b) => n + b.value, 0)).toBe(spoken);
    expect(figures.questions.reduce((n, b) => n + b.value, 0)).toBe(model.questions.length);
    for (const chart of [figures.words, figures.questions, figures.answers]) {
      expect(chart[0]?.share).toBe(1);
      for (const bar of chart) expect(bar.speakers.length).toBeGreaterThan(0);
      expect(chart.map((b) => b.value)).toEqual([...chart.map((b) => b.value)].sort((a, b) => b - a));
    }
  });

  test('t00: 田玉龙 answers most; the questions are per outlet', () => {
    const model = modelOf(transcripts.find((e) => e.id.startsWith('t00'))!.file);
    const figures = whoSpoke(model);
    expect(figures.answers[0]!.label).toBe('田玉龙');
    expect(figures.questions.map((b) => b.label)).toContain('第一财经');
    expect(figures.questions.every((b) => b.value === 1)).toBe(true);
  });
});
