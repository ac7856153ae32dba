// The panel's words: Chinese by default, English when the extension's UI language is another
// (the panel lives in the page, where the extension's _locales are not at hand; the language is
// the one the popup speaks, FeatureContext.uiLanguage).
import type { Lang } from '../engine/kind-words';

/** 12,345: both languages group digits in threes with a comma. Done by hand because the first
 *  toLocaleString / Intl.NumberFormat of a page builds ICU's formatter, some milliseconds of the
 *  page's main thread for four numbers (issue 18). */
export function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

export interface Messages {
  panel: string;
  counts(questions: number, speakers: number): string;
  opening: string;
  closing: string;
  /** Before the answerers' names, with its colon. */
  answeredBy: string;
  listSeparator: string;
  search: string;
  searchHint: string;
  noMatches: string;
  previousMatch: string;
  nextMatch: string;
  filter: string;
  /** The who-spoke view: its summary, its three charts and their units. */
  whoSpoke: string;
  wordsChart: string;
  questionsChart: string;
  answersChart: string;
  chars(n: number): string;
  questionCount(n: number): string;
  answerCount(n: number): string;
  filtered(n: number): string;
  showAll: string;
  /** The last row of a long outline, until the rest is built. */
  showMore(n: number): string;
  copyAll: string;
  cleanMode: string;
  copyQuestion(n: number): string;
  quoteQuestion(n: number): string;
  export: string;
  exportFormats: Record<'markdown' | 'text' | 'json', string>;
  copied: string;
  copyFailed: string;
  /** The skip link at the top of the page. */
  skipToOutline: string;
  collapse: string;
  expand: string;
}

export const MESSAGES: Record<Lang, Messages> = {
  zh: {
    panel: '实录目录',
    // Not `位发言人`, which reads as spokespeople.
    counts: (q, s) => `${q} 个问题 · ${s} 人发言`,
    opening: '开场',
    closing: '结束',
    answeredBy: '答：',
    listSeparator: '、',
    search: '搜索实录',
    searchHint: '搜索文字或发言人',
    noMatches: '无结果',
    previousMatch: '上一个结果',
    nextMatch: '下一个结果',
    filter: '按发言人筛选',
    whoSpoke: '谁在发言',
    wordsChart: '发言字数',
    questionsChart: '提问（按媒体）',
    answersChart: '回答',
    chars: (n) => `${grouped(n)} 字`,
    questionCount: (n) => `${n} 问`,
    answerCount: (n) => `${n} 答`,
    filtered: (n) => `已选 ${n} 位`,
    showAll: '显示全部',
    showMore: (n) => `显示其余 ${grouped(n)} 项`,
    copyAll: '复制全文',
    cleanMode: '清爽阅读',
    copyQuestion: (n) => `复制第 ${n} 问（Markdown）`,
    quoteQuestion: (n) => `复制第 ${n} 问为引文`,
    export: '导出',
    exportFormats: { markdown: 'Markdown（.md）', text: '纯文本（.txt）', json: 'JSON（.json）' },
    copied: '已复制',
    copyFailed: '复制失败',
    skipToOutline: '跳到实录目录（Alt+Shift+O），按 / 搜索',
    collapse: '收起目录',
    expand: '打开目录',
  },
  en: {
    panel: 'Transcript outline',
    counts: (q, s) => `${q} question${q === 1 ? '' : 's'} · ${s} speaker${s === 1 ? '' : 's'}`,
    opening: 'Opening',
    closing: 'Closing',
    answeredBy: 'Answered by: ',
    listSeparator: ', ',
    search: 'Search the transcript',
    searchHint: 'Words or speaker',
    noMatches: 'No matches',
    previousMatch: 'Previous match',
    nextMatch: 'Next match',
    filter: 'Filter by speaker',
    whoSpoke: 'Who spoke',
    wordsChart: 'Share of the words',
    questionsChart: 'Questions by outlet',
    answersChart: 'Answers',
    chars: (n) => `${grouped(n)} chars`,
    questionCount: (n) => `${n} question${n === 1 ? '' : 's'}`,
    answerCount: (n) => `${n} answer${n === 1 ? '' : 's'}`,
    filtered: (n) => `${n} selected`,
    showAll: 'Show all',
    showMore: (n) => `Show ${grouped(n)} more`,
    copyAll: 'Copy all',
    cleanMode: 'Clean reading',
    copyQuestion: (n) => `Copy question ${n} (Markdown)`,
    quoteQuestion: (n) => `Copy question ${n} as a quote`,
    export: 'Export',
    exportFormats: { markdown: 'Markdown (.md)', text: 'Plain text (.txt)', json: 'JSON (.json)' },
    copied: 'Copied',
    copyFailed: 'Copy failed',
    skipToOutline: 'Skip to the transcript outline (Alt+Shift+O); / to search',
    collapse: 'Collapse the outline',
    expand: 'Open the outline',
  },
};
