// Pages for the hardening tests (unit and e2e): a transcript whose labels and turns carry hostile
// text, a page the engine does not understand, and late paragraphs for a transcript.

/** What a page script would set if any of the hostile text were ever parsed as HTML. */
export const PWN_FLAG = '__sfrPwned';

/** Hostile strings as they appear in the page's TEXT (entity-escaped in the HTML source). */
export const HOSTILE = {
  img: `<img src=x onerror="window.${PWN_FLAG}=1">`,
  script: `<script>window.${PWN_FLAG}=2</script>`,
  link: `<a href="javascript:window.${PWN_FLAG}=3">点此</a>`,
  svg: `<svg onload="window.${PWN_FLAG}=4">`,
  entity: '&lt;b&gt;粗体&lt;/b&gt; &amp;amp;',
};

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Labels the engine accepts as speakers (no spaces: a label is short and tight). */
export const HOSTILE_LABELS = {
  /** A questioner whose label is tag-like text. */
  img: '新华社记者',
  script: '记者<a>',
  respondent: '张<b>明',
};

/** The turns' paragraphs (as text). */
export const HOSTILE_TURNS: Array<[label: string, text: string]> = [
  ['主持人', `各位记者朋友，大家上午好。欢迎出席今天的新闻发布会。${HOSTILE.svg}`],
  [HOSTILE_LABELS.respondent, `今年以来经济运行总体平稳，${HOSTILE.link} 主要指标好于预期。`],
  ['主持人', '下面请记者朋友提问。'],
  [HOSTILE_LABELS.img, `请问${HOSTILE.img}下一步在稳增长方面还有哪些政策考虑？`],
  [HOSTILE_LABELS.respondent, `谢谢你的提问。我们将继续实施积极的财政政策。${HOSTILE.entity}`],
  ['主持人', '请下一位记者提问。'],
  [HOSTILE_LABELS.script, `请问关于就业方面${HOSTILE.script}有什么新的举措？`],
  [HOSTILE_LABELS.respondent, '谢谢。就业是最大的民生，我们会把稳就业放在更加突出的位置。'],
  ['主持人', '今天的发布会到此结束，谢谢大家。'],
];

export function paragraphs(turns: Array<[string, string]>): string {
  return turns.map(([label, text]) => `<p>${escapeHtml(label)}：${escapeHtml(text)}</p>`).join('\n');
}

/** A Sina-like article page around `bodyHtml`; the page's own script arms the flag check. */
export function articlePage(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><div class="top-bar" id="top_bar">新浪财经</div>
<div class="main-content w1240"><h1 class="main-title">${escapeHtml(title)}</h1>
<div class="date-source"><span class="date">2021年07月16日 10:30</span> <span class="source">新浪财经</span></div>
<div class="article" id="artibody">
${bodyHtml}
</div></div>
<div id="sidebar" class="side-bar"><div class="ad">广告</div></div>
</body></html>`;
}

export const HOSTILE_TITLE = `国家发改委新闻发布会实录 ${HOSTILE.img}`;
export const hostilePage = () => articlePage(HOSTILE_TITLE, paragraphs(HOSTILE_TURNS));

/** An ordinary news article: no speakers, no turns. */
export const PLAIN_PAGE = articlePage('央行开展逆回购操作', [
  '<p>中国人民银行今日开展了1000亿元7天期逆回购操作，中标利率为2.2%。</p>',
  '<p>市场人士表示，近期资金面总体平稳，预计月末流动性将保持合理充裕。</p>',
  '<p>分析指出：随着政府债券发行加快，财政支出力度加大，银行体系流动性有望改善。</p>',
  '<p>来源：新浪财经</p>',
].join('\n'));

/** Turns added after load, e.g. by Sina's "load more" or a re-render. */
export const LATE_TURNS: Array<[string, string]> = [
  ['中央电视台记者', '请问在扩大内需方面有哪些具体安排？'],
  ['张明（发改委新闻发言人）', '谢谢你的提问。我们将多措并举扩大有效需求，促进消费持续恢复。'],
];
