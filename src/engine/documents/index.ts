// The documents a transcript becomes — Markdown, plain text, JSON, quotes, the clipboard's
// across-turn text — built here, once, for the CLI and the panel alike. Pure.
import type { TranscriptModel } from '../model';
import { readPageInfo } from '../page-info';
import type { DocumentSource } from './source';

export { toMarkdown, questionToMarkdown } from './markdown';
export { toText } from './text';
export { quoteOf, turnQuote, questionQuote, type QuotePart } from './quote';
export { selectionHtml, type SelectionPart } from './selection';
export { exportFile, fileName, type ExportFile, type ExportFormat } from './files';
export { questionHeadings, headingText, type DocumentSource, type QuestionHeading } from './source';
export type { DocLang } from './words';

/** The documents' source for an analysed page; `url` replaces the page's own when given (the
 *  content script knows the address it runs at). */
export function documentSource(doc: Document, model: TranscriptModel, url?: string): DocumentSource {
  const info = readPageInfo(doc, model);
  return { title: model.title, speakers: model.speakers, turns: model.turns, questions: model.questions, info: url ? { ...info, url } : info };
}
