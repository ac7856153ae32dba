// `npm run eval`: the engine over the whole corpus, per page and overall.
import { corpusEntries, f1, readExpected, scorePage, value, type PageScore, type Ratio } from './evaluate';

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;
const sum = (scores: PageScore[], key: keyof PageScore): Ratio =>
  scores.reduce((acc, s) => {
    const r = s[key] as Ratio;
    return { hit: acc.hit + r.hit, of: acc.of + r.of };
  }, { hit: 0, of: 0 });

const scores: PageScore[] = [];
for (const { id, file } of corpusEntries()) {
  const expected = readExpected(id);
  if (!expected) {
    console.log(`${id}: no expected file`);
    continue;
  }
  scores.push(scorePage(id, file, expected));
}

const header = ['page', 'transcript', 'turn F1', 'speaker', 'roles', 'Q recall', 'Q prec', 'answerer'];
console.log(header.join('\t'));
for (const s of scores) {
  const turnF1 = f1(value(s.turnPrecision), value(s.turnRecall));
  console.log([
    s.id.slice(0, 44).padEnd(44), `${s.expected ? 'yes' : 'no'}/${s.found ? 'yes' : 'no'}`, pct(turnF1),
    pct(value(s.attribution)), pct(value(s.roles)), pct(value(s.questionRecall)), pct(value(s.questionPrecision)),
    pct(value(s.answerers)),
  ].join('\t'));
  for (const problem of s.problems) console.log(`    - ${problem}`);
}

const tp = scores.filter((s) => s.expected && s.found).length;
const fp = scores.filter((s) => !s.expected && s.found).length;
const fn = scores.filter((s) => s.expected && !s.found).length;
console.log('\noverall');
console.log(`  transcript detection: precision ${pct(tp + fp ? tp / (tp + fp) : 1)}, recall ${pct(tp + fn ? tp / (tp + fn) : 1)} (${tp} found, ${fp} false, ${fn} missed, ${scores.length} pages)`);
console.log(`  turn-boundary F1:     ${pct(f1(value(sum(scores, 'turnPrecision')), value(sum(scores, 'turnRecall'))))}`);
console.log(`  paragraphs attributed to the right speaker: ${pct(value(sum(scores, 'attribution')))}`);
console.log(`  role accuracy:        ${pct(value(sum(scores, 'roles')))}`);
console.log(`  question recall:      ${pct(value(sum(scores, 'questionRecall')))}, precision ${pct(value(sum(scores, 'questionPrecision')))}`);
console.log(`  answerer accuracy:    ${pct(value(sum(scores, 'answerers')))}`);
