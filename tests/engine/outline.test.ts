// The outline model: opening, numbered questions with outlet, gist and answerers, closing.
import { describe, expect, it } from 'vitest';
import { buildOutline, questionGist } from '../../src/engine/outline';
import { analyzeBody, p } from './fixture';

describe('question gist', () => {
  it.each([
    ['谢谢主持人。我是新京报记者。请问今年工业增长的主要动力是什么？另外想问下半年。', '今年工业增长的主要动力是什么？'],
    ['我有两个问题。第一，数据安全如何保障？第二，APP治理如何推进？', '数据安全如何保障？APP治理如何推进？'],
    ['在双碳目标引领下，不少高耗能产业纷纷开始探索绿色转型，请问工信部如何指导高耗能产业绿色转型？下一步有何举措？',
      '工信部如何指导高耗能产业绿色转型？下一步有何举措？'],
    // A long question is whole: it ends at its question mark, never cut with `…`.
    ['当前我国新冠疫苗的接种已经超过14亿剂次，我国疫苗生产供应能否满足国内外需求，产能还会继续扩大吗，下一步有哪些安排和考虑？',
      '当前我国新冠疫苗的接种已经超过14亿剂次，我国疫苗生产供应能否满足国内外需求，产能还会继续扩大吗，下一步有哪些安排和考虑？'],
    ['请问下一步有何打算？', '下一步有何打算？'], ['背景很长很长，请问下一步有何打算？', '下一步有何打算？'],
    // The preamble sentences go; so do numbers, openers and the closing thanks.
    ['我们注意到上半年工业持续恢复。请问发言人如何看待？另外，下半年态势如何？谢谢。', '发言人如何看待？下半年态势如何？'],
    ['三、美方近日发表演讲，提到脱钩不现实。您如何评价？', '您如何评价？'],
    ['专家您好，如何看待上半年的数据？', '如何看待上半年的数据？'],
    ['Green transition requires capital. What measures has the PBOC taken? What are the results?',
      'What measures has the PBOC taken? What are the results?'],
    // No question mark: the first sentence, cut when long.
    ['请您介绍一下今年的工作重点。谢谢。', '请您介绍一下今年的工作重点。'],
    ])('%s', (text, gist) => {
    expect(questionGist(text)).toBe(gist);
  });
});

describe('outline', () => {
  const model = analyzeBody(
    p('主持人寿小丽：女士们、先生们，大家上午好！下面请田玉龙先生介绍。') + p('田玉龙：谢谢。上半年工业增长较快。') +
      p('央视记者：请问制造业如何发展？') + p('田玉龙：谢谢，请黄利斌局长回答。') + p('黄利斌：谢谢你的提问。制造业稳步发展。') +
      p('新京报记者：请问APP治理如何推进？') + p('赵志国：持续整治。') + p('田玉龙：我补充一点。') +
      p('红星新闻记者：数据安全呢？') + p('田玉龙：谢谢你的提问，下面请赵志国局长回答。') + p('赵志国：加强监管。') +
      p('寿小丽：今天的发布会就到这里，谢谢大家。'),
  );

  it('lists opening, questions and closing', () => {
    const items = buildOutline(model);
    expect(items.map((i) => [i.kind, i.number, i.who, i.gist, i.answerers.join('、')])).toEqual([
      ['opening', 0, '寿小丽、田玉龙', '', ''],
      ['question', 1, '央视', '制造业如何发展？', '黄利斌'],
      ['question', 2, '新京报', 'APP治理如何推进？', '赵志国、田玉龙'],
      ['question', 3, '红星新闻', '数据安全呢？', '赵志国'],
      ['closing', 0, '寿小丽', '', ''],
    ]);
  });
});
