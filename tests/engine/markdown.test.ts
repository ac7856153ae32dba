// The transcript as Markdown: a heading per question, the speaker in bold on every turn.
import { describe, expect, it } from 'vitest';
import { questionToMarkdown, toMarkdown } from '../../src/engine/markdown';
import { analyzeBody, p } from './fixture';

const model = analyzeBody(
  p('主持人：欢迎各位。') + p('新京报记者：请问*今年*的重点是什么？') + p('张晓明：第一是稳增长。') + p('# 第二是促改革。') +
    p('澎湃新闻记者：明年呢？') + p('张晓明：会更好。') + p('主持人：今天就到这里。'),
  '发布会实录',
);

describe('markdown', () => {
  it('prints the title, the URL, a heading per question and the speaker on every turn', () => {
    expect(toMarkdown(model, 'https://finance.sina.com.cn/x.shtml')).toBe(
      [
        '# 发布会实录', '<https://finance.sina.com.cn/x.shtml>', '**主持人**：欢迎各位。',
        '## 1. 新京报：\\*今年\\*的重点是什么？', '**新京报记者**：请问\\*今年\\*的重点是什么？',
        '**张晓明**：第一是稳增长。', '\\# 第二是促改革。',
        '## 2. 澎湃新闻：明年呢？', '**澎湃新闻记者**：明年呢？', '**张晓明**：会更好。', '**主持人**：今天就到这里。',
      ].join('\n\n') + '\n',
    );
  });

  it('prints one question with its answers, up to the next question', () => {
    const md = questionToMarkdown(model, 1);
    expect(md).toContain('## 2. 澎湃新闻：明年呢？');
    expect(md).toContain('**张晓明**：会更好。');
    expect(md).not.toContain('稳增长');
  });
});
