// The outline a reader navigates by: opening remarks, each question (outlet, gist, who answered),
// and the closing. Pure: built from the model (or its JSON), rendered by the panel.
import { speakerName, speakerOf, type Question, type Speaker } from './model';
import { isHandoffOnly } from './handoffs';

export interface OutlineItem {
  kind: 'opening' | 'question' | 'closing';
  /** First turn of the item (index into `turns`). */
  turn: number;
  /** 1-based question number; 0 for opening and closing. */
  number: number;
  /** Who asked: the outlet when printed, else the questioner's name. Speakers' names for opening/closing. */
  who: string;
  /** The question itself: its interrogative sentence(s), not the preamble (see questionGist). */
  gist: string;
  /** Names of who answered, in order of first answer. */
  answerers: string[];
  /** Speaker ids taking part, for filtering. */
  speakers: string[];
}

/** A question without a question mark (`请介绍一下…。`) shows its first sentence, cut to this. */
const GIST_LENGTH = 60;

const hanShare = (s: string): number => (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) / Math.max(s.length, 1);

/** Courtesies before the question itself: `谢谢主持人。`, `我是新京报记者。`, `我的问题是：`. */
const COURTESY = /^((谢谢|感谢)[^，。！？]{0,8}[，。！]|(您好|你好|大家好)[，。！]?|我是[^，。！？]{1,20}?记者[，。！]?|[^，。！？]{0,12}您好[，。！]|我(有|想问)?[两三几一][个点]问题[，。：:]?|我的问题是[：:，]?|第一个问题[是，：:]?|请问(一下|下(?![一面午半]))?[，,]?)/;
/** What opens a question without being its words: a number (`一、`, `1.`), `另外，`, `还想问一下，`. */
const OPENER = /^(([一二三四五六七八九十]+|\d+)[、.．]|第[一二三四五六七八九十]+[，、,]|(另外|此外|同时|最后|还有)[，,]|(还|再)?想(再)?问(一下|下)?[，,]|(还|再)问(一下|下)?[，,]|(那么|那)[，,])/;
/** One sentence: up to its end mark (and a closing quote or bracket after it); a Latin full
 *  stop ends one only before a space (`1.7%` does not). */
const SENTENCE = /(?:[^。！？!?；;…．.]|\.(?!\s|$))+(?:(?:[。！？!?；;…．]|\.(?=\s|$))+[”"」』）)]*|$)/g;
const ASKS = /[？?][”"」』）)]*$/;

/** Strips courtesies and openers at the start of a sentence. */
function bare(sentence: string): string {
  let rest = sentence.trim();
  for (let i = 0; i < 6; i++) {
    const stripped = rest.replace(COURTESY, '').replace(OPENER, '').trim();
    if (stripped === rest || stripped === '') break;
    rest = stripped;
  }
  return rest;
}

/**
 * The question itself: its interrogative sentence or sentences, without the preamble before them
 * (`我们注意到…。请问工信部如何看待…？谢谢。` → `工信部如何看待…？`), without courtesies, numbers
 * or `请问`. A question with no question mark gives its first sentence (cut with `…` when long).
 */
export function questionGist(text: string): string {
  const sentences = (text.replace(/\s+/g, ' ').trim().match(SENTENCE) ?? []).map(bare).filter((s) => s !== '');
  const asked = sentences.filter((s) => ASKS.test(s)).map((s) => {
    // `…背景，请问X？` asks X: what comes before `请问` in the sentence is background.
    const at = s.lastIndexOf('请问');
    return at > 0 ? bare(s.slice(at)) || s : s;
  });
  if (asked.length) return asked.join(/[\u3400-\u9fff]/.test(asked.join('')) ? '' : ' ');
  const first = sentences[0] ?? '';
  return first.length > GIST_LENGTH ? `${first.slice(0, GIST_LENGTH - 1)}…` : first;
}

/** What the outline (and the Markdown copy) read: the model and its JSON alike. */
export interface OutlineSource {
  speakers: readonly Speaker[];
  turns: ReadonlyArray<{ speaker: string; text: string }>;
  questions: readonly Question[];
}

export function buildOutline(model: OutlineSource): OutlineItem[] {
  const namesOf = (ids: string[]) => ids.map((id) => speakerName(model, id));
  const roleOf = (id: string) => speakerOf(model, id)?.role;
  const unique = (ids: string[]) => [...new Set(ids)];
  const items: OutlineItem[] = [];
  const firstQuestion = model.questions[0]?.turn ?? model.turns.length;

  if (firstQuestion > 0) {
    const ids = unique(model.turns.slice(0, firstQuestion).map((t) => t.speaker));
    items.push({ kind: 'opening', turn: 0, number: 0, who: namesOf(ids).join('、'), gist: '', answerers: [], speakers: ids });
  }

  // After the last question, the host's closing words and whatever follows the last answer (an
  // interviewer's thanks and the reply) are their own item.
  const lastQuestion = model.questions[model.questions.length - 1];
  const hostIds = new Set(model.speakers.filter((s) => s.role === 'host').map((s) => s.id));
  let closingFrom = model.turns.length;
  if (lastQuestion) {
    const lastAnswer = lastQuestion.answers.at(-1) ?? lastQuestion.turn; // answers are in turn order
    const closes = (turn: number) => turn > lastAnswer || hostIds.has(model.turns[turn]!.speaker);
    while (closingFrom - 1 > lastQuestion.turn && closes(closingFrom - 1)) closingFrom--;
  }

  model.questions.forEach((q, i) => {
    const asker = speakerOf(model, q.asker);
    const end = Math.min(model.questions[i + 1]?.turn ?? closingFrom, closingFrom);
    const turns = model.turns.slice(q.turn, end);
    const answerIds = unique(q.answers.map((a) => model.turns[a]!.speaker));
    // A question printed twice (English, then Chinese) shows once, in Chinese.
    const asked: string[] = [];
    for (let t = q.turn; t < end && roleOf(model.turns[t]!.speaker) === 'questioner'; t++) asked.push(model.turns[t]!.text);
    const text = asked.reduce((best, t) => (hanShare(t) > hanShare(best) ? t : best), asked[0] ?? '');
    items.push({
      kind: 'question',
      turn: q.turn,
      number: i + 1,
      who: asker?.outlet ?? asker?.name ?? '',
      gist: questionGist(text),
      answerers: namesOf(answerIds),
      speakers: unique(turns.filter((t) => !isHandoffOnly(t.text) || t.speaker === q.asker).map((t) => t.speaker)),
    });
  });

  if (closingFrom < model.turns.length && model.questions.length > 0) {
    const ids = unique(model.turns.slice(closingFrom).map((t) => t.speaker));
    items.push({ kind: 'closing', turn: closingFrom, number: 0, who: namesOf(ids).join('、'), gist: '', answerers: [], speakers: ids });
  }
  return items;
}
