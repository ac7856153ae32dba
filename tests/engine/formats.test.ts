// The same page in other markup reads the same: every corpus body rewritten the ways Sina pages
// print the same words (strong / b / bold font / bold span, the colon outside the bold, ASCII colon,
// no indent, <P>, leaf <div>s of older pages, text wrapped in fonts, more wrappers, all paragraphs
// in one inline element, empty paragraphs and photo captions in between). Speakers, roles, turns,
// paragraphs per turn and questions must not change — transcript or not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { speakerName } from '../../src/engine/model';
import { toJSON } from '../../src/engine/json';
import { corpusEntries } from '../../src/cli/evaluate';
import { loadHtml, parseFrontMatter } from '../../src/cli/load';

/** Every element matching `selector` replaced by a `tag` holding its children. */
function retag(html: string, selector: string, tag: string, attributes: Record<string, string> = {}): string {
  const page = loadHtml(`<!doctype html><html><body>${html}</body></html>`);
  try {
    const doc = page.document;
    for (const el of [...doc.body.querySelectorAll(selector)]) {
      const replacement = doc.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) replacement.setAttribute(name, value);
      replacement.append(...el.childNodes);
      el.replaceWith(replacement);
    }
    return doc.body.innerHTML;
  } finally {
    page.close();
  }
}

const BOLD = 'strong, b, font[cms-style*="strong-Bold"]';
const REWRITES: Record<string, (html: string) => string> = {
  'bold as <strong>': (h) => retag(h, BOLD, 'strong'),
  'bold as <b>': (h) => retag(h, BOLD, 'b'),
  'bold as a bold font': (h) => retag(h, BOLD, 'font', { 'cms-style': 'font-L strong-Bold' }),
  'bold as a styled span': (h) => retag(h, BOLD, 'span', { style: 'font-weight: bold' }),
  'colon outside the bold': (h) => h.replace(/([：:])(<\/(?:strong|b|font)>)/g, '$2$1'),
  'ASCII colons': (h) => h.replace(/：/g, ':'),
  'a space before colons': (h) => h.replace(/([\u4e00-\u9fff])：/g, '$1 ：'),
  'no indent': (h) => h.replace(/　　/g, ''),
  'upper-case P': (h) => h.replace(/<(\/?)p\b/g, '<$1P'),
  'leaf divs for paragraphs': (h) => h.replace(/<(\/?)p\b/g, '<$1div'),
  'paragraph text in a font': (h) => h.replace(/(<p[^>]*>)([\s\S]*?)(<\/p>)/g, '$1<font cms-style="font-L">$2</font>$3'),
  'the body in two more wrappers': (h) => `<div><div class="article-content">${h}</div></div>`,
  'the paragraphs in one inline wrapper': (h) => `<div><font cms-style="font-L">${h}</font></div>`,
  'empty paragraphs between': (h) => h.replace(/<\/p>/g, '</p><p>　　</p>'),
  'a photo caption after every fifth paragraph': (h) => {
    let n = 0;
    return h.replace(/<\/p>/g, (end) => (++n % 5 === 0 ? `${end}<p class="image_desc">图为会议现场。新华社记者 张三 摄</p>` : end));
  },
};

/** What a reader sees of the analysis, without the words (rewrites change colons and spaces). */
function reading(html: string): unknown {
  const page = loadHtml(`<!doctype html><html><head><title>page</title></head><body><div id="artibody">${html}</div></body></html>`);
  try {
    const model = toJSON(analyze(page.document));
    const name = (id: string) => speakerName(model, id).replace(/\s/g, '');
    return {
      transcript: model.transcript,
      speakers: model.speakers.map((s) => `${name(s.id)} ${s.role}`),
      turns: model.turns.map((t) => `${name(t.speaker)} ${t.paragraphs}`),
      questions: model.questions.map((q) => `${q.turn} → ${q.answers.join(',')}`),
    };
  } finally {
    page.close();
  }
}

const bodies = corpusEntries()
  .filter((e) => e.file.endsWith('.md'))
  .map((e) => [e.id, parseFrontMatter(readFileSync(e.file, 'utf8')).html] as const);

describe.each(bodies)('%s in other markup', (_id, html) => {
  const expected = reading(html);
  // Only the rewrites that change this body (one without <strong> has nothing to rewrite there).
  const cases = Object.entries(REWRITES).map(([name, rewrite]) => [name, rewrite(html)] as const).filter(([, out]) => out !== html);
  it.each(cases)('%s', (_rewrite, rewritten) => {
    expect(reading(rewritten)).toEqual(expected);
  });
});

it('has a transcript each rewrite changes (else it tests nothing)', () => {
  const transcripts = bodies.filter(([id]) => id.startsWith('t')).map(([, html]) => html);
  for (const [name, rewrite] of Object.entries(REWRITES)) expect(transcripts.some((html) => rewrite(html) !== html), name).toBe(true);
});
