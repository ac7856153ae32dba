// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { labelExtent, siblingSpan, textStart } from '../../src/tags/label-range';

/** A paragraph built from [tag, text] pieces; strings are text nodes. */
function para(...parts: Array<string | [string, ...Array<string | [string, string]>]>): HTMLElement {
  const p = document.createElement('p');
  const build = (part: string | [string, ...any[]]): Node => {
    if (typeof part === 'string') return document.createTextNode(part);
    const [tag, ...kids] = part;
    const el = document.createElement(tag);
    el.append(...kids.map(build));
    return el;
  };
  p.append(...parts.map(build));
  return p;
}

const extentText = (p: HTMLElement, label: string) => {
  const e = labelExtent(p, label);
  if (!e) return null;
  const r = document.createRange();
  r.setStart(e.start.node, e.start.offset);
  r.setEnd(e.end.node, e.end.offset);
  return r.toString();
};

describe('textStart', () => {
  test('skips the full-width indent, also across nodes', () => {
    const p = para('　　', ['font', ' ', ['b', '问：']]);
    const start = textStart(p)!;
    expect(start.node.data).toBe('问：');
    expect(start.offset).toBe(0);
    expect(textStart(para('　　答：好'))!.offset).toBe(2);
    expect(textStart(para('　　', ['b', ' ']))).toBeNull();
  });
});

describe('labelExtent', () => {
  test.each([
    ['colon inside the bold run', para('　　', ['strong', '杨喆：'], '巴菲特'), '杨喆：'],
    ['colon outside the bold run', para('　　', ['strong', '杨喆'], '：巴菲特'), '杨喆：'],
    ['label and question in one bold font', para('　　', ['font', '观察者网：姚教授您好']), '观察者网：'],
    ['space before the colon', para('　　', ['font', ['font', '孟玮 ：']]), '孟玮 ：'],
    ['plain text', para('　　中国基金报记者：在基金行业之中'), '中国基金报记者：'],
  ])('%s', (_, p, label) => {
    expect(extentText(p, label)).toBe(label);
  });

  test('null when the text does not start with the label', () => {
    expect(labelExtent(para('　　我们注意到，田玉龙：'), '田玉龙：')).toBeNull();
    expect(labelExtent(para('　　田玉'), '田玉龙：')).toBeNull();
  });
});

describe('siblingSpan', () => {
  test('climbs to whole elements', () => {
    const p = para('　　', ['strong', '杨喆'], '：');
    const from = p.childNodes[1]!.firstChild as Text;
    const to = p.childNodes[2] as Text;
    const span = siblingSpan(from, to)!;
    expect(span.first).toBe(p.childNodes[1]);
    expect(span.last).toBe(to);
  });

  test('refuses a span that would cut an element part-way', () => {
    const p = para(['font', '　　', ['b', '问']], '：');
    const from = p.querySelector('b')!.firstChild as Text;
    expect(siblingSpan(from, p.lastChild as Text)).toBeNull();
  });
});
