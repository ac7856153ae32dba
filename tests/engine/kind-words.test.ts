// The words for what each speaker is, shared by the tags, the panel, the popup and the documents.
import { describe, expect, test } from 'vitest';
import { kindParts, kindWord, langOf, unsaidParts } from '../../src/engine/kind-words';
import type { Speaker } from '../../src/engine/model';

const s = (over: Partial<Speaker>): Speaker => ({
  id: 's1', name: '田玉龙', title: null, role: 'respondent', outlet: null, kind: 'interviewee', aliases: [], ...over,
});

describe('kind words', () => {
  test('Chinese unless the browser asks for another language', () => {
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf('zh-TW')).toBe('zh');
    expect(langOf(undefined)).toBe('zh');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('de')).toBe('en');
  });

  test('an official is called by their post, everyone else by their kind', () => {
    expect(kindWord(s({ kind: 'official', title: '中国人民银行行长' }), 'zh')).toBe('中国人民银行行长');
    expect(kindWord(s({ kind: 'official', title: '外交部党委委员、副部长' }), 'zh')).toBe('副部长');
    expect(kindWord(s({ kind: 'spokesperson' }), 'zh')).toBe('发言人');
    expect(kindWord(s({ kind: 'guest' }), 'en')).toBe('Guest');
  });

  test('a reporter with the outlet; a name that says it (问) nothing', () => {
    expect(kindParts(s({ kind: 'reporter', role: 'questioner', outlet: 'CGTN' }), 'zh')).toEqual(['记者', 'CGTN']);
    expect(kindParts(s({ name: '问', kind: 'asker', role: 'questioner' }), 'zh')).toEqual([]);
  });

  test('what the shown words do not already say, in either language', () => {
    const reporter = s({ name: '第一财经记者', kind: 'reporter', role: 'questioner', outlet: '第一财经' });
    expect(unsaidParts(reporter, 'zh', reporter.name)).toEqual([]);
    expect(unsaidParts(reporter, 'en', reporter.name)).toEqual([]);
    expect(unsaidParts(reporter, 'zh', 'CGTN')).toEqual(['记者', '第一财经']);
    expect(unsaidParts(s({ kind: 'spokesperson' }), 'zh', '田玉龙（工业和信息化部新闻发言人）')).toEqual([]);
    expect(unsaidParts(s({ kind: 'host' }), 'zh', '寿小丽（国务院新闻办新闻局副局长、新闻发言人）')).toEqual(['主持人']);
  });
});
