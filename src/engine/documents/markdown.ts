// The transcript as Markdown a reader pastes into notes: a header (title, date and source as
// printed, link, participants), the lead, a heading per question (the question itself, with the
// outlet), and every turn with its speaker in bold.
import { headingText, participantLines, wordsOf, type DocumentSource } from './source';
import { layout, questionRange, type Block } from './layout';
import type { DocLang } from './words';

/** Keeps page text from turning into Markdown emphasis, code, links or raw HTML when pasted. */
export function escapeInline(text: string): string {
  return text.replace(/([*_`[\]<>&])/g, '\\$1');
}

/** Also keeps a line of page text from turning into a heading, quote or list item. */
function escapeLine(line: string): string {
  return escapeInline(line.replace(/^([#>*+\-]|\d+[.)])(?=\s)/, '\\$1'));
}

function header(source: DocumentSource, lang: DocLang, participants: boolean): string[] {
  const w = wordsOf(lang);
  const { date, source: from, url } = source.info;
  const facts = [
    ...(date ? [`- ${w.date}${w.colon}${escapeInline(date)}`] : []),
    ...(from ? [`- ${w.source}${w.colon}${escapeInline(from)}`] : []),
    ...(url ? [`- ${w.link}${w.colon}<${url}>`] : []),
  ];
  if (participants && source.speakers.length) {
    facts.push(`- ${w.participants}${w.colon}`, ...participantLines(source, lang).map((l) => `  - ${escapeInline(l)}`));
  }
  return [`# ${escapeLine(source.title)}`, ...(facts.length ? [facts.join('\n')] : [])];
}

function blockMarkdown(block: Block): string {
  if (block.kind === 'lead') return escapeLine(block.text);
  if (block.kind === 'heading') return `## ${escapeInline(headingText(block.heading))}`;
  const [first = '', ...more] = block.paragraphs.map(escapeLine);
  const title = block.title ? `（${escapeInline(block.title)}）` : '';
  return [`**${escapeInline(block.name)}**${title}：${first}`, ...more].join('\n\n');
}

/** The whole transcript. */
export function toMarkdown(source: DocumentSource, lang: DocLang = 'zh'): string {
  return [...header(source, lang, true), ...layout(source).map(blockMarkdown)].join('\n\n') + '\n';
}

/** One question (0-based) with every turn up to the next question, under the page's header. */
export function questionToMarkdown(source: DocumentSource, q: number, lang: DocLang = 'zh'): string {
  return [...header(source, lang, false), ...layout(source, ...questionRange(source, q)).map(blockMarkdown)].join('\n\n') + '\n';
}
