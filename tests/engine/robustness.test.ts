// The engine never throws and leaves what it cannot read as "not a transcript".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { loadHtml } from '../../src/cli/load';
import { analyzeBody, p } from './fixture';

describe('bad input', () => {
  it.each([
    ['an empty page', ''],
    ['unclosed tags', '<div id="artibody"><p>记者：<b>请问<p>张三：<font>回答'],
    ['text without paragraphs', '<div id="artibody">记者：请问？ 张三：回答。</div>'],
    ['deep nesting', `<div id="artibody">${'<div>'.repeat(2000)}<p>记者：请问？</p>${'</div>'.repeat(2000)}</div>`],
    ['colons everywhere', `<div id="artibody">${p('：：：：') + p(':') + p('：？') + p('记者：：：')}</div>`],
  ])('%s gives a model, not an exception', (_name, html) => {
    const page = loadHtml(`<!doctype html><html><body>${html}</body></html>`);
    const model = analyze(page.document);
    expect(typeof model.transcript).toBe('boolean');
    expect(model.reasons.length).toBeGreaterThan(0);
    // Read, not caught: the engine's own catch-all ("unreadable") must not be what answered.
    expect(model.whyNot).not.toContain('unreadable');
    page.close();
  });

  it('says why when a page has nothing to read', () => {
    expect(analyzeBody('').reasons).toEqual(['no speaker labels in the article body']);
  });

  it('accepts an element as well as a document', () => {
    const page = loadHtml(`<html><body><div id="artibody">${p('记者：好吗？') + p('张晓明：好。') + p('记者：真的吗？') + p('张晓明：真的。')}</div></body></html>`);
    const model = analyze(page.document.getElementById('artibody')!);
    expect(model.transcript).toBe(true);
    expect(model.turns[0]!.elements[0]!.tagName).toBe('P');
    page.close();
  });
});
