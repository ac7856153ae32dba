// What the page calls each speaker (src/engine/kinds.ts), over every corpus transcript and on
// hand-written fixtures of the formats the corpus lacks (panels with guests, a TV host).
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { speakerKinds } from '../../src/engine/kinds';
import { corpusEntries, readExpected } from '../../src/cli/evaluate';
import { loadFile } from '../../src/cli/load';
import { analyzeBody, p, speaker } from './fixture';

/** Read from each page: who answers as what (the opening, the titles printed with the names). */
const KINDS: Record<string, Record<string, string>> = {
  't00-miit-h1-2021-press-conference': {
    寿小丽: 'host', 田玉龙: 'spokesperson', 黄利斌: 'spokesperson', 赵志国: 'spokesperson', 中央广播电视总台央视记者: 'reporter', 第一财经记者: 'reporter',
  },
  't01-six-fund-managers-roundtable': { 中国基金报记者: 'reporter', 杨喆: 'interviewee', 徐达: 'interviewee' },
  't02-yao-yang-guancha-interview': { 观察者网: 'reporter', 姚洋: 'expert' },
  't04-le-yucheng-cgtn-interview-numbered-questions': { 问: 'asker', 乐玉成: 'official' },
  't05-yi-gang-cgtn-bilingual-interview': { 记者: 'reporter', 易纲: 'official' },
  't07-wei-jianguo-wto-bjnews-interview': { 新京报: 'reporter', 魏建国: 'interviewee' },
  't08-ndrc-press-conf-10qa-reporter-labels': { 孟玮: 'spokesperson', 央视新闻频道记者: 'reporter' },
  'p-gne-sina-3': { 问: 'asker', 'Vincent Mortier': 'official', 'John Hollyer': 'official' },
};

describe('kinds over the corpus', () => {
  const entries = corpusEntries().filter(({ id }) => readExpected(id)?.transcript);
  test('every transcript of the corpus is in the table', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(Object.keys(KINDS).sort());
  });
  test.each(entries)('$id', ({ id, file }) => {
    const page = loadFile(file);
    const model = analyze(page.document);
    for (const [name, kind] of Object.entries(KINDS[id]!)) expect([name, model.speakers.find((s) => s.name === name)?.kind]).toEqual([name, kind]);
    // Questioners are never 受访者; respondents are never 记者.
    for (const s of model.speakers) {
      if (s.role === 'questioner') expect(['reporter', 'asker', 'audience', 'host', 'guest']).toContain(s.kind);
      if (s.role === 'respondent') expect(['spokesperson', 'official', 'guest', 'expert', 'interviewee']).toContain(s.kind);
    }
    page.close();
  });
});

const QA = (asker: string, answerer: string) =>
  p(`${asker}：请问今年的工作重点是什么？`) + p(`${answerer}：谢谢你的提问。今年我们重点做好三件事。`);

describe('kinds from the opening (hand-written fixtures)', () => {
  test('a panel: the guests the opening lists are 嘉宾, also when one asks another', () => {
    const model = analyzeBody(
      p('本期节目主持人王小明，嘉宾：某某大学教授李大华、某某基金经理赵晓东。') +
      QA('王小明', '李大华') + QA('赵晓东', '李大华') + QA('王小明', '赵晓东') + p('王小明：今天的节目就到这里，再见。'),
    );
    expect(speaker(model, '王小明')?.kind).toBe('host');
    expect(speaker(model, '李大华')?.kind).toBe('guest');
    expect(speaker(model, '赵晓东')?.kind).toBe('guest');
  });

  test('a TV programme\'s host who interviews is 主持人, not 记者', () => {
    const model = analyzeBody(p('某某台《财经访谈》节目主持人陈思远专访了某某公司董事长刘建平。') + QA('陈思远', '刘建平').repeat(3));
    expect(speaker(model, '陈思远')).toMatchObject({ role: 'questioner', kind: 'host' });
    expect(speaker(model, '刘建平')?.kind).toBe('interviewee');
  });

  test('出席…的有…: the people attending are guests', () => {
    const model = analyzeBody(p('出席今天论坛对话的有孙立新、钱文博。') + QA('记者', '孙立新') + QA('记者', '钱文博') + QA('记者', '孙立新'));
    expect(speaker(model, '孙立新')?.kind).toBe('guest');
    expect(speaker(model, '钱文博')?.kind).toBe('guest');
    expect(speaker(model, '记者')?.kind).toBe('reporter');
  });

  test('pure over its input: the rules read roles, titles and the opening only', () => {
    const s = (name: string, role: 'host' | 'questioner' | 'respondent', title: string | null = null, outlet: string | null = null) => ({ name, title, role, outlet });
    expect(speakerKinds([s('新华社记者', 'questioner', null, '新华社'), s('央视记者', 'questioner', null, '央视'), s('张三', 'respondent')], '')).toEqual(['reporter', 'reporter', 'spokesperson']);
    expect(speakerKinds([s('新华社记者', 'questioner', null, '新华社'), s('张三', 'respondent')], '张三接受新华社专访')).toEqual(['reporter', 'interviewee']);
    expect(speakerKinds([s('网友', 'questioner'), s('张三', 'respondent', '某某研究院研究员')], '')).toEqual(['audience', 'expert']);
    expect(speakerKinds([s('主持人', 'host'), s('李四', 'respondent', '某某局局长')], '')).toEqual(['host', 'official']);
    expect(speakerKinds([s('主持人', 'host'), s('嘉宾', 'respondent'), s('王五', 'respondent', '特邀嘉宾')], '')).toEqual(['host', 'guest', 'guest']);
  });
});

describe('a name printed in two scripts is one speaker', () => {
  test('t05: Yi Gang / 易纲 and CGTN / 记者 are two speakers, with two colours', () => {
    const id = 't05-yi-gang-cgtn-bilingual-interview';
    const entry = corpusEntries().find((e) => e.id === id)!;
    const page = loadFile(entry.file);
    const model = analyze(page.document);
    expect(model.speakers.map(({ name, aliases, outlet, role }) => ({ name, aliases, outlet, role }))).toEqual([
      { name: '记者', aliases: ['CGTN'], outlet: 'CGTN', role: 'questioner' },
      { name: '易纲', aliases: ['Yi Gang'], outlet: null, role: 'respondent' },
    ]);
    expect(model.questions).toHaveLength(4);
    for (const q of model.questions) expect(q.answers.map((a) => model.turns[a]!.speaker)).toEqual(['s2', 's2']);
    page.close();
  });

  test('two people who merely alternate stay two, whatever their scripts', () => {
    const english = (label: string) => p(`${label}：We have made steady progress this year and will go on.`);
    const model = analyzeBody(
      [1, 2, 3].map(() => p('记者：请问今年的进展如何？') + english('John Smith') + p('王建国：我补充一点，今年进展顺利。')).join(''),
    );
    expect(model.speakers.map((s) => s.name).sort()).toEqual(['John Smith', '王建国', '记者'].sort());
  });
});
