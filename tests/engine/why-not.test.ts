// Why a page is not a transcript, as codes (the popup words them in the reader's language).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { loadFile, loadHtml } from '../../src/cli/load';
import { corpusEntries } from '../../src/cli/evaluate';
import { p } from './fixture';

const model = (html: string) => {
  const page = loadHtml(`<!doctype html><html><body>${html}</body></html>`);
  try {
    return analyze(page.document);
  } finally {
    page.close();
  }
};

describe('whyNot', () => {
  it.each(corpusEntries().map((e) => [e.id, e.file] as const))('%s: codes exactly when not a transcript', (_id, file) => {
    const page = loadFile(file);
    const m = analyze(page.document);
    page.close();
    if (m.transcript) expect(m.whyNot).toEqual([]);
    else expect(m.whyNot.length).toBeGreaterThan(0);
  });

  it('names each way a page falls short (hand-written fixtures)', () => {
    expect(model('').whyNot).toEqual(['no-labels']);
    expect(model('<div id="artibody"><p>他表示：今年经济稳中向好。</p></div>').whyNot).toEqual(['no-labels']);
    expect(model(`<div id="artibody">${p('张三：第一段。') + p('张三：第二段。')}</div>`).whyNot).toEqual(['one-speaker']);
    // Two people quoted once each: neither answers, neither speaks again.
    expect(model(`<div id="artibody">${p('张三：这是一段话。') + p('李四：这是另一段话。')}</div>`).whyNot)
      .toEqual(['few-answers', 'no-recurrence']);
  });
});
