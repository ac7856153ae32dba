// Bilingual transcripts print every turn twice, in English and then in Chinese, under two labels
// for one person (`Yi Gang：` / `易纲：`, `CGTN：` / `记者：`). Such a pair is one speaker.
import type { Role } from './model';
import type { DraftSpeaker, DraftTurn } from './turns';

const HAN_CHAR = /[\u3400-\u9fff]/;
const hanShare = (s: string): number => (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) / Math.max(s.replace(/\s/g, '').length, 1);

/** Speech mostly in Chinese characters, or mostly in another script. */
const isChinese = (turn: DraftTurn): boolean => hanShare(turn.speech.join('')) >= 0.5;
const isForeign = (turn: DraftTurn): boolean => hanShare(turn.speech.join('')) < 0.1;

/**
 * On a page printed in two languages throughout (every turn but a host's has its twin), pairs a
 * speaker named in Latin letters with the one named in Chinese characters who speaks
 * right after every one of their turns, in the same role, saying it again in Chinese. Returns
 * each Latin-named speaker mapped to its Chinese-named twin (the page's language names them).
 */
export function bilingualTwins(turns: readonly DraftTurn[], roles: ReadonlyMap<DraftSpeaker, Role>): Map<DraftSpeaker, DraftSpeaker> {
  const twins = new Map<DraftSpeaker, DraftSpeaker>();
  const taken = new Set<DraftSpeaker>();
  const turnsOf = new Map<DraftSpeaker, number[]>();
  turns.forEach((t, i) => turnsOf.set(t.speaker, [...(turnsOf.get(t.speaker) ?? []), i]));
  for (const [latin, own] of turnsOf) {
    if (HAN_CHAR.test(latin.name) || own.length < 2 || !own.every((i) => isForeign(turns[i]!))) continue;
    const next = turns[own[0]! + 1]?.speaker;
    if (!next || next === latin || !HAN_CHAR.test(next.name) || taken.has(next) || roles.get(next) !== roles.get(latin)) continue;
    const theirs = turnsOf.get(next)!;
    const echoes = own.every((i) => turns[i + 1]?.speaker === next && isChinese(turns[i + 1]!));
    if (echoes && theirs.length === own.length) {
      twins.set(latin, next);
      taken.add(next);
    }
  }
  // Two people who merely alternate (an English speaker, then a Chinese one adding a point) are
  // not one: then some turn has no twin.
  const paired = turns.every((t) => twins.has(t.speaker) || taken.has(t.speaker) || roles.get(t.speaker) === 'host');
  return paired ? twins : new Map();
}
