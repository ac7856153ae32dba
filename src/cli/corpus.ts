// The shared corpus (../shared/corpus next to the repository, or SFR_CORPUS), read in place and
// never copied: its MANIFEST, the saved pages and the bodies. The one reader for `npm run eval`,
// the engine tests, the clean-mode checks and the end-to-end harness. Node only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontMatter } from './load';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = process.env.SFR_CORPUS ?? resolve(repoRoot, '../shared/corpus');

/** A corpus file's absolute path from its path in the corpus (`pages/gne-sina-2.html`). */
export const corpusPath = (relative: string): string => join(corpusDir, relative);

function exists(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`corpus file missing: ${file} (the corpus must sit at ../shared/corpus next to the repository, or be named by SFR_CORPUS)`);
  }
  return file;
}

export const readCorpusFile = (relative: string): string => readFileSync(exists(corpusPath(relative)), 'utf8');

const list = (folder: string, ext: string): string[] =>
  readdirSync(exists(corpusPath(folder))).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();

/** Saved pages by name (`gne-sina-3`), sorted. */
export const pageNames = (): string[] => list('pages', '.html');
/** Bodies by id (`t00-miit-h1-2021-press-conference`), sorted. */
export const bodyIds = (): string[] => list('bodies', '.md');

export interface ManifestEntry {
  id: string;
  /** The file's path in the corpus (`bodies/t00-….md`, `pages/gne-sina-3.html`). */
  file: string;
  kind: string | undefined;
  form: string | undefined;
  source: string | undefined;
  /** The title, quotes unescaped (the bodies' front matter has Hexo's `_` for quotes instead). */
  title: string | undefined;
}

/** MANIFEST.tsv, one entry a row, in its order. */
export function readManifest(): ManifestEntry[] {
  return readCorpusFile('MANIFEST.tsv').trim().split('\n').slice(1).map((line) => {
    const [id, file, kind, form, source, title] = line.split('\t');
    return { id: id!, file: file!, kind, form, source, title: title?.replace(/^"|"$/g, '').replace(/""/g, '"') };
  });
}

export interface SavedPage {
  name: string;
  html: string;
  /** The page's og:url, as saved (https or http). */
  url: string;
}

export function readPage(name: string): SavedPage {
  const html = readCorpusFile(`pages/${name}.html`);
  const og = /<meta property="og:url" content="([^"]+)"/.exec(html);
  if (!og) throw new Error(`${name}: no og:url`);
  return { name, html, url: og[1]! };
}

export interface BodyFile {
  id: string;
  /** The front matter's title (Hexo's `_` for quotes), if any. */
  title: string | undefined;
  /** The front matter's date as written (`Fri, 16 Jul 2021 04:06:28 GMT`), if any. */
  date: string | undefined;
  /** The front matter's author (the source Sina printed: `新浪财经`), if any. */
  author: string | undefined;
  /** The body HTML after the front matter, trimmed. */
  html: string;
}

export interface BodyOptions {
  /** Drop the mirror's wrapping `<div>` (an error if it is not there). */
  unwrap?: boolean;
  /** Undo Hexo's `&#123;`/`&#125;` escapes of `{`/`}`. */
  unescapeBraces?: boolean;
}

/** A corpus/bodies file: Hexo front matter, then the body HTML as the mirror saved it. */
export function readBody(id: string, options: BodyOptions = {}): BodyFile {
  const split = splitFrontMatter(readCorpusFile(`bodies/${id}.md`));
  if (!split) throw new Error(`${id}: no front matter`);
  const { front } = split;
  let html = split.html.trim();
  if (options.unwrap) {
    if (!html.startsWith('<div>') || !html.endsWith('</div>')) throw new Error(`${id}: not wrapped in <div>`);
    html = html.slice('<div>'.length, -'</div>'.length);
  }
  if (options.unescapeBraces) html = html.replaceAll('&#123;', '{').replaceAll('&#125;', '}');
  return {
    id,
    title: /^title:\s*'?(.*?)'?\s*$/m.exec(front)?.[1],
    date: /^date:\s*(.+)$/m.exec(front)?.[1],
    author: /^author:\s*'?(.*?)'?\s*$/m.exec(front)?.[1],
    html,
  };
}
