// Reading names and titles out of labels and openings.
import { describe, expect, it } from 'vitest';
import { findInterviewee, readDesignation, splitTitle } from '../../src/engine/names';

describe('names', () => {
  it.each([
    ['工业和信息化部党组成员、总工程师、新闻发言人田玉龙', { title: '工业和信息化部党组成员、总工程师、新闻发言人', name: '田玉龙' }],
    ['国务院新闻办新闻局副局长、新闻发言人寿小丽', { title: '国务院新闻办新闻局副局长、新闻发言人', name: '寿小丽' }],
    ['上半年主要呈现出四个主要特点和亮点', null],
  ])('splits %s into title and name', (label, expected) => {
    expect(splitTitle(label)).toEqual(expected);
  });

  it.each([
    ['10月11日，外交部副部长乐玉成接受中国国际电视台（CGTN）《视点》栏目专访', { name: '乐玉成', title: '外交部副部长' }],
    ['近日，中国人民银行行长易纲就金融支持绿色转型等问题接受了记者专访', { name: '易纲', title: '中国人民银行行长' }],
    ['国家外汇管理局副局长、新闻发言人王春英就2021年11月份外汇储备规模变动情况答记者问', { name: '王春英', title: '国家外汇管理局副局长、新闻发言人' }],
    ['国家统计局有关负责人就一季度数据答记者问', null],
    ['国家发展改革委就业司司长张三答记者问。', { name: '张三', title: '国家发展改革委就业司司长' }],
    ['发改委就稳就业答记者问\n国家发展改革委副主任张三近日就稳就业政策回答了记者提问', { name: '张三', title: '国家发展改革委副主任' }],
    ['财政部副部长许宏才和税务总局副局长王道树就减税降费政策答记者问', null],
    ['国家发展改革委副主任张三就稳就业政策答记者问。人社部、财政部有关负责人一同回答了提问。', null],
    ['杨洁篪委员与王毅国务委员接受了媒体的采访', null],
    ['该方案让大家都能接受', null],
  ])('finds the interviewee in %s', (opening, expected) => {
    expect(findInterviewee(opening)).toEqual(expected);
  });

  it.each([
    ['国际货币基金组织亚太部副主任 斯利尼瓦桑', { name: '斯利尼瓦桑', title: '国际货币基金组织亚太部副主任', role: null }],
    ['国际货币基金组织 亚太部副主任 斯利尼瓦桑', { name: '斯利尼瓦桑', title: '国际货币基金组织 亚太部副主任', role: null }],
    ['央视记者 殷岳', { name: '殷岳', role: 'questioner', outlet: '央视' }],
    ['某某集团有限公司总经理 表示', null],
    ['某某集团有限公司总经理 指出', null],
  ])('reads %s as a title and a name', (label, expected) => {
    const designation = readDesignation(label);
    if (expected === null) expect(designation).toBeNull();
    else expect(designation).toMatchObject(expected);
  });

  it.each([
    ['主持人（张三）', { name: '张三', title: '主持人', outlet: null, role: 'host' }],
    ['新华社记者（张三）', { name: '张三', title: '新华社记者', outlet: '新华社', role: 'questioner' }],
    ['张三（中国人民银行副行长）', { name: '张三', title: '中国人民银行副行长', role: null }],
  ])('reads %s with its bracketed part', (label, expected) => {
    expect(readDesignation(label)).toMatchObject(expected);
  });

  it('reads a label that is only an outlet or a function', () => {
    expect(readDesignation('新京报')).toMatchObject({ role: 'questioner', outlet: '新京报' });
    expect(readDesignation('主持人')).toMatchObject({ role: 'host', name: '主持人' });
    expect(readDesignation('网友')).toMatchObject({ strong: false });
  });
});
