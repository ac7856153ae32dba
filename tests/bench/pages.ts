// The pages the benchmarks load: every composed corpus transcript, a saved transcript frame,
// three ordinary articles and t00 ten times over, served by the e2e harness's server.
import { corpusBody, type serveCorpus, type startServer } from '../e2e/harness';

export const REFERENCE = 't00-miit-h1-2021-press-conference';
export const TIMES = 10;

export interface BenchPage {
  label: string;
  url: string;
  kind: 'transcript' | 'article' | 'long';
}

export function pagesToBench(corpus: ReturnType<typeof serveCorpus>, server: Awaited<ReturnType<typeof startServer>>): BenchPage[] {
  const out: BenchPage[] = [];
  for (const [id, doc] of corpus.composed) {
    if (id.startsWith('t')) out.push({ label: id.slice(0, 3), url: doc.url, kind: 'transcript' });
  }
  out.push({ label: 'gne-sina-3', url: corpus.pages.get('gne-sina-3')!.url, kind: 'transcript' });
  // Ordinary articles: saved pages on the matched finance hosts (desktop 2018, desktop 2016, mobile).
  for (const name of ['gne-sina-2', 'magichtml-42076fe0b7e3', 'magichtml-3ef3b4e65fab']) {
    out.push({ label: name.replace('magichtml-', 'mh-'), url: corpus.pages.get(name)!.url, kind: 'article' });
  }
  // The long transcript: t00's turns ten times over in its composed page. Only the turns repeat
  // (from the end of the "看重点" box to the QR/editor tail): a whole body repeated would put the
  // "责任编辑" closing line after the first copy, and the engine rightly ends the transcript there.
  const ref = corpus.composed.get(REFERENCE)!;
  const body = corpusBody(REFERENCE).html;
  if (!ref.html.includes(body)) throw new Error('t00 body not found verbatim in its composed page');
  const from = body.indexOf('</blockquote>') + '</blockquote>'.length;
  const to = body.indexOf('<!-- 文末二维码');
  if (from < '</blockquote>'.length || to < from) throw new Error('t00 body: turns not found');
  const turns = body.slice(from, to);
  const longBody = body.slice(0, from) + Array(TIMES).fill(turns).join('\n') + body.slice(to);
  const longUrl = ref.url.replace(/doc-i([a-z0-9]+)\.shtml$/, `doc-i$1x${TIMES}.shtml`);
  server.serve(longUrl, ref.html.replace(body, () => longBody));
  out.push({ label: `t00×${TIMES}`, url: longUrl, kind: 'long' });
  return out;
}
