import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import type { Speaker } from '../../src/engine/model';
import { corpusEntries, readExpected } from '../../src/cli/evaluate';
import { loadFile } from '../../src/cli/load';
import {
  accessibleText, colourIndex, compactTurns, fullTitle, labelNamesSpeaker, roleBadge, roleText, spokenAfter,
} from '../../src/tags/speaker-view';

const s = (over: Partial<Speaker>): Speaker => ({
  id: 's1', name: '田玉龙', title: null, role: 'respondent', outlet: null, kind: 'interviewee', aliases: [], ...over,
});
const tian = s({ kind: 'spokesperson', title: '工业和信息化部党组成员、总工程师、新闻发言人' });
const cctv = s({ name: '中央广播电视总台央视记者', role: 'questioner', kind: 'reporter', outlet: '中央广播电视总台央视' });

describe('speaker view', () => {
  test('role words say what the page calls the speaker, never 答', () => {
    expect(roleText(s({ role: 'host', kind: 'host' }), 'zh')).toBe('主持人');
    expect(roleText(s({ role: 'questioner', kind: 'reporter', outlet: '第一财经' }), 'zh')).toBe('记者 · 第一财经');
    expect(roleText(tian, 'zh')).toBe('发言人');
    expect(roleText(s({ kind: 'official', title: '外交部副部长' }), 'zh')).toBe('外交部副部长');
    expect(roleText(s({ kind: 'official', title: '国家外汇管理局副局长、新闻发言人' }), 'zh')).toBe('新闻发言人');
    expect(roleText(s({ kind: 'guest' }), 'zh')).toBe('嘉宾');
    expect(roleText(s({ kind: 'expert' }), 'zh')).toBe('专家');
    expect(roleText(s({}), 'zh')).toBe('受访者');
    expect(roleText(s({}), 'en')).toBe('Interviewee');
    expect(roleText(s({ role: 'questioner', kind: 'reporter', outlet: '第一财经' }), 'en')).toBe('Reporter · 第一财经');
  });

  test('the badge leaves out what the name already says', () => {
    expect(roleBadge(s({ name: '第一财经记者', role: 'questioner', kind: 'reporter', outlet: '第一财经' }), 'zh')).toBe('');
    expect(roleBadge(s({ name: '第一财经记者', role: 'questioner', kind: 'reporter', outlet: '第一财经' }), 'en')).toBe('');
    expect(roleBadge(s({ name: '观察者网', role: 'questioner', kind: 'reporter', outlet: '观察者网' }), 'zh')).toBe('记者');
    expect(roleBadge(s({ name: '记者', role: 'questioner', kind: 'reporter', outlet: 'CGTN' }), 'zh')).toBe('CGTN');
    expect(roleBadge(s({ name: '主持人', role: 'host', kind: 'host' }), 'zh')).toBe('');
    expect(roleBadge(s({ name: '寿小丽', role: 'host', kind: 'host' }), 'zh')).toBe('主持人');
    expect(roleBadge(s({ name: '问', role: 'questioner', kind: 'asker' }), 'zh')).toBe('');
    expect(roleBadge(tian, 'zh')).toBe('发言人');
    // Beside the page's own label, in another script: `CGTN｜记者`, not `CGTN｜CGTN`.
    const cgtn = s({ name: '记者', role: 'questioner', kind: 'reporter', outlet: 'CGTN', aliases: ['CGTN'] });
    expect(roleBadge(cgtn, 'zh', 'CGTN')).toBe('记者');
    expect(roleBadge(cgtn, 'zh')).toBe('CGTN');
  });

  test('the tooltip says each thing once', () => {
    expect(fullTitle(tian, 'zh')).toBe('工业和信息化部党组成员、总工程师、新闻发言人 田玉龙');
    expect(fullTitle(cctv, 'zh')).toBe('中央广播电视总台央视记者');
    expect(fullTitle(s({ name: '记者', role: 'questioner', kind: 'reporter', outlet: 'CGTN', aliases: ['CGTN'] }), 'zh')).toBe('记者（CGTN）');
    expect(fullTitle(s({ name: '观察者网', role: 'questioner', kind: 'reporter', outlet: '观察者网' }), 'zh')).toBe('观察者网 · 记者');
    expect(fullTitle(s({ name: '易纲', kind: 'official', title: '中国人民银行行长', aliases: ['Yi Gang'] }), 'zh')).toBe('中国人民银行行长 易纲（Yi Gang）');
    expect(fullTitle(s({}), 'zh')).toBe('田玉龙 · 受访者');
  });

  test('accessible text: name, then what they are', () => {
    expect(accessibleText(tian, 'zh')).toBe('田玉龙，新闻发言人');
    expect(accessibleText(tian, 'en')).toBe('田玉龙, Spokesperson');
    expect(accessibleText(cctv, 'zh')).toBe('中央广播电视总台央视记者');
    expect(accessibleText(s({ name: '问', role: 'questioner', kind: 'asker' }), 'zh')).toBe('问');
  });

  test('a label that only says a role does not name the speaker', () => {
    expect(labelNamesSpeaker('答：', tian)).toBe(false);
    expect(labelNamesSpeaker('田玉龙：', tian)).toBe(true);
    expect(labelNamesSpeaker('追问：', s({ name: '问', role: 'questioner', kind: 'asker' }))).toBe(true);
    expect(labelNamesSpeaker('Yi Gang：', s({ name: '易纲', aliases: ['Yi Gang'] }))).toBe(true);
  });

  test('compact tags: the badge at first, and again only where another speaker in the same role spoke since', () => {
    const long = '很长的回答'.repeat(20);
    // Without roles: the same speaker at once (bilingual repeat) and a fast exchange.
    const turns = [
      { speaker: 's1', text: 'Question?' }, { speaker: 's1', text: '问题？' },
      { speaker: 's2', text: long }, { speaker: 's1', text: '好的。' }, { speaker: 's2', text: long },
      { speaker: 's1', text: '对吗？' }, { speaker: 's2', text: '对。' }, { speaker: 's1', text: '明白。' },
    ];
    expect(compactTurns(turns, () => 'x').slice(0, 2)).toEqual([false, true]);
    // An interview: one reporter, one respondent: every later tag is the name alone.
    const role = (id: string) => (id === 's1' ? 'questioner' : 'respondent');
    expect(compactTurns(turns, role)).toEqual([false, true, false, true, true, true, true, true]);
    // A press conference: a respondent's badge comes back after a colleague answered.
    const conference = [
      { speaker: 'q1', text: long }, { speaker: 'a1', text: long }, { speaker: 'q2', text: long }, { speaker: 'a2', text: long },
      { speaker: 'q3', text: long }, { speaker: 'a1', text: long }, { speaker: 'q4', text: long }, { speaker: 'a1', text: long },
    ];
    const roleOf = (id: string) => (id.startsWith('q') ? 'questioner' : 'respondent');
    expect(compactTurns(conference, roleOf)).toEqual([false, false, false, false, false, false, false, true]);
  });

  test('colours cycle through the palette by speaker order', () => {
    expect([colourIndex('s1'), colourIndex('s2'), colourIndex('s9')]).toEqual([0, 1, 0]);
  });

  test('what a screen reader hears after the shown words makes up the accessible text', () => {
    expect(spokenAfter(tian, 'zh')).toBe('，新闻发言人');
    expect(`田玉龙${spokenAfter(tian, 'zh')}`).toBe(accessibleText(tian, 'zh'));
    // The page's label shown (`CGTN`): only what it does not say; nothing shown: everything.
    const cgtn = s({ name: '记者', role: 'questioner', kind: 'reporter', outlet: 'CGTN' });
    expect(spokenAfter(cgtn, 'zh', 'CGTN')).toBe('，记者');
    expect(spokenAfter(cctv, 'zh')).toBe('');
    expect(spokenAfter(tian, 'en', '')).toBe('田玉龙, Spokesperson');
  });
});

describe.each(corpusEntries().filter(({ id }) => readExpected(id)?.transcript))('wording on $id', ({ file }) => {
  test('no badge says 答 or Answer; tooltips and accessible texts never repeat a part', () => {
    const page = loadFile(file);
    const model = analyze(page.document);
    for (const speaker of model.speakers) {
      for (const lang of ['zh', 'en'] as const) {
        expect(roleBadge(speaker, lang)).not.toMatch(/^(答|Answer|回答)$/);
        const parts = fullTitle(speaker, lang).split(' · ');
        parts.forEach((part, i) => parts.slice(0, i).forEach((earlier) => expect(earlier.includes(part)).toBe(false)));
        const spoken = accessibleText(speaker, lang);
        expect(spoken.startsWith(speaker.name)).toBe(true);
        expect(`${speaker.name}${spokenAfter(speaker, lang)}`).toBe(spoken);
        expect(new Set(spoken.split(/[，,] ?/)).size).toBe(spoken.split(/[，,] ?/).length);
      }
    }
    page.close();
  });
});
