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
  /** The question's first words, at most GIST_LENGTH characters. */
  gist: string;
  /** Names of who answered, in order of first answer. */
  answerers: string[];
  /** Speaker ids taking part, for filtering. */
  speakers: string[];
}

const GIST_LENGTH = 48;

const hanShare = (s: string): number => (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) / Math.max(s.length, 1);

/** Courtesies before the question itself: `谢谢主持人。`, `我是新京报记者。`, `我的问题是：`. */
const COURTESY = /^((谢谢|感谢)[^，。！？]{0,8}[，。！]|(您好|你好|大家好)[，。！]?|我是[^，。！？]{1,20}?记者[，。！]?|[^，。！？]{0,12}您好[，。！]|我(有|想问)?[两三几一][个点]问题[，。：:]?|我的问题是[：:，]?|第一个问题[是，：:]?|请问[，,]?)/;

export function questionGist(text: string): string {
  let rest = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 4; i++) {
    const stripped = rest.replace(COURTESY, '').trim();
    if (stripped === rest || stripped === '') break;
    rest = stripped;
  }
  // The question itself, not its background: `…，请问工信部如何指导…？` → `工信部如何指导…？`.
  let firstQuestion = /^[^？?]{4,}?[？?]/.exec(rest)?.[0];
  const asked = firstQuestion?.lastIndexOf('请问') ?? -1;
  if (firstQuestion && asked >= 0 && firstQuestion.length - asked > 6) firstQuestion = firstQuestion.slice(asked + 2).replace(/^[，,]/, '');
  const gist = firstQuestion && firstQuestion.length <= GIST_LENGTH ? firstQuestion : rest;
  return gist.length > GIST_LENGTH ? `${gist.slice(0, GIST_LENGTH - 1)}…` : gist;
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
