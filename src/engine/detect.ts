// Is the page a transcript? Decided from the whole page, with the reasons said.
import type { Question, Role, WhyNot } from './model';
import type { DraftSpeaker, Segmentation } from './turns';

/** Words in a title or opening that announce an interview or a press conference. */
const INTERVIEW_WORDS = /专访|采访|访谈|对话|答记者问|发布会|记者会|吹风会|实录|全文|问答|圆桌|座谈/;

export const NO_LABELS = 'no speaker labels in the article body';

/** Paragraphs of lead a single question-and-answer may follow (headings and captions aside). */
const MAX_LEAD = 3;

export interface Verdict {
  transcript: boolean;
  reasons: string[];
  whyNot: WhyNot[];
}

export function decide(
  seg: Segmentation,
  roles: Map<DraftSpeaker, Role>,
  questions: Question[],
  { title, opening }: { title: string; opening: string },
): Verdict {
  const labelled = seg.turns.filter((t) => t.label !== null).length;
  const speakers = new Set(seg.turns.map((t) => t.speaker));
  const answered = questions.filter((q) => q.answers.length > 0).length;
  const turnsBy = new Map<DraftSpeaker, number>();
  for (const t of seg.turns) turnsBy.set(t.speaker, (turnsBy.get(t.speaker) ?? 0) + 1);
  const recurring = [...turnsBy.values()].filter((n) => n >= 2).length;
  const respondents = [...speakers].filter((s) => roles.get(s) === 'respondent').length;
  const announced = INTERVIEW_WORDS.test(opening);
  const facts = `${seg.turns.length} turns (${labelled} labelled) by ${speakers.size} speakers, ${questions.length} questions (${answered} answered)`;

  if (seg.turns.length === 0) return { transcript: false, reasons: [NO_LABELS], whyNot: ['no-labels'] };
  if (speakers.size < 2) return { transcript: false, reasons: [`${facts}: only one speaker`], whyNot: ['one-speaker'] };

  const reasons: string[] = [facts];
  const labelledQA = answered >= 2 && labelled >= 3;
  const framedQA = answered >= 2 && (seg.headers > 0 || labelled > 0 || announced);
  const roundtable = labelled >= 6 && speakers.size >= 3 && recurring >= 2;
  // A short 答记者问: one question under a reporter's label (`问：`, `央视记者 殷岳：`), one answer
  // under the answerer's label, and nothing else — announced as such before it (`答记者问`,
  // `回答…提问`) and opening the article after at most a lead. Unannounced, or further down, the
  // exchange is one quoted in a story, an explainer or a digest, and what follows is not the answer.
  const [asked, answer] = seg.turns;
  const oneExchange = seg.turns.length === 2 && labelled === 2 && answered === 1
    && asked!.speaker.statedRole === 'questioner' && roles.get(answer!.speaker) === 'respondent'
    && seg.lead.filter((l) => l.kind !== 'aside').length <= MAX_LEAD
    && [title, ...seg.lead.map((l) => l.paragraph.text)].some((text) => /答记者问|提问|问答/.test(text));
  if (labelledQA) reasons.push('questions under speaker labels, each answered by another speaker');
  else if (oneExchange) reasons.push('one question under a reporter\'s label, answered under the answerer\'s label');
  else if (framedQA) {
    reasons.push(seg.headers > 0 ? 'respondents introduced by header lines answer the questions' : 'interview announced and questions answered in turn');
  } else if (roundtable) reasons.push('several labelled speakers who speak more than once');
  if (labelledQA || oneExchange || framedQA || roundtable) {
    if (respondents === 0) return { transcript: false, reasons: [...reasons, 'but no one answers'], whyNot: ['no-answerer'] };
    return { transcript: true, reasons, whyNot: [] };
  }
  const whyNot: WhyNot[] = [];
  if (answered < 2) {
    reasons.push('fewer than two answered questions');
    whyNot.push('few-answers');
  }
  if (recurring < 2) {
    reasons.push('speakers do not recur: quotes or a compilation, not a conversation');
    whyNot.push('no-recurrence');
  }
  if (whyNot.length === 0) {
    reasons.push('answers without speaker labels, header lines or an announced interview');
    whyNot.push('unframed');
  }
  return { transcript: false, reasons, whyNot };
}
