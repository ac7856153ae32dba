import { describe, expect, test } from 'vitest';
import type { Speaker } from '../../src/engine/model';
import { colourIndex, fullTitle, langOf, roleBadge, roleText } from '../../src/tags/speaker-view';

const s = (over: Partial<Speaker>): Speaker => ({ id: 's1', name: '田玉龙', title: null, role: 'respondent', outlet: null, ...over });

describe('speaker view', () => {
  test('role words: 主持人 / 记者 + outlet / 答, in Chinese or English', () => {
    expect(roleText(s({ role: 'host' }), 'zh')).toBe('主持人');
    expect(roleText(s({ role: 'questioner', outlet: '第一财经' }), 'zh')).toBe('记者 · 第一财经');
    expect(roleText(s({}), 'zh')).toBe('答');
    expect(roleText(s({ role: 'questioner', outlet: '第一财经' }), 'en')).toBe('Reporter · 第一财经');
  });

  test('the badge leaves out what the name already says', () => {
    expect(roleBadge(s({ name: '第一财经记者', role: 'questioner', outlet: '第一财经' }), 'zh')).toBe('');
    expect(roleBadge(s({ name: '观察者网', role: 'questioner', outlet: '观察者网' }), 'zh')).toBe('记者');
    expect(roleBadge(s({ name: '记者', role: 'questioner', outlet: 'CGTN' }), 'zh')).toBe('CGTN');
    expect(roleBadge(s({ name: '主持人', role: 'host' }), 'zh')).toBe('');
    expect(roleBadge(s({ name: '寿小丽', role: 'host' }), 'zh')).toBe('主持人');
    expect(roleBadge(s({}), 'zh')).toBe('答');
  });

  test('full title: the title printed with the name, and the role', () => {
    expect(fullTitle(s({ title: '工业和信息化部党组成员、总工程师、新闻发言人' }), 'zh'))
      .toBe('工业和信息化部党组成员、总工程师、新闻发言人 田玉龙 · 答');
    expect(fullTitle(s({}), 'zh')).toBe('田玉龙 · 答');
  });

  test('colours cycle through the palette by speaker order', () => {
    expect([colourIndex('s1'), colourIndex('s2'), colourIndex('s9')]).toEqual([0, 1, 0]);
  });

  test('Chinese unless the browser asks for another language', () => {
    expect(langOf('zh-CN')).toBe('zh');
    expect(langOf('zh-TW')).toBe('zh');
    expect(langOf(undefined)).toBe('zh');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('de')).toBe('en');
  });
});
