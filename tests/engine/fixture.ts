// Hand-written fixtures: small article bodies that pin down one format each.
import { afterEach } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { toJSON, type TranscriptJSON } from '../../src/engine/json';
import { speakerName } from '../../src/engine/model';
import { loadHtml, type LoadedPage } from '../../src/cli/load';

const open: LoadedPage[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Paragraph markup the way Sina prints it: two full-width spaces of indent. */
export const p = (html: string): string => `<p>　　${html}</p>`;

export function loadBody(html: string, title = 'fixture'): Document {
  const page = loadHtml(`<!doctype html><html><head><title>${title}</title></head><body><div id="artibody">${html}</div></body></html>`);
  open.push(page);
  return page.document;
}

export function analyzeBody(html: string, title?: string): TranscriptJSON {
  return toJSON(analyze(loadBody(html, title)));
}

/** `name: first characters` of each turn, for compact assertions. */
export function turnSummary(model: TranscriptJSON, chars = 6): string[] {
  return model.turns.map((t) => `${speakerName(model, t.speaker)}: ${t.text.slice(0, chars)}`);
}

export function speaker(model: TranscriptJSON, name: string) {
  return model.speakers.find((s) => s.name === name);
}

/** A small press conference in the shape most pages share; parts can be swapped per test. */
export const QA = {
  question: (label: string, text = '请问今年的工作重点是什么？') => p(`${label}${text}`),
  answer: (label: string, text = '谢谢你的提问。今年我们重点做好三件事。') => p(`${label}${text}`),
};
