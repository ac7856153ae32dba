// The public JSON form of the model (documented in the README, "Engine JSON"): no element references.
import type { Question, Speaker, TranscriptModel } from './model';

export interface TranscriptJSON {
  transcript: boolean;
  reasons: string[];
  title: string;
  speakers: Speaker[];
  turns: { speaker: string; text: string; paragraphs: number }[];
  questions: Question[];
}

export function toJSON(model: TranscriptModel): TranscriptJSON {
  return {
    transcript: model.transcript,
    reasons: model.reasons,
    title: model.title,
    speakers: model.speakers.map(({ id, name, title, role, outlet, kind, aliases }) => ({ id, name, title, role, outlet, kind, aliases: [...aliases] })),
    turns: model.turns.map((t) => ({ speaker: t.speaker, text: t.text, paragraphs: t.elements.length })),
    questions: model.questions.map(({ turn, asker, answers }) => ({ turn, asker, answers: [...answers] })),
  };
}
