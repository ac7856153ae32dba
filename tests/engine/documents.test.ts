// The documents a transcript becomes (src/engine/documents/), on small hand-written fixtures:
// Markdown, text, quotes, the across-turn clipboard, file names. The corpus pages are in
// tests/engine/documents-corpus.test.ts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import {
  documentSource, exportFile, fileName, questionQuote, questionToMarkdown, quoteOf, selectionHtml, toMarkdown, toText, turnQuote,
} from '../../src/engine/documents';
import { toJSON } from '../../src/engine/json';
import { loadBody, p } from './fixture';

const URL = 'https://finance.sina.com.cn/x.shtml';

function fixture() {
  const doc = loadBody(
    p('某某部于2023年3月1日举行新闻发布会，请某某部新闻发言人张晓明介绍情况，并答记者问。') +
      p('主持人：欢迎各位。') + p('新京报记者：我们注意到*今年*开局良好。请问今年的重点是什么？谢谢。') +
      p('张晓明：第一是稳增长。') + p('# 第二是促改革，“放管服”继续推进。') +
      p('澎湃新闻记者：明年呢？') + p('张晓明：会更好。') + p('主持人：今天就到这里。'),
    '发布会实录',
  );
  const meta = doc.createElement('div');
  meta.className = 'date-source';
  meta.innerHTML = '<span class="date">2023年03月01日 18:00</span><a class="source">新浪财经</a>';
  doc.body.prepend(meta);
  const model = analyze(doc);
  return { doc, model, source: documentSource(doc, model, URL) };
}

describe('Markdown', () => {
  it('header, lead, a heading per question (the question itself, with the outlet), every turn', () => {
    const { source } = fixture();
    expect(toMarkdown(source)).toBe(
      [
        '# 发布会实录',
        '- 日期：2023年03月01日 18:00\n- 来源：新浪财经\n- 链接：<https://finance.sina.com.cn/x.shtml>\n- 参与者：\n' +
          '  - 主持人\n  - 新京报记者\n  - 张晓明（某某部新闻发言人）\n  - 澎湃新闻记者',
        '某某部于2023年3月1日举行新闻发布会，请某某部新闻发言人张晓明介绍情况，并答记者问。',
        '**主持人**：欢迎各位。',
        '## 1. 今年的重点是什么？（新京报）', '**新京报记者**：我们注意到\\*今年\\*开局良好。请问今年的重点是什么？谢谢。',
        '**张晓明**（某某部新闻发言人）：第一是稳增长。', '\\# 第二是促改革，“放管服”继续推进。',
        '## 2. 明年呢？（澎湃新闻）', '**澎湃新闻记者**：明年呢？', '**张晓明**：会更好。', '**主持人**：今天就到这里。',
      ].join('\n\n') + '\n',
    );
  });

  it('one question with its answers, up to the next question, titles on first appearance', () => {
    const { source } = fixture();
    const md = questionToMarkdown(source, 1);
    expect(md).toContain('## 2. 明年呢？（澎湃新闻）');
    expect(md).toContain('**张晓明**（某某部新闻发言人）：会更好。');
    expect(md).not.toContain('稳增长');
    expect(md).not.toContain('参与者');
  });

  it('the plain text has the same parts without marks', () => {
    const { source } = fixture();
    const text = toText(source);
    expect(text).toContain('发布会实录\n日期：2023年03月01日 18:00\n来源：新浪财经\n链接：https://finance.sina.com.cn/x.shtml\n\n参与者：\n主持人\n新京报记者\n');
    expect(text).toContain('\n\n1. 今年的重点是什么？（新京报）\n\n新京报记者：我们注意到*今年*开局良好。');
    expect(text).toContain('\n\n张晓明（某某部新闻发言人）：第一是稳增长。\n# 第二是促改革');
    expect(text).not.toMatch(/\*\*|##/);
  });
});

describe('quotes', () => {
  it('a turn: the words in quotation marks (inner quotes single), the speaker with title, event, date, source and link', () => {
    const { source } = fixture();
    expect(turnQuote(source, 2)).toBe(
      '“第一是稳增长。\n# 第二是促改革，‘放管服’继续推进。”——张晓明（某某部新闻发言人），某某部新闻发布会，2023年3月1日，新浪财经 <https://finance.sina.com.cn/x.shtml>',
    );
  });

  it('a question with its answers: a line per speaker, then the citation', () => {
    const { source } = fixture();
    expect(questionQuote(source, 1)).toBe(
      '澎湃新闻记者：“明年呢？”\n张晓明（某某部新闻发言人）：“会更好。”\n——某某部新闻发布会，2023年3月1日，新浪财经 <https://finance.sina.com.cn/x.shtml>',
    );
  });

  it('a selection inside one turn', () => {
    const { source } = fixture();
    expect(quoteOf(source, [{ speaker: 's3', text: '稳增长' }])).toMatch(/^“稳增长”——张晓明（某某部新闻发言人），某某部新闻发布会/);
  });

  it('without page facts it is the words and the speaker', () => {
    const { model } = fixture();
    const bare = { ...documentSource(loadBody(p('x')), model), info: { url: null, date: null, source: null, lead: [], event: null, titles: {} } };
    expect(turnQuote(bare, 2)).toBe('“第一是稳增长。\n# 第二是促改革，‘放管服’继续推进。”——张晓明');
  });
});

describe('the clipboard HTML for a selection across turns', () => {
  it('a paragraph per paragraph, a turn led by the name in <strong>; page text escaped', () => {
    const html = selectionHtml([
      { name: '张晓明', paragraphs: ['稳增长。', '<b>促改革</b>'] },
      { name: null, paragraphs: ['小标题'] },
      { name: '澎湃新闻记者', paragraphs: ['明年呢？', ''] },
    ]);
    expect(html).toBe('<p><strong>张晓明</strong>：稳增长。</p><p>&lt;b&gt;促改革&lt;/b&gt;</p><p>小标题</p><p><strong>澎湃新闻记者</strong>：明年呢？</p>');
  });
});

describe('export files', () => {
  it('are named from the date and title; the JSON is the public JSON and reads back', () => {
    const { model, source } = fixture();
    expect(fileName(source, 'markdown')).toBe('2023-03-01 发布会实录.md');
    expect(fileName({ ...source, title: 'a/b:c?', info: { ...source.info, date: null } }, 'text')).toBe('a_b_c_.txt');
    const json = exportFile(model, source, 'json');
    expect(json.name).toBe('2023-03-01 发布会实录.json');
    expect(JSON.parse(json.content)).toEqual(toJSON(model));
    expect(exportFile(model, source, 'markdown').content).toBe(toMarkdown(source));
    expect(exportFile(model, source, 'text').type).toMatch(/^text\/plain/);
  });
});
