// The section outline (issue 16): every corpus page against its hand-read expected sections
// (tests/expected/sections/), and the heading formats on invented fixtures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusPath, readManifest, repoRoot } from '../../src/cli/corpus';
import { loadFile, loadHtml } from '../../src/cli/load';
import { analyze } from '../../src/engine/analyze';
import { findBody, readParagraphs } from '../../src/engine/paragraphs';
import { MIN_SECTIONS, modelSections, readSections, sectionOutline } from '../../src/engine/sections';

interface ExpectedSections {
  id: string;
  sections: string[];
  why: string;
}

const expectedDir = path.join(repoRoot, 'tests/expected');
const entries = readManifest();

describe('sections on the corpus', () => {
  test('every corpus entry has an expected sections file', () => {
    const files = fs.readdirSync(path.join(expectedDir, 'sections')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(entries.map((e) => e.id).sort());
  });

  test.each(entries.map((e) => [e.id, e] as const))('%s', (id, entry) => {
    const expected: ExpectedSections = JSON.parse(fs.readFileSync(path.join(expectedDir, 'sections', `${id}.json`), 'utf8'));
    const page = loadFile(corpusPath(entry.file));
    const body = findBody(page.document)!;
    const sections = readSections(readParagraphs(body));
    expect(sections.map((s) => s.title)).toEqual(expected.sections);
    // Each section is the heading's own paragraph, inside the body.
    for (const s of sections) expect(body.contains(s.el)).toBe(true);
    const outline = sectionOutline(page.document);
    expect(outline.length).toBe(expected.sections.length >= MIN_SECTIONS ? expected.sections.length : 0);
    // A section outline never makes a page a transcript: the decision is the hand-read one.
    const want = JSON.parse(fs.readFileSync(path.join(expectedDir, `${id}.json`), 'utf8')).transcript;
    expect(analyze(page.document).transcript).toBe(want);
    page.close();
  });

  test('the corpus has ordinary articles with and without a section outline', () => {
    const ordinary = entries.filter((e) => e.kind !== 'transcript');
    const withOutline = ordinary.filter((e) => {
      const page = loadFile(corpusPath(e.file));
      const found = sectionOutline(page.document).length > 0;
      page.close();
      return found;
    }).map((e) => e.id);
    expect(withOutline.sort()).toEqual([
      'n04-xia-guang-carbon-forum-speech-report', 'n06-li-chao-cpi-ppi-analysis', 'n11-mofcom-rcep-explainer-netizen-label',
      'n12-top10-digest-fin-reference', 'p-gne-sina-sina', 'p-magichtml-665b6857803a',
    ]);
    expect(ordinary.length - withOutline.length).toBeGreaterThan(15);
  }, 30_000);

  test('a model\'s sections: the article\'s, read once per model; none for a transcript', () => {
    const load = (id: string) => loadFile(corpusPath(entries.find((e) => e.id === id)!.file));
    const article = load('n06-li-chao-cpi-ppi-analysis');
    const model = analyze(article.document);
    const sections = modelSections(model);
    expect(sections.map((s) => s.el)).toEqual(sectionOutline(article.document).map((s) => s.el));
    expect(modelSections(model)).toBe(sections);
    // t07 has three bold headings, but a transcript's outline is its questions.
    const transcript = load('t07-wei-jianguo-wto-bjnews-interview');
    const t07 = analyze(transcript.document);
    expect(sectionOutline(transcript.document).length).toBeGreaterThan(0);
    expect(modelSections(t07)).toEqual([]);
    article.close();
    transcript.close();
  });
});

/** A fixture body: invented text, one heading format at a time. */
const body = (inner: string) => loadHtml(`<!doctype html><html><body><div id="artibody">${inner}</div></body></html>`).document;
const text = '<p>　　这是一段正文，讲一件事情的经过，也讲它的来龙去脉。</p>';
const titles = (inner: string) => sectionOutline(body(inner)).map((s) => s.title);

describe('heading formats (fixtures)', () => {
  test.each([
    ['strong', (t: string) => `<p><strong>　　${t}</strong></p>`],
    ['b', (t: string) => `<p><b>${t}</b></p>`],
    ['font cms-style strong-Bold', (t: string) => `<p cms-style="font-L strong-Bold">　　<font cms-style="font-L strong-Bold">${t}</font></p>`],
    ['h2', (t: string) => `<h2>${t}</h2>`],
    ['h3', (t: string) => `<h3>${t}</h3>`],
    ['【…】', (t: string) => `<p>【${t}】</p>`],
  ])('%s headings', (_, heading) => {
    const inner = ['甲部分', '乙部分', '丙部分'].map((t) => heading(t) + text).join('');
    const got = titles(inner);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/甲部分/);
  });

  test('plain numbered 一、 lines are headings; long numbered items are prose', () => {
    expect(titles(`<p>一、背景</p>${text}<p>二、做法</p>${text}<p>三、成效</p>${text}`)).toEqual(['一、背景', '二、做法', '三、成效']);
    const items = ['一', '二', '三'].map((n) => `<p>${n}、这是一条很长的列举内容，说明了具体的要求，并且一直写到句号为止。</p>`).join('');
    expect(titles(items)).toEqual([]);
  });

  test('fewer than three headings: no outline', () => {
    expect(titles(`<p><strong>甲部分</strong></p>${text}<p><strong>乙部分</strong></p>${text}`)).toEqual([]);
  });

  test('not headings: labels, unnumbered questions, bylines, related links, two sentences, long bold lines, tables', () => {
    const notHeadings = [
      '<p><strong>主持人：</strong></p>',
      '<p><strong>记者：这件事怎么看？</strong></p>',
      '<p><strong>这件事怎么看？</strong></p>',
      '<p><strong>责任编辑：某某</strong></p>',
      '<p><strong>来源|某某网站</strong></p>',
      '<p><strong><a href="/x.shtml">相关的另一篇报道标题</a></strong></p>',
      '<p><strong>第一句话。第二句话。</strong></p>',
      `<p><strong>${'很长的加粗句子'.repeat(8)}</strong></p>`,
      '<table><tr><td><p><strong>表格里的加粗</strong></p></td></tr></table>',
    ];
    for (const html of notHeadings) expect(titles([html, html, html].join(text)), html).toEqual([]);
  });

  test('numbered headlines may be questions (a digest\'s NO.1)', () => {
    const inner = ['NO.1 这件事该如何解决？', 'NO.2 另一件事有了进展', 'NO.3 第三件事'].map((t) => `<p><strong>${t}</strong></p>${text}`).join('');
    expect(titles(inner)).toEqual(['NO.1 这件事该如何解决？', 'NO.2 另一件事有了进展', 'NO.3 第三件事']);
  });

  test('bad input never throws', () => {
    expect(sectionOutline(null)).toEqual([]);
    expect(sectionOutline(loadHtml('').document)).toEqual([]);
  });
});
