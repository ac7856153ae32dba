// Roles of the speakers a label did not classify, and the questions with their answers.
import type { Question, Role } from './model';
import { handoffPhrases } from './handoffs';
import { hasQuestionMark } from './text';
import { isHandoffTurn, type DraftSpeaker, type DraftTurn } from './turns';

/** Share of a speaker's turns that must ask something for an unlabelled role to be "questioner". */
const QUESTIONER_SHARE = 0.6;
/** How a host ends an event: `今天的发布会就到这里，大家再见。` */
const CLOSING = /到这里|再见|结束|散会/;

/** Greetings, thanks and goodbyes. */
const COURTESY = /早上好|上午好|下午好|晚上好|你好|您好|大家好|欢迎|谢谢|感谢|再见/;
/** A reply that is a courtesy and nothing more: `早上好。`, `谢谢你的邀请。`. */
const MAX_COURTESY_REPLY = 16;

/**
 * An interviewer's greeting or farewell (`…秦大使，早上好。` / `感谢大使接受访问。`): a courtesy
 * that asks nothing, answered by a courtesy alone, after which the other side does not go on.
 */
function isCourtesyExchange(turns: readonly DraftTurn[], index: number): boolean {
  const turn = turns[index]!;
  const reply = turns[index + 1];
  if (turn.asks || !reply || reply.speaker === turn.speaker || !COURTESY.test(turn.speech.join(''))) return false;
  const said = reply.speech.join('');
  return said.length <= MAX_COURTESY_REPLY && COURTESY.test(said) && !hasQuestionMark(said) && handoffPhrases(said).length === 0
    && turns[index + 2]?.speaker !== reply.speaker;
}

interface Stats {
  turns: number;
  asking: number;
  /** Greetings and farewells returned in kind: they ask nothing, but are not statements either. */
  courtesies: number;
}

function statsOf(turns: DraftTurn[]): Map<DraftSpeaker, Stats> {
  const stats = new Map<DraftSpeaker, Stats>();
  turns.forEach((t, i) => {
    let s = stats.get(t.speaker);
    if (!s) stats.set(t.speaker, (s = { turns: 0, asking: 0, courtesies: 0 }));
    s.turns++;
    if (t.asks) s.asking++;
    else if (isCourtesyExchange(turns, i)) s.courtesies++;
  });
  return stats;
}

export function assignRoles(speakers: DraftSpeaker[], turns: DraftTurn[]): Map<DraftSpeaker, Role> {
  const roles = new Map<DraftSpeaker, Role>();
  for (const s of speakers) if (s.statedRole) roles.set(s, s.statedRole);

  const stats = statsOf(turns);
  for (const [s, { turns: count, asking, courtesies }] of stats) {
    const substantive = count - courtesies;
    if (!roles.has(s) && substantive >= 2 && asking / substantive >= QUESTIONER_SHARE) roles.set(s, 'questioner');
  }

  // The host opens before any question, or closes the event, and never speaks right after a question.
  const firstQuestion = turns.findIndex((t) => roles.get(t.speaker) === 'questioner');
  const opener = firstQuestion !== 0 ? turns[0]?.speaker : undefined;
  const lastTurn = turns[turns.length - 1];
  const closer = lastTurn && CLOSING.test(lastTurn.speech.join('')) ? lastTurn.speaker : undefined;
  // Read only now: it needs the questioners found above.
  const spokeAfterQuestion = new Set(
    turns.filter((_, i) => i > 0 && roles.get(turns[i - 1]!.speaker) === 'questioner').map((t) => t.speaker),
  );
  for (const s of speakers) {
    if (roles.has(s)) continue;
    const own = stats.get(s);
    const host = !!own && own.turns >= 2 && (s === opener || s === closer) && !spokeAfterQuestion.has(s);
    roles.set(s, host ? 'host' : 'respondent');
  }
  return roles;
}

/**
 * Questions are the questioners' turns; a question printed twice in a row (bilingual) is one,
 * and greetings or farewells returned in kind are none. Its answers are the respondents' turns
 * up to the next question, leaving out bare handoffs.
 */
export function findQuestions(turns: DraftTurn[], roles: Map<DraftSpeaker, Role>, ids: Map<DraftSpeaker, string>): Question[] {
  const questions: Question[] = [];
  let open: Question | null = null;
  turns.forEach((turn, index) => {
    const role = roles.get(turn.speaker);
    if (role === 'questioner' && isCourtesyExchange(turns, index)) {
      open = null;
    } else if (role === 'questioner') {
      const repeatsQuestion = open !== null && open.answers.length === 0 && open.turn === index - 1 && !turn.followUp;
      if (!repeatsQuestion) {
        open = { turn: index, asker: ids.get(turn.speaker)!, answers: [] };
        questions.push(open);
      }
    } else if (open && role === 'respondent' && !isHandoffTurn(turn)) {
      open.answers.push(index);
    }
  });
  return questions;
}
