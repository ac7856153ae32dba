// The transcript model: what `analyze()` returns. `toJSON()` in ./json.ts strips the element
// references; that JSON is the public, documented format (README, "Engine JSON").

import type { SpeakerKind } from './kinds';

export type Role = 'host' | 'questioner' | 'respondent';
export type { SpeakerKind };

export interface Speaker {
  /** Stable within one analysis: "s1", "s2", … in order of first appearance. */
  id: string;
  /** As printed: a personal name, or the label without its colon for unnamed questioners. */
  name: string;
  /** The longest title printed with the name (`工业和信息化部…新闻发言人`), or null. */
  title: string | null;
  role: Role;
  /** The questioner's news organisation as printed, or null. */
  outlet: string | null;
  /** What the page calls the speaker (主持人, 记者, 发言人, a post, 嘉宾, 受访者, 专家): ./kinds.ts.
   *  The content script's core reads pages without it; its UI works it out (`completeKinds`). */
  kind: SpeakerKind;
  /** Other names printed for the same speaker: the English label of a bilingual page (`Yi Gang`). */
  aliases: string[];
}

type WithSpeakers = { speakers: readonly Speaker[] };

/** The speaker with this id. */
export function speakerOf(model: WithSpeakers, id: string): Speaker | undefined {
  return model.speakers.find((s) => s.id === id);
}

/** The name of the speaker with this id; an id no speaker has shows as itself. */
export function speakerName(model: WithSpeakers, id: string): string {
  return speakerOf(model, id)?.name ?? id;
}

export interface Turn {
  /** Speaker id. */
  speaker: string;
  /** The turn's paragraphs joined with "\n", without the label, trimmed. */
  text: string;
  /** The paragraph elements of this turn in document order (label-only paragraphs included). */
  elements: Element[];
  /** Label-only paragraphs (e.g. `田玉龙：` and its title line) among `elements`. */
  labelElements: Element[];
  /** The label as printed (`第一财经记者：`), or null when the turn had none. */
  label: string | null;
}

/** The paragraphs of a turn with words of its speech: all but its label-only ones (which tags
 *  fold away), or all of them for a turn of label lines only. */
export function spokenElements(turn: Pick<Turn, 'elements' | 'labelElements'>): Element[] {
  const spoken = turn.elements.filter((el) => !turn.labelElements.includes(el));
  return spoken.length ? spoken : turn.elements;
}

export interface Question {
  /** Index into `turns` of the question. */
  turn: number;
  /** Speaker id of the questioner. */
  asker: string;
  /** Indexes into `turns` of the turns answering it. */
  answers: number[];
}

/** Why a page is not a transcript, as codes a UI can put in the reader's language. */
export type WhyNot =
  | 'no-body' // no article body found
  | 'no-labels' // no line shaped as a speaker label, header or question
  | 'one-speaker'
  | 'no-answerer' // questions, but no speaker answers them
  | 'few-answers' // fewer than two answered questions
  | 'no-recurrence' // speakers do not speak more than once: quotes or a compilation
  | 'unframed' // answered questions without labels, headers or an announced interview
  | 'unreadable'; // the page could not be read

export interface TranscriptModel {
  transcript: boolean;
  /** Why the page was, or was not, judged a transcript (English, for people and the JSON). */
  reasons: string[];
  /** For a page that is not a transcript, why as codes (empty for a transcript). */
  whyNot: WhyNot[];
  title: string;
  speakers: Speaker[];
  turns: Turn[];
  questions: Question[];
  /** The article body the engine read, or null when none was found. */
  body: Element | null;
  /** A transcript's headline and first lines, which the speaker kinds are read from. */
  opening?: string;
}
