// Turns, handoffs, roles and questions on hand-written fixtures.
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/engine/outline';
import { QA, analyzeBody, p, speaker, turnSummary } from './fixture';

const pressConference = (handoff: string, answerLabel: string) =>
  p('国务院新闻办新闻局副局长、新闻发言人寿小丽：') + p('女士们、先生们，大家上午好！') +
  p('田玉龙：') + p('工业和信息化部党组成员、总工程师、新闻发言人田玉龙：') + p('新闻界的朋友们，大家好！') +
  p('寿小丽：') + p('下面进入提问环节。') +
  QA.question('中央广播电视总台央视记者：') + p(`田玉龙：${handoff}`) + p(`${answerLabel}谢谢您的提问。上半年工业经济稳定恢复。`) +
  QA.question('新京报记者：') + QA.answer('黄利斌：') + QA.question('澎湃新闻记者：') + QA.answer('田玉龙：') +
  p('寿小丽：今天的新闻发布会就到这里，大家再见。');

describe('turns', () => {
  it('gives an unlabelled answer to the person a handoff names, by given name and title', () => {
    for (const handoff of ['谢谢，请黄利斌局长回答这个问题。', '谢谢，下面请利斌同志回答。', '请运行局黄利斌局长回答。', '请黄局长回答。']) {
      const model = analyzeBody(pressConference(handoff, ''));
      expect(turnSummary(model, 4)[5], handoff).toBe('黄利斌: 谢谢您的');
      const q = model.questions[0]!;
      expect(q.answers.map((a) => model.turns[a]!.speaker)).toEqual([speaker(model, '黄利斌')!.id]);
    }
  });

  it('does not count a bare handoff as an answer, and names the host and respondents', () => {
    const model = analyzeBody(pressConference('谢谢，请黄利斌局长回答。', '黄利斌：'));
    expect(model.transcript).toBe(true);
    expect(speaker(model, '寿小丽')).toMatchObject({ role: 'host', title: '国务院新闻办新闻局副局长、新闻发言人' });
    expect(speaker(model, '田玉龙')!.role).toBe('respondent');
    expect(speaker(model, '黄利斌')!.role).toBe('respondent');
    expect(speaker(model, '中央广播电视总台央视记者')).toMatchObject({ role: 'questioner', outlet: '中央广播电视总台央视' });
    expect(model.questions.map((q) => q.answers.length)).toEqual([1, 1, 1]);
  });

  it('names someone handed the floor who never had a label', () => {
    const model = analyzeBody(
      p('主持人：欢迎各位。下面请某公司的王总谈谈。') + p('谢谢主持人。今年行业形势不错。') +
        QA.question('记者：') + QA.answer('王总：') + QA.question('记者：', '明年呢？') + QA.answer('王总：') + p('主持人：今天就到这里。'),
    );
    expect(turnSummary(model, 4)[1]).toBe('王总: 谢谢主持');
    expect(speaker(model, '主持人')!.role).toBe('host');
  });

  it('continues the current turn with unlabelled paragraphs and leaves out headings', () => {
    const model = analyzeBody(
      QA.question('记者：') + p('张晓明：第一点。') + p('第二点。') + p('<strong>市场震荡之下不改策略</strong>') +
        QA.question('记者：', '还有呢？') + p('张晓明：') + p('上半年主要呈现出四个主要特点和亮点：') + p('一是稳。'),
    );
    expect(model.turns.map((t) => t.text)).toEqual([
      '请问今年的工作重点是什么？', '第一点。\n第二点。', '还有呢？', '上半年主要呈现出四个主要特点和亮点：\n一是稳。',
    ]);
  });

  it('gives unlabelled answers to the one person who answers under a label', () => {
    const model = analyzeBody(
      p('央视记者：') + p('当前粮食供应情况如何？') + p('关于粮食供应，总体向好。') +
        p('新京报记者：') + p('煤炭保供情况如何？') + p('孟玮：') + p('煤炭产量较快增加。'),
    );
    expect(turnSummary(model, 4)).toEqual(['央视记者: 当前粮食', '孟玮: 关于粮食', '新京报记者: 煤炭保供', '孟玮: 煤炭产量']);
  });

  it('gives unlabelled answers to the interviewee the opening names', () => {
    const model = analyzeBody(
      p('10月11日，外交部副部长乐玉成接受中国国际电视台《视点》栏目专访，就中美关系等回答了提问。') +
        p('<strong>一、如何看待当前形势？</strong>') + p('形势总体稳定。') + p('<strong>二、下一步呢？</strong>') + p('继续努力。'),
    );
    expect(turnSummary(model, 4)).toEqual(['问: 一、如何', '乐玉成: 形势总体', '问: 二、下一', '乐玉成: 继续努力']);
    expect(speaker(model, '乐玉成')).toMatchObject({ role: 'respondent', title: '外交部副部长' });
  });

  // Hand-written fixtures in the shapes of held-out pages (a written 答记者问, a TV interview).
  it('reads one question and its answer as a short 答记者问, with 答 named by the opening', () => {
    const model = analyzeBody(
      p('某某局副局长、新闻发言人周晓明就上月储备数据答记者问') +
        p('问：上月储备规模变动的原因是什么？今后趋势如何？') + p('答：上月储备规模小幅上升。') + p('展望未来，储备规模将保持稳定。'),
    );
    expect(model.transcript).toBe(true);
    expect(turnSummary(model, 4)).toEqual(['问: 上月储备', '周晓明: 上月储备']);
    expect(model.turns[1]!.paragraphs).toBe(2);
    expect(speaker(model, '周晓明')).toMatchObject({ role: 'respondent', title: '某某局副局长、新闻发言人' });
    expect(model.questions).toEqual([{ turn: 0, asker: 's1', answers: [1] }]);
  });

  it('reads a title, a space and a foreign name written in Chinese as a label', () => {
    const model = analyzeBody(
      p('某国际组织日前发布展望报告。该组织亚洲部副主任卡尔瓦尼在回答电视台记者提问时表示，亚洲经济仍将较快增长。') +
        p('电视台记者 王小川：亚洲供应链会因此调整吗？') + p('某国际组织亚洲部副主任 卡尔瓦尼：供应链会逐步调整，但不会很快。'),
    );
    expect(model.transcript).toBe(true);
    expect(speaker(model, '王小川')).toMatchObject({ role: 'questioner', outlet: '电视台' });
    expect(speaker(model, '卡尔瓦尼')).toMatchObject({ role: 'respondent', title: '某国际组织亚洲部副主任' });
  });

  it('reads a short 答记者问 after a lead with its 原标题 line and a photo caption', () => {
    const model = analyzeBody(
      p('原标题：某某局答记者问') + p('某某局副局长周晓明就上月储备数据答记者问') + p('图为某某局大楼。资料图') +
        p('某某局数据显示，上月末储备规模为三万亿元。') + p('问：上月储备规模变动的原因是什么？') + p('答：上月储备规模小幅上升。'),
    );
    expect(turnSummary(model, 4)).toEqual(['问: 上月储备', '周晓明: 上月储备']);
  });

  it('does not take one exchange quoted in a story, an explainer or a digest for a transcript', () => {
    const stories = [
      // Further down a digest, announced only by its own label.
      p('NO.1 某地出台新政') + p('某地昨日出台新政，支持企业发展。') + p('新政涉及税费减免等多个方面。') +
        p('NO.2 某行行长谈风险') + p('提问：风险是否可控？') + p('答：总体可控。') + p('NO.3 某部门发布数据') + p('数据显示，上月出口增长较快。'),
      // At the top of a digest.
      p('NO.1 某行行长谈风险') + p('提问：风险是否可控？') + p('答：总体可控。') + p('NO.2 某地出台新政') + p('某地昨日出台新政。'),
      // An explainer whose news goes on after the answer.
      p('近日，某局发布公告，明确汇算有关事项。') + p('问：哪些人需要办理汇算？') + p('答：年收入超过12万元的需要办理。') +
        p('此外，税务部门还将提供预填服务。') + p('记者了解到，今年汇算将于3月1日开始。'),
    ];
    for (const story of stories) expect(analyzeBody(story).transcript).toBe(false);
  });

  it('keeps 答 neutral when the opening names several people who answer', () => {
    const exchanges = p('问：今年减税规模有多大？') + p('答：预计全年减税一万亿元。') + p('问：如何落实？') + p('答：分批推进。');
    for (const opening of [
      '某部副部长许某才和某局副局长王某树就减税降费政策答记者问。',
      '某委副主任张晓明就稳就业政策答记者问。某部、某部有关负责人一同回答了提问。',
    ]) {
      const model = analyzeBody(p(opening) + exchanges);
      expect(turnSummary(model, 2), opening).toEqual(['问: 今年', '答: 预计', '问: 如何', '答: 分批']);
    }
  });

  it('keeps an interviewer\'s greeting and farewell, returned in kind, out of the questions', () => {
    const model = analyzeBody(
      p('<strong>布朗：</strong>今天我们请到了陈大使。陈大使，早上好。') + p('<strong>陈大使：</strong>早上好。') +
        p('<strong>布朗：</strong>双方会谈的成果是什么？') + p('<strong>陈大使：</strong>会谈坦诚而深入。') +
        p('<strong>布朗：</strong>所以立场没有变化。') + p('<strong>陈大使：</strong>我们的立场是一贯的。') +
        p('<strong>布朗：</strong>下一次会谈在什么时候？') + p('<strong>陈大使：</strong>双方保持沟通。') +
        p('<strong>布朗：</strong>会在年内吗？') + p('<strong>陈大使：</strong>要看双方的安排。') +
        p('<strong>布朗：</strong>我们的时间到了，感谢大使接受采访。') + p('<strong>陈大使：</strong>谢谢你的邀请。'),
    );
    expect(model.transcript).toBe(true);
    // The statement that challenges the guest is answered: it stays a question.
    expect(model.questions.map((q) => [q.turn, q.answers])).toEqual([[2, [3]], [4, [5]], [6, [7]], [8, [9]]]);
    expect(buildOutline(model).map((i) => [i.kind, i.turn])).toEqual([
      ['opening', 0], ['question', 2], ['question', 4], ['question', 6], ['question', 8], ['closing', 10],
    ]);
  });

  it('keeps a request without a question mark a question, even when the answer starts with thanks', () => {
    const model = analyzeBody(
      p('主持人：下面请记者提问。') +
        p('新华社记者：请介绍一下今年就业工作的情况。') + p('张三：谢谢，请李司长回答。') + p('李四：今年就业总体稳定。') +
        p('央视记者：物价走势如何？') + p('张三：温和上涨。') +
        p('经济日报记者：请谈谈下一步的政策考虑。') + p('张三：谢谢。') + p('张三：下一步我们将加大支持力度。') +
        p('主持人：发布会到此结束，谢谢大家。'),
    );
    expect(model.questions.map((q) => [q.turn, q.answers])).toEqual([[1, [3]], [4, [5]], [6, [7, 8]]]);
  });

  it('keeps a host who is greeted back a host', () => {
    const model = analyzeBody(
      p('寿小丽：女士们、先生们，大家上午好。今天我们请来了张三先生。') + p('张三：大家上午好。') +
        QA.question('新华社记者：') + QA.answer('张三：') + QA.question('央视记者：', '物价走势如何？') + QA.answer('张三：') +
        p('寿小丽：今天的发布会就到这里，谢谢大家。'),
    );
    expect(speaker(model, '寿小丽')!.role).toBe('host');
  });
});
