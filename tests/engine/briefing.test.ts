// A spokesperson's briefing in `问：`/`答：` form (the foreign ministry's regular press
// conferences, the State Council Information Office's briefings): the announcements before the
// first question are the spokesperson's opening turn. Hand-written fixture with invented text.
import { describe, expect, it } from 'vitest';
import { findInterviewee } from '../../src/engine/names';
import { buildOutline } from '../../src/engine/outline';
import { BRIEFING_PARAGRAPHS, BRIEFING_TITLE, briefingBodyHtml, SPOKESPERSON } from '../fixtures/spokesperson-briefing';
import { analyzeBody, p, speaker, turnSummary } from './fixture';

describe('spokesperson briefings', () => {
  it('reads the announcements before the first question as the spokesperson’s opening turn', () => {
    const model = analyzeBody(briefingBodyHtml(), BRIEFING_TITLE);
    expect(model.transcript).toBe(true);
    expect(turnSummary(model)).toEqual([
      '林晓峰: 应南岭共和国',
      '问: 据报道，南岭',
      '林晓峰: 我们注意到有',
      '问: 外交部长此次',
      '林晓峰: 访问期间，外',
      '问: 关于东方海洋',
      '林晓峰: 本届论坛将邀',
    ]);
    // Both announcements, and not the lead line that only states the briefing.
    expect(model.turns[0]!.paragraphs).toBe(2);
    expect(model.turns[0]!.text).not.toContain('主持例行记者会');
    expect(speaker(model, SPOKESPERSON)).toMatchObject({ title: '外交部发言人', role: 'respondent' });
    expect(model.questions.map((q) => q.answers)).toEqual([[2], [4], [6]]);
  });

  it('the outline shows the announcements as the opening', () => {
    const outline = buildOutline(analyzeBody(briefingBodyHtml(), BRIEFING_TITLE));
    expect(outline.map((item) => [item.kind, item.who])).toEqual([
      ['opening', SPOKESPERSON], ['question', '问'], ['question', '问'], ['question', '问'],
    ]);
    expect(outline.slice(1).every((item) => item.answerers.join() === SPOKESPERSON)).toBe(true);
  });

  it('without the lead line, and with the State Council Information Office’s wording', () => {
    const title = '国务院新闻办公室新闻发言人陈子墨主持例行新闻发布会';
    const model = analyzeBody(briefingBodyHtml(BRIEFING_PARAGRAPHS.slice(1)), title);
    expect(turnSummary(model, 3)[0]).toBe('陈子墨: 应南岭');
    expect(buildOutline(model)[0]).toMatchObject({ kind: 'opening', who: '陈子墨' });
  });

  it('a host who is not a spokesperson does not answer: the lead stays lead', () => {
    const title = '国务院新闻办新闻局副局长陈子墨主持新闻发布会';
    expect(findInterviewee(title)).toBeNull();
    const model = analyzeBody(briefingBodyHtml(BRIEFING_PARAGRAPHS.slice(1)), title);
    expect(turnSummary(model, 2)[0]).toBe('问: 据报');
    expect(speaker(model, '陈子墨')).toBeUndefined();
  });

  it('finds the spokesperson after a date, not in a clause that only mentions a briefing', () => {
    expect(findInterviewee('2025年3月12日外交部发言人林晓峰主持例行记者会')).toEqual({ name: '林晓峰', title: '外交部发言人', briefing: true });
    expect(findInterviewee('外交部发言人林晓峰在例行记者会上回应')).toBeNull();
  });

  it('a story about a briefing, with no question under a label, is still no transcript', () => {
    const story = [
      p('外交部发言人林晓峰12日在例行记者会上表示，中方支持地区互联互通。'),
      p('林晓峰说，外交部长将于3月15日至17日访问南岭共和国。'),
      p('他还介绍了东方海洋合作论坛的筹备情况。'),
    ].join('');
    expect(analyzeBody(story, BRIEFING_TITLE).transcript).toBe(false);
  });
});
