// `npm run analyze -- <file.html|file.md> [--json|--markdown|--text]`: print the engine's model of a page.
import { analyze } from '../engine/analyze';
import { toJSON } from '../engine/json';
import { documentSource, toMarkdown, toText } from '../engine/documents';
import { speakerName } from '../engine/model';
import { loadFile } from './load';

function summary(json: ReturnType<typeof toJSON>): string {
  const lines = [`${json.title}`, `transcript: ${json.transcript}`, ...json.reasons.map((r) => `  - ${r}`)];
  for (const s of json.speakers) {
    lines.push(`${s.id} ${s.name} [${s.role}${s.outlet ? `, ${s.outlet}` : ''}]${s.title ? ` ${s.title}` : ''}`);
  }
  const asked = new Set(json.questions.map((q) => q.turn));
  json.turns.forEach((t, i) => {
    lines.push(`${asked.has(i) ? 'Q' : ' '} ${String(i).padStart(3)} ${speakerName(json, t.speaker)}: ${t.text.slice(0, 40).replace(/\n/g, ' ')}`);
  });
  return lines.join('\n');
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run analyze -- <file.html|file.md> [--json|--markdown|--text]');
  process.exit(2);
}
const page = loadFile(file);
const model = analyze(page.document);
const json = toJSON(model);
// The same documents the panel's export makes (src/engine/documents/).
if (args.includes('--json')) console.log(JSON.stringify(json, null, 2));
else if (args.includes('--markdown')) console.log(toMarkdown(documentSource(page.document, model)).trimEnd());
else if (args.includes('--text')) console.log(toText(documentSource(page.document, model)).trimEnd());
else console.log(summary(json));
page.close();
