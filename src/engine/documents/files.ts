// Exported files: their names (from the page's date and title) and contents.
import { toJSON } from '../json';
import type { TranscriptModel } from '../model';
import { toMarkdown } from './markdown';
import type { DocumentSource } from './source';
import { toText } from './text';
import type { DocLang } from './words';

export type ExportFormat = 'markdown' | 'text' | 'json';

const EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', text: 'txt', json: 'json' };
const TYPES: Record<ExportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8', text: 'text/plain;charset=utf-8', json: 'application/json;charset=utf-8',
};

/** `2021-07-16 工信部：…（全文）.md`: characters no file system accepts become `_`. */
export function fileName(source: DocumentSource, format: ExportFormat): string {
  const d = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/.exec(source.info.date ?? '');
  const day = d ? `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')} ` : '';
  const title = source.title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'transcript';
  return `${day}${title}.${EXTENSIONS[format]}`;
}

export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

/** The file of one format; the JSON is the engine's public JSON (src/engine/json.ts). */
export function exportFile(model: TranscriptModel, source: DocumentSource, format: ExportFormat, lang: DocLang = 'zh'): ExportFile {
  const content = format === 'json' ? `${JSON.stringify(toJSON(model), null, 2)}\n`
    : format === 'text' ? toText(source, lang) : toMarkdown(source, lang);
  return { name: fileName(source, format), type: TYPES[format], content };
}
