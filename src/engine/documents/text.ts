// The transcript as plain text: the Markdown's structure without its marks.
import { headingText, participantLines, wordsOf, type DocumentSource } from './source';
import { layout, type Block } from './layout';
import type { DocLang } from './words';

function blockText(block: Block): string {
  if (block.kind === 'lead') return block.text;
  if (block.kind === 'heading') return headingText(block.heading);
  const [first = '', ...more] = block.paragraphs;
  return [`${block.name}${block.title ? `（${block.title}）` : ''}：${first}`, ...more].join('\n');
}

export function toText(source: DocumentSource, lang: DocLang = 'zh'): string {
  const w = wordsOf(lang);
  const { date, source: from, url } = source.info;
  const head = [
    source.title,
    ...(date ? [`${w.date}${w.colon}${date}`] : []),
    ...(from ? [`${w.source}${w.colon}${from}`] : []),
    ...(url ? [`${w.link}${w.colon}${url}`] : []),
  ].join('\n');
  const people = source.speakers.length ? [[`${w.participants}${w.colon}`, ...participantLines(source, lang)].join('\n')] : [];
  return [head, ...people, ...layout(source).map(blockText)].join('\n\n') + '\n';
}
