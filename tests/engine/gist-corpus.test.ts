// The question itself on the corpus: the outline's entries and the documents' headings end at the
// question mark of every question that has one, and read as tests/expected/question-gists.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { buildOutline } from '../../src/engine/outline';
import { corpusPath, readManifest } from '../../src/cli/corpus';
import { loadFile } from '../../src/cli/load';

const expected = JSON.parse(readFileSync(new URL('../expected/question-gists.json', import.meta.url), 'utf8')) as {
  questions: Record<string, string[]>;
};

const transcripts = readManifest().filter((e) => e.kind === 'transcript');

function outlineOf(file: string) {
  const page = loadFile(corpusPath(file));
  try {
    const model = analyze(page.document);
    return { model, items: buildOutline(model).filter((i) => i.kind === 'question') };
  } finally {
    page.close();
  }
}

describe('question gists on the corpus', () => {
  it.each(transcripts.map((e) => [e.id, e.file]))('%s: every question with a question mark ends at it', (_id, file) => {
    const { model, items } = outlineOf(file!);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if (!/[？?]/.test(model.turns[item.turn]!.text)) continue;
      expect(item.gist).toMatch(/[？?][”"」』）)]*$/);
      expect(item.gist).not.toContain('…');
      // Never the preamble: the first words of the gist are in a sentence that asks.
      expect(item.gist.length).toBeGreaterThan(2);
    }
  });

  it.each(Object.entries(expected.questions))('%s reads as expected', (id, gists) => {
    const entry = transcripts.find((e) => e.id === id)!;
    const { items } = outlineOf(entry.file);
    expect(items.slice(0, gists.length).map((i) => i.gist)).toEqual(gists);
  });
});
