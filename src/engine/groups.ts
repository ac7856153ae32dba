// How a page groups its questions: a Q&A that puts the same questions to one respondent after
// another, each under a heading naming them (`AMUNDI副首席投资官：Vincent Mortier`, then six
// questions), reads as one group per respondent. Pure: the outline's items and the model in,
// the groups out.
import type { OutlineItem, OutlineSource } from './outline';

export interface OutlineGroup {
  /** Speaker id of the respondent the group's questions are put to. */
  speaker: string;
  /** As the page's heading names them: `AMUNDI副首席投资官 Vincent Mortier`. */
  label: string;
  /** Indexes into the outline's items, in order. */
  items: number[];
}

/** A run of fewer questions than this is an exchange, not a section. */
const MIN_RUN = 2;

/**
 * The groups, or null when the page does not group its questions by respondent: every question
 * answered by one respondent, in runs of at least two questions, each respondent in one run
 * only, and at least two runs (a press conference, a roundtable or a one-person interview is
 * read as it is: one list).
 */
export function groupByRespondent(items: readonly OutlineItem[], model: OutlineSource): OutlineGroup[] | null {
  const groups: OutlineGroup[] = [];
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'question') continue;
    const question = model.questions[item.number - 1];
    const answerers = new Set(question?.answers.map((a) => model.turns[a]!.speaker));
    if (answerers.size !== 1) return null;
    const [speaker] = answerers as Set<string>;
    const last = groups[groups.length - 1];
    if (last?.speaker === speaker) {
      last.items.push(index);
      continue;
    }
    if (groups.some((g) => g.speaker === speaker)) return null;
    const who = model.speakers.find((s) => s.id === speaker);
    const label = who?.title && !who.title.endsWith(who.name) ? `${who.title} ${who.name}` : who?.title ?? who?.name ?? speaker;
    groups.push({ speaker: speaker!, label, items: [index] });
  }
  return groups.length >= 2 && groups.every((g) => g.items.length >= MIN_RUN) ? groups : null;
}
