// Segmenting the body's lines into speaker turns.
import type { Role } from './model';
import { statesBriefing, type Designation, type Interviewee } from './names';
import type { Line } from './labels';
import { handoffPhrases, isHandoffOnly, nameFromPhrase, resolvePerson } from './handoffs';
import { ANSWER_WORDS } from './lexicon';
import { hasQuestionMark, stripSpaces } from './text';

export interface DraftSpeaker {
  name: string;
  title: string | null;
  outlet: string | null;
  /** Role stated by a label (主持人, 记者, 问, 答), if any. */
  statedRole: Role | null;
}

export interface DraftTurn {
  speaker: DraftSpeaker;
  /** The speaker label that opened the turn; null when inferred from a handoff or Q/A order. */
  label: string | null;
  lines: Line[];
  labelLines: Line[];
  /** Speech of the turn, one entry per paragraph (label removed). */
  speech: string[];
  followUp: boolean;
  /** Some paragraph of the turn asks something (has a question mark). */
  asks: boolean;
}

export interface Segmentation {
  speakers: DraftSpeaker[];
  turns: DraftTurn[];
  /** Respondent header lines (`AMUNDI副首席投资官：Vincent Mortier`). */
  headers: number;
  /** The lines before the first turn: lead, headings, captions, metadata. */
  lead: Line[];
}

/** A paragraph longer than this is never a name alone (labels are at most 40 characters). */
const MAX_BARE_NAME_LINE = 64;

/** Names printed as labels on this page; weak labels count only when they recur. */
function acceptedLabelNames(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.designation && (line.kind === 'label' || line.kind === 'header')) {
      counts.set(line.designation.name, (counts.get(line.designation.name) ?? 0) + 1);
    }
  }
  const accepted = new Set<string>();
  for (const line of lines) {
    const d = line.designation;
    if (d && (d.strong || (counts.get(d.name) ?? 0) >= 2)) accepted.add(d.name);
  }
  return accepted;
}

class Registry {
  readonly speakers: DraftSpeaker[] = [];
  private byName = new Map<string, DraftSpeaker>();

  get(d: Designation): DraftSpeaker {
    let speaker = this.byName.get(d.name);
    if (!speaker) {
      speaker = { name: d.name, title: null, outlet: null, statedRole: null };
      this.byName.set(d.name, speaker);
      this.speakers.push(speaker);
    }
    if (d.title && (!speaker.title || d.title.length > speaker.title.length)) speaker.title = d.title;
    speaker.outlet ??= d.outlet;
    speaker.statedRole ??= d.role;
    return speaker;
  }

  named(name: string, role: Role | null = null): DraftSpeaker {
    return this.get({ name, title: null, outlet: null, role, strong: true });
  }
}

/**
 * @param interviewee who the opening says was interviewed: unlabelled answers are theirs when no
 *   one answers under a label.
 */
export function segment(lines: Line[], interviewee: Interviewee | null = null): Segmentation {
  const accepted = acceptedLabelNames(lines);
  const isLabel = (line: Line): boolean =>
    line.kind === 'label' && !!line.designation && accepted.has(line.designation.name);
  const knownNames = [...accepted];
  const registry = new Registry();
  // A press conference where one person answers under a label: unlabelled answers are theirs.
  const answerers = new Set(
    lines.filter((l) => isLabel(l) && !l.designation!.role).map((l) => l.designation!.name),
  );
  const soleAnswerer = answerers.size === 1 ? [...answerers][0]! : null;
  const interviewed = interviewee
    ? { name: interviewee.name, title: interviewee.title, outlet: null, role: 'respondent' as const, strong: true }
    : null;
  // `答：` on a page whose opening names who answers (`王春英就…答记者问`): that person speaks.
  const asPerson = (d: Designation): Designation => (interviewed && ANSWER_WORDS.includes(d.name) ? interviewed : d);

  const turns: DraftTurn[] = [];
  let current: DraftTurn | null = null;
  let handedTo: string | null = null;
  let introduced: DraftSpeaker | null = null;
  let headers = 0;
  let lead = lines;
  let lastQuestioner: DraftSpeaker | null = null;

  const open = (speaker: DraftSpeaker, line: Line, label: string | null): DraftTurn => {
    if (!turns.length) lead = lines.slice(0, lines.indexOf(line));
    const turn: DraftTurn = {
      speaker, label, lines: [], labelLines: [], speech: [], followUp: !!line.followUp, asks: false,
    };
    turns.push(turn);
    if (speaker.statedRole === 'questioner') lastQuestioner = speaker;
    return turn;
  };
  const addSpeech = (turn: DraftTurn, line: Line, text: string): void => {
    turn.lines.push(line);
    if (text === '') {
      turn.labelLines.push(line);
      return;
    }
    turn.speech.push(text);
    turn.asks ||= hasQuestionMark(text);
    // The last handoff of the paragraph names who speaks next.
    const phrase = handoffPhrases(text).at(-1);
    const target = phrase === undefined ? null : resolvePerson(phrase, knownNames) ?? nameFromPhrase(phrase);
    handedTo = target && target !== turn.speaker.name ? target : null;
  };
  const isQuestionTurn = (turn: DraftTurn | null): boolean =>
    !!turn && turn.speaker.statedRole === 'questioner' && turn.asks;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'aside' && /^责任编辑/.test(line.paragraph.text)) break;
    const bareName = line.paragraph.text.length <= MAX_BARE_NAME_LINE ? stripSpaces(line.paragraph.text) : '';
    if ((line.kind === 'aside' || line.kind === 'speech') && accepted.has(bareName) && current) {
      // `黄利斌` alone in a paragraph: a label without its colon.
      const speaker = registry.named(bareName);
      handedTo = null;
      if (current.speaker !== speaker || current.speech.length > 0) current = open(speaker, line, bareName);
      addSpeech(current, line, '');
      continue;
    }
    if (line.kind === 'header') {
      let next = i + 1;
      while (next < lines.length && lines[next]!.kind === 'aside') next++;
      introduced = registry.get(line.designation!);
      headers++;
      if (lines[next]?.kind === 'question') continue;
      current = open(introduced, line, line.labelText ?? null);
      addSpeech(current, line, '');
      continue;
    }
    if (isLabel(line)) {
      const d = line.designation!;
      const speaker = line.followUp ? (lastQuestioner ?? registry.get(d)) : registry.get(asPerson(d));
      const sameLabelRun = current && current.speaker === speaker && current.speech.length === 0;
      handedTo = null;
      if (!sameLabelRun) current = open(speaker, line, line.labelText ?? null);
      addSpeech(current!, line, line.rest);
      continue;
    }
    if (line.kind === 'question') {
      if (current && current.speaker.statedRole === 'questioner' && !isQuestionTurn(current)) {
        addSpeech(current, line, line.rest);
      } else {
        current = open(lastQuestioner ?? registry.named('问', 'questioner'), line, null);
        addSpeech(current, line, line.rest);
      }
      continue;
    }
    // A label shape whose name never recurs (`网友：为祖国骄傲！`) is speech like any other line.
    const speech = line.kind === 'speech' || line.kind === 'label';
    const text = line.kind === 'label' ? line.paragraph.text : line.rest;
    // A spokesperson's briefing opens with their announcements, before any question: their turn
    // (the lead line that only states the briefing stays lead).
    if (speech && !current && interviewee?.briefing && interviewed && !statesBriefing(text)) {
      current = open(registry.get(interviewed), line, null);
    }
    if (!speech || !current) continue;
    if (handedTo) {
      current = open(registry.named(handedTo), line, null);
    } else if (isQuestionTurn(current) && !hasQuestionMark(text)) {
      const answerer =
        introduced ??
        (soleAnswerer ? registry.named(soleAnswerer) : null) ??
        (interviewed ? registry.get(interviewed) : registry.named('答', 'respondent'));
      current = open(answerer, line, null);
    }
    addSpeech(current, line, text);
  }
  return { speakers: registry.speakers, turns, headers, lead };
}

export const isHandoffTurn = (turn: DraftTurn): boolean => isHandoffOnly(turn.speech.join(''));
