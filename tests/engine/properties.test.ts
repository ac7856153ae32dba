// Property-based tests: corpus bodies mutated at random (tags dropped, duplicated, unclosed, cut
// anywhere, odd Unicode, colons everywhere). The engine must never fail and its output must keep
// its invariants.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';
import { speakerOf, type TranscriptModel } from '../../src/engine/model';
import { corpusEntries } from '../../src/cli/evaluate';
import { loadHtml, parseFrontMatter } from '../../src/cli/load';

const bodies = corpusEntries()
  .filter((e) => e.file.endsWith('.md'))
  .map((e) => parseFrontMatter(readFileSync(e.file, 'utf8')).html);

const ODD = ['\u200b', '\u200e', '\u202e', '\u3000', '😀', '：', ':', '？', '︰', '记者：', '\ufeff', '<', '&amp;', '\u0000'];

type Mutation = (html: string, at: number, size: number, pick: number) => string;
const MUTATIONS: Mutation[] = [
  (h, at) => h.slice(0, at), // cut anywhere
  (h, at, size) => h.slice(0, at) + h.slice(at + size), // drop a slice (tags included)
  (h, at, size) => h.slice(0, at + size) + h.slice(at, at + size) + h.slice(at + size), // duplicate a slice
  (h, at) => `${h.slice(0, at)}<div><p><font cms-style="strong-Bold">${h.slice(at)}`, // nest, unclosed
  (h) => h.replace(/<\/(p|font|strong|b)>/g, ''), // unclose every paragraph
  (h, at, _size, pick) => h.slice(0, at) + ODD[pick % ODD.length] + h.slice(at), // odd Unicode
  (h, _at, _size, pick) => h.replace(/[，。]/g, (c, i: number) => ((i + pick) % 3 === 0 ? '：' : c)), // colons everywhere
  (h, _at, _size, pick) => h.replace(/(<p[^>]*>)/g, `$1${ODD[pick % ODD.length]}`), // odd text before every label
];

/** What every model must satisfy, transcript or not. */
export function checkInvariants(model: TranscriptModel): void {
  expect(model.reasons.length).toBeGreaterThan(0);
  expect(model.reasons.join(' ')).not.toMatch(/could not read the page/);
  if (!model.transcript) {
    expect(model.turns).toEqual([]);
    return;
  }
  const ids = new Set(model.speakers.map((s) => s.id));
  const seen = new Set<Element>();
  let previous: Element | null = null;
  for (const turn of model.turns) {
    expect(ids.has(turn.speaker)).toBe(true);
    expect(turn.elements.length).toBeGreaterThan(0);
    for (const el of turn.elements) {
      expect(seen.has(el), 'a paragraph in two turns').toBe(false);
      seen.add(el);
      if (previous) expect(previous.compareDocumentPosition(el) & 4, 'turns out of document order').toBeTruthy();
      previous = el;
    }
  }
  const role = (turn: number) => speakerOf(model, model.turns[turn]!.speaker)!.role;
  for (const q of model.questions) {
    expect(role(q.turn)).toBe('questioner');
    expect(model.turns[q.turn]!.speaker).toBe(q.asker);
    for (const a of q.answers) {
      expect(a).toBeGreaterThan(q.turn);
      expect(role(a)).toBe('respondent');
    }
  }
}

function analyzeHtml(html: string): TranscriptModel {
  const page = loadHtml(`<!doctype html><html><body><div id="artibody">${html}</div></body></html>`);
  try {
    return analyze(page.document);
  } finally {
    page.close();
  }
}

describe('engine properties', () => {
  it('keeps its invariants on every corpus body as it is', () => {
    for (const body of bodies) checkInvariants(analyzeHtml(body));
  });

  it('keeps its invariants on mutated corpus bodies', () => {
    fc.assert(
      fc.property(
        fc.nat(bodies.length - 1),
        fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(400), fc.nat(1000)), { minLength: 1, maxLength: 4 }),
        (which, steps) => {
          let html = bodies[which]!;
          for (const [m, where, size, pick] of steps) html = MUTATIONS[m]!(html, Math.floor(where * html.length), size, pick);
          checkInvariants(analyzeHtml(html));
        },
      ),
      { numRuns: 60, seed: 20261126 },
    );
  });

  it('reads 10,000 paragraphs', () => {
    const rounds: string[] = [];
    for (let i = 0; i < 2500; i++) {
      rounds.push(`<p>　　记者${i % 7}记者：第${i}个问题是什么？</p><p>　　张晓明：回答${i}。</p><p>　　补充说明。</p><p>　　<strong>小标题${i}</strong></p>`);
    }
    const model = analyzeHtml(rounds.join(''));
    checkInvariants(model);
    expect(model.transcript).toBe(true);
    expect(model.questions).toHaveLength(2500);
  }, 120_000); // happy-dom parses 10,000 paragraphs slowly; speed is measured by `npm run bench`, not here

  it('reads emoji, zero-width and RTL characters in labels', () => {
    const model = analyzeHtml(
      ['<p>\u200b记者😀：请问？</p>', '<p>张晓明\u202e：好。</p>', '<p>\ufeff记者😀：再问？</p>', '<p>张晓明\u202e：好的。</p>'].join(''),
    );
    checkInvariants(model);
  });
});
