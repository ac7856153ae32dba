// Copy as a quote: the words in quotation marks, then who said them (with the title the page
// gives) and the citation (event, date, source, link), as a reader cites a press conference:
// `“…”——田玉龙（工业和信息化部新闻发言人），国务院新闻办公室新闻发布会，2021年7月16日，新浪财经 <URL>`.
import { speakerOf } from '../model';
import { citation, nameWithTitle, wordsOf, type DocumentSource } from './source';
import { questionRange } from './layout';
import type { DocLang } from './words';

export interface QuotePart {
  /** Speaker id, or null for words that are no one's turn (a heading, the lead). */
  speaker: string | null;
  /** The words, paragraphs separated by "\n". */
  text: string;
}

/** Double quotes inside a quotation become single ones: `“他说‘可以’”`. */
const nested = (text: string): string => text.replace(/“/g, '‘').replace(/”/g, '’');

const quoted = (text: string): string => `“${nested(text.trim())}”`;

function who(source: DocumentSource, id: string | null): string | null {
  const speaker = id ? speakerOf(source, id) : undefined;
  return speaker ? nameWithTitle(source, speaker) : null;
}

/** One speaker's words on one line with the citation; several speakers' one line each, then the citation. */
export function quoteOf(source: DocumentSource, parts: readonly QuotePart[], lang: DocLang = 'zh'): string {
  const w = wordsOf(lang);
  const cite = citation(source, w);
  const spoken = parts.filter((p) => p.text.trim() !== '');
  const speakers = new Set(spoken.map((p) => p.speaker));
  if (speakers.size <= 1) {
    const name = who(source, spoken[0]?.speaker ?? null);
    const text = quoted(spoken.map((p) => p.text.trim()).join('\n'));
    const tail = [name, cite].filter((t): t is string => !!t).join(w.listSep);
    return tail ? `${text}——${tail}` : text;
  }
  const lines = spoken.map((p) => {
    const name = who(source, p.speaker);
    return name ? `${name}：${quoted(p.text)}` : quoted(p.text);
  });
  return [...lines, ...(cite ? [`——${cite}`] : [])].join('\n');
}

/** A whole turn (index into `turns`). */
export function turnQuote(source: DocumentSource, turn: number, lang: DocLang = 'zh'): string {
  const t = source.turns[turn];
  return t ? quoteOf(source, [{ speaker: t.speaker, text: t.text }], lang) : '';
}

/** A question (0-based) with its answers: the turns from it up to the next question. */
export function questionQuote(source: DocumentSource, q: number, lang: DocLang = 'zh'): string {
  const [from, to] = questionRange(source, q);
  return quoteOf(source, source.turns.slice(from, to).map((t) => ({ speaker: t.speaker, text: t.text })), lang);
}
