// Each speaker-label format the engine must read (all seen on real Sina pages).
import { describe, expect, it } from 'vitest';
import { QA, analyzeBody, p, speaker, turnSummary } from './fixture';

const twoRounds = (ask: string, answer: string) =>
  QA.question(ask) + QA.answer(answer) + QA.question(ask, '第二个问题，明年呢？') + QA.answer(answer, '明年会更好。');

describe('speaker label formats', () => {
  it('reads a label alone in its paragraph, with the speech in the next ones', () => {
    const model = analyzeBody(
      p('新华社记者：') + p('请问今年的工作重点是什么？') + p('王建国：') + p('谢谢。第一是稳增长。') + p('第二是促改革。') +
        p('新华社记者：') + p('明年呢？') + p('王建国：') + p('明年会更好。'),
    );
    expect(model.transcript).toBe(true);
    expect(turnSummary(model, 4)).toEqual(['新华社记者: 请问今年', '王建国: 谢谢。第', '新华社记者: 明年呢？', '王建国: 明年会更']);
    expect(model.turns[1]!.paragraphs).toBe(3);
    expect(model.turns[1]!.text).toBe('谢谢。第一是稳增长。\n第二是促改革。');
  });

  it('reads inline labels and keeps the label out of the text', () => {
    const model = analyzeBody(twoRounds('第一财经记者：', '王建国：'));
    expect(turnSummary(model, 4)).toEqual(['第一财经记者: 请问今年', '王建国: 谢谢你的', '第一财经记者: 第二个问', '王建国: 明年会更']);
    expect(speaker(model, '第一财经记者')).toMatchObject({ role: 'questioner', outlet: '第一财经' });
  });

  it('merges a short label and the title line that follows into one turn with the title', () => {
    const model = analyzeBody(
      QA.question('新京报记者：') + p('王建国：') + p('国家发展改革委新闻发言人、政策研究室主任王建国：') + p('谢谢你的提问。') +
        QA.question('澎湃新闻记者：') + p('王建国：好的，我来回答。'),
    );
    expect(turnSummary(model)).toEqual(['新京报记者: 请问今年的工', '王建国: 谢谢你的提问', '澎湃新闻记者: 请问今年的工', '王建国: 好的，我来回']);
    expect(speaker(model, '王建国')).toMatchObject({ title: '国家发展改革委新闻发言人、政策研究室主任', role: 'respondent' });
  });

  it('reads a bare name without colon when it names a known speaker', () => {
    const model = analyzeBody(
      QA.question('新京报记者：') + p('李明') + p('谢谢，这个问题我来回答。') + QA.question('澎湃新闻记者：') + QA.answer('李明：'),
    );
    expect(turnSummary(model, 4)).toEqual(['新京报记者: 请问今年', '李明: 谢谢，这', '澎湃新闻记者: 请问今年', '李明: 谢谢你的']);
  });

  it.each([
    ['strong, colon inside', '<strong>记者：</strong>', '<strong>张晓明：</strong>'],
    ['strong, colon outside', '<strong>记者</strong>：', '<strong>张晓明</strong>：'],
    ['b tag', '<b>记者：</b>', '<b>张晓明：</b>'],
    ['cms font', '<font cms-style="font-L strong-Bold">记者：</font>', '<font cms-style="font-L strong-Bold"><font cms-style="font-L strong-Bold color210">张晓明：</font></font>'],
    ['ASCII colon', '记者:', '张晓明:'],
    ['space before the colon', '记者 ：', '张晓明 ：'],
  ])('reads labels in markup: %s', (_name, ask, answer) => {
    const model = analyzeBody(twoRounds(ask, answer));
    expect(model.transcript).toBe(true);
    expect(turnSummary(model, 4)).toEqual(['记者: 请问今年', '张晓明: 谢谢你的', '记者: 第二个问', '张晓明: 明年会更']);
    expect(speaker(model, '记者')).toMatchObject({ role: 'questioner', outlet: null });
    expect(speaker(model, '张晓明')!.role).toBe('respondent');
  });

  it('reads 问/答 labels', () => {
    const model = analyzeBody(twoRounds('问：', '答：'));
    expect(model.speakers.map((s) => [s.name, s.role])).toEqual([['问', 'questioner'], ['答', 'respondent']]);
    expect(model.questions).toHaveLength(2);
  });

  it('reads an outlet printed alone as the interviewer (新京报：, CGTN：)', () => {
    for (const outlet of ['新京报', '观察者网', 'CGTN']) {
      const model = analyzeBody(twoRounds(`${outlet}：`, '张晓明：'));
      expect(speaker(model, outlet)).toMatchObject({ role: 'questioner', outlet });
    }
  });

  it('reads 追问 as a follow-up by the same questioner', () => {
    const model = analyzeBody(
      QA.question('央视记者：') + QA.answer('张晓明：') + p('追问：那明年呢？') + p('张晓明：明年会更好。') + QA.question('新京报记者：') + QA.answer('张晓明：'),
    );
    expect(model.questions).toHaveLength(3);
    expect(model.turns[model.questions[1]!.turn]!.speaker).toBe(speaker(model, '央视记者')!.id);
  });

  it('reads numbered bold questions with no names, answered by 答', () => {
    const model = analyzeBody(
      p('近日，外交部副部长接受专访，以下为采访全文。') +
        p('<strong>一、如何看待当前的国际形势？</strong>') + p('当前形势总体稳定。') +
        p('<strong>二、下一步有何打算？</strong>') + p('我们将继续努力。') + p('也欢迎各方合作。'),
    );
    expect(model.transcript).toBe(true);
    expect(turnSummary(model, 4)).toEqual(['问: 一、如何', '答: 当前形势', '问: 二、下一', '答: 我们将继']);
    expect(model.turns[3]!.paragraphs).toBe(2);
  });

  it('reads bilingual labels as one speaker per person, one question per pair', () => {
    const model = analyzeBody(
      p('<strong>CGTN：</strong> What is the priority?') + p('<strong>记者：</strong>工作重点是什么？') +
        p('<strong>Yi Gang：</strong> Stability comes first.') + p('<strong>易纲：</strong>稳定是第一位的。') +
        p('<strong>CGTN：</strong> And next year?') + p('<strong>记者：</strong>明年呢？') +
        p('<strong>Yi Gang：</strong> More reform.') + p('<strong>易纲：</strong>更多改革。'),
    );
    // Named as the Chinese labels name them; the English label is an alias, CGTN the outlet.
    expect(model.speakers.map((s) => [s.name, s.aliases, s.outlet])).toEqual([['记者', ['CGTN'], 'CGTN'], ['易纲', ['Yi Gang'], null]]);
    expect(model.turns.map((t) => t.speaker)).toEqual(['s1', 's1', 's2', 's2', 's1', 's1', 's2', 's2']);
    expect(model.questions).toEqual([
      { turn: 0, asker: 's1', answers: [2, 3] },
      { turn: 4, asker: 's1', answers: [6, 7] },
    ]);
  });

  it('reads a header line with an organisation, title and English name before unlabelled Q&A', () => {
    const model = analyzeBody(
      p('1') + p('AMUNDI副首席投资官：Vincent Mortier') + p('<strong>债券市场存在泡沫吗？</strong>') + p('估值确实过高。') +
        p('<strong>央行现在应该做什么？</strong>') + p('空间有限。') +
        p('2') + p('<strong>英国M&amp;G固定收益副主管：</strong><strong>Stefan Isaacs</strong>') +
        p('<strong>债券市场存在泡沫吗？</strong>') + p('估值过高。'),
    );
    expect(model.transcript).toBe(true);
    expect(turnSummary(model, 4)).toEqual([
      '问: 债券市场', 'Vincent Mortier: 估值确实', '问: 央行现在', 'Vincent Mortier: 空间有限', '问: 债券市场', 'Stefan Isaacs: 估值过高',
    ]);
    expect(speaker(model, 'Vincent Mortier')).toMatchObject({ title: 'AMUNDI副首席投资官', role: 'respondent' });
  });

  it.each([
    ['a host with a space', '主持人 张三：', '张三', { role: 'host', title: '主持人' }],
    ['a host in brackets', '【主持人】', '主持人', { role: 'host' }],
    ['a host with the name in parentheses', '主持人（张三）：', '张三', { role: 'host', title: '主持人' }],
    // The label states no role; 张三 asks both times, so the page makes him the questioner.
    ['a title in parentheses', '张三（中国人民银行副行长）：', '张三', { role: 'questioner', title: '中国人民银行副行长' }],
    ['a reporter with a printed name', '新华社记者李四：', '李四', { role: 'questioner', outlet: '新华社' }],
    ['a name with 先生', '田玉龙先生：', '田玉龙', {}],
    ['a surname with a title', '王部长：', '王部长', {}],
    ['a numbered question', '问1：', '问', { role: 'questioner' }],
  ])('reads %s', (_name, label, name, expected) => {
    const model = analyzeBody(
      p(`${label}请问今年的工作重点是什么？`) + p('王五：稳增长。') +
        p(`${label}明年呢？`) + p('王五：会更好。') + p('记者：还有吗？') + p('王五：没有了。'),
    );
    const s = speaker(model, name);
    expect(s, JSON.stringify(model.speakers)).toBeDefined();
    const { role, ...rest } = expected as { role?: string };
    if (role !== undefined) expect(s!.role).toBe(role);
    expect(s).toMatchObject(rest);
  });
});
