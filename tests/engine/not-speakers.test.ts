// What is not a speaker, and what is not a transcript (hand-written fixtures).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { QA, analyzeBody, loadBody, p, turnSummary } from './fixture';

const transcriptWith = (inserted: string) =>
  QA.question('记者：') + QA.answer('张晓明：') + inserted + QA.question('记者：', '明年呢？') + QA.answer('张晓明：', '会更好。');

describe('not speakers', () => {
  it.each([
    ['a sentence introducing a list', p('上半年主要呈现出四个主要特点和亮点：'), '上半年主要呈现出四个主要特点和亮点：'],
    ['metadata lines', p('原标题：工信部：规划将陆续出台') + p('作者：李超') + p('来源：国新网'), null],
    ['a time', p('北京时间9：45，在岸人民币兑美元跌0.06%。'), '北京时间9：45，在岸人民币兑美元跌0.06%。'],
    ['a headline shaped like a label', p('刘格菘：产业链自主可控仍是大方向'), null],
    ['reported speech', p('李明表示：“今年经济稳中向好。”'), '李明表示：“今年经济稳中向好。”'],
    ['a title and a speech verb', p('国家发展改革委副主任强调：今年经济稳中向好。'), '国家发展改革委副主任强调：今年经济稳中向好。'],
    ['a title and a verb that starts like a surname', p('外交部部长宣布：会议开始。'), '外交部部长宣布：会议开始。'],
    ['someone telling the reporter', p('一位投资者告诉记者：最近行情不好。'), '一位投资者告诉记者：最近行情不好。'],
    ['someone speaking to the reporter', p('一位市民对记者：很方便。'), '一位市民对记者：很方便。'],
    ['a one-off netizen line', p('网友：为祖国骄傲！'), '网友：为祖国骄傲！'],
    ['a one-off label-shaped line', p('记者&lt;a&gt;：请问&lt;script&gt;这是什么&lt;/script&gt;？'), '记者<a>：请问<script>这是什么</script>？'],
    ['a list item with a colon', p('第一、养殖板块：周期反转。'), '第一、养殖板块：周期反转。'],
    ['a byline', p('记者：王晓 李明'), null],
  ])('%s continues the current turn or stands aside, never starts one', (_name, inserted, kept) => {
    const model = analyzeBody(transcriptWith(inserted));
    expect(model.transcript).toBe(true);
    expect(model.speakers.map((s) => s.name)).toEqual(['记者', '张晓明']);
    expect(model.turns).toHaveLength(4);
    // Speech stays in the answer it interrupts; metadata and headings are in no turn.
    const answer = model.turns[1]!.text;
    if (kept) expect(answer).toContain(kept);
    else expect(answer).toBe('谢谢你的提问。今年我们重点做好三件事。');
  });

  it('ignores the fin_reference block and everything after 责任编辑', () => {
    const model = analyzeBody(
      '<blockquote class="fin_reference"><p>看重点：</p><p><a href="#">工信部：上半年增长15.9%</a></p><p><a href="#">工信部：加大惩处力度</a></p></blockquote>' +
        transcriptWith('') + '<p class="article-editor">责任编辑：王珊珊</p>' + p('记者：附加段落？'),
    );
    expect(turnSummary(model, 3)).toEqual(['记者: 请问今', '张晓明: 谢谢你', '记者: 明年呢', '张晓明: 会更好']);
  });

  it('reads only the article body: a 网友提问/老师回答 widget outside it is ignored', () => {
    const doc = loadBody(p('今天股市上涨。'));
    const widget = doc.createElement('div');
    for (const line of ['网友提问：能买吗？', '老师回答：可以。', '网友提问：何时卖？', '老师回答：明天。']) {
      const para = doc.createElement('p');
      para.textContent = line;
      widget.appendChild(para);
    }
    doc.body.appendChild(widget);
    expect(analyze(doc).transcript).toBe(false);
  });
});

describe('not transcripts', () => {
  it('news that quotes people', () => {
    const model = analyzeBody(
      p('国家统计局今日发布数据。') + p('国家统计局新闻发言人付凌晖表示：“经济稳中向好。”') + p('专家李超认为：“下半年仍有压力。”') +
        p('付凌晖指出，上半年GDP增长5.5%。'),
    );
    expect(model.transcript).toBe(false);
    expect(model.reasons.join(' ')).toMatch(/turn|speaker|question/);
  });

  it('a press conference retold in the third person', () => {
    const model = analyzeBody(
      p('外交部发言人华春莹主持例行记者会。') + p('有记者提问：中美对话有何成果？') + p('华春莹表示，对话是及时有益的。') +
        p('另有记者问：是否会有下一轮？') + p('华春莹说，双方将保持沟通。'),
    );
    expect(model.transcript).toBe(false);
  });

  it('a compilation of statements where no one recurs or answers', () => {
    const model = analyzeBody(
      ['国家发展改革委副主任连维良：', '工业和信息化部部长肖亚庆：', '商务部部长王文涛：', '交通运输部部长李小鹏：']
        .map((label) => p(`${label}四季度要稳增长、保就业，推动经济平稳运行。`)).join(''),
    );
    expect(model.transcript).toBe(false);
    expect(model.reasons.join(' ')).toMatch(/do not recur/);
  });

  it('an explainer with bold questions but no interview', () => {
    const model = analyzeBody(
      p('个税汇算开始了，怎么办？') + p('<strong>哪些人需要办理？</strong>') + p('年收入超过12万元的需要办理。') +
        p('<strong>何时办理？</strong>') + p('3月1日至6月30日。'),
      '2021个税汇算退税补税如何办？国家税务总局解读来了',
    );
    expect(model.transcript).toBe(false);
  });
});
