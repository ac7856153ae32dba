// Who spoke, in figures: each speaker's share of the words, the questions per outlet, the answers
// per respondent. What the outline's "who spoke" view draws. Pure: the model (or its JSON) in.
import type { OutlineSource } from './outline';

export interface Bar {
  /** What the bar is labelled with: a speaker's name, or an outlet. */
  label: string;
  /** The speakers it stands for (an outlet may have sent several reporters). */
  speakers: string[];
  value: number;
  /** value / the largest value of its chart, 0–1. */
  share: number;
}

export interface WhoSpoke {
  /** Characters spoken (spaces left out), per speaker, most first. */
  words: Bar[];
  /** Questions asked per outlet (or per questioner where none is printed), most first. */
  questions: Bar[];
  /** Questions answered per respondent, most first. */
  answers: Bar[];
}

function bars(entries: Map<string, { speakers: Set<string>; value: number }>): Bar[] {
  const list = [...entries].map(([label, e]) => ({ label, speakers: [...e.speakers], value: e.value })).filter((b) => b.value > 0);
  const max = Math.max(1, ...list.map((b) => b.value));
  // Stable: equal values keep the order of first appearance.
  return list.map((b) => ({ ...b, share: b.value / max })).sort((a, b) => b.value - a.value);
}

function add(map: Map<string, { speakers: Set<string>; value: number }>, label: string, speaker: string, value: number): void {
  const entry = map.get(label) ?? { speakers: new Set<string>(), value: 0 };
  entry.speakers.add(speaker);
  entry.value += value;
  map.set(label, entry);
}

export function whoSpoke(model: OutlineSource): WhoSpoke {
  const byId = new Map(model.speakers.map((s) => [s.id, s]));
  const words = new Map<string, { speakers: Set<string>; value: number }>();
  for (const s of model.speakers) words.set(s.name, { speakers: new Set([s.id]), value: 0 });
  for (const turn of model.turns) {
    const s = byId.get(turn.speaker);
    if (s) add(words, s.name, s.id, turn.text.replace(/\s+/g, '').length);
  }
  const questions = new Map<string, { speakers: Set<string>; value: number }>();
  const answers = new Map<string, { speakers: Set<string>; value: number }>();
  for (const q of model.questions) {
    const asker = byId.get(q.asker);
    if (asker) add(questions, asker.outlet ?? asker.name, asker.id, 1);
    for (const id of new Set(q.answers.map((a) => model.turns[a]!.speaker))) {
      const s = byId.get(id);
      if (s) add(answers, s.name, s.id, 1);
    }
  }
  return { words: bars(words), questions: bars(questions), answers: bars(answers) };
}
