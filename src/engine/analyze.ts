// The engine's entry point: a Sina article page in, a transcript model out. Never throws.
import type { Speaker, TranscriptModel, Turn, WhyNot } from './model';
import { findBody, readParagraphs } from './paragraphs';
import { readLine } from './labels';
import { segment, type DraftSpeaker } from './turns';
import { assignRoles, findQuestions } from './roles';
import { decide, NO_LABELS } from './detect';
import { trimText } from './text';
import { findInterviewee } from './names';
import { bilingualTwins } from './bilingual';
import { speakerKinds, type KindInput, type SpeakerKind } from './kinds';

/** Where Sina prints the headline, most specific first; the last resort is any <h1>. */
const TITLE_SELECTORS = ['h1.main-title', 'h1#artibodyTitle', 'h1.art_tit_h1', '.art_tit_h1'];
/** Sina's `<title>` carries the site after the headline: `…_新浪财经_新浪网`. */
const TITLE_SUFFIX = /[_|｜\-–]\s*(新浪|手机新浪网|新浪财经|新浪网|新浪新闻).*$/;

function findTitle(root: Document | Element): string {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return '';
  // A page has few <h1>s: test them instead of querying the whole document once per selector.
  const headings = [...doc.getElementsByTagName('h1')];
  for (const selector of TITLE_SELECTORS) {
    const found = selector.startsWith('h1') ? headings.find((h) => h.matches(selector)) : doc.querySelector(selector);
    const text = trimText(found?.textContent ?? '');
    if (text) return text;
  }
  const text = trimText(headings[0]?.textContent ?? '');
  if (text) return text;
  return trimText(doc.title.replace(TITLE_SUFFIX, ''));
}

/** The model of a page that is not (or not yet known to be) a transcript. */
export function notATranscript(whyNot: WhyNot[], reasons: string[], title: string, body: Element | null): TranscriptModel {
  return { transcript: false, reasons, whyNot, title, speakers: [], turns: [], questions: [], body };
}

/** The steps of an analysis, in order; `analyzeInSteps` yields each name as the step ends. */
export type AnalysisStep = 'body' | 'paragraphs' | 'labels' | 'turns' | 'roles' | 'decision';

/** Works out the speakers' kinds (`speakerKinds`, ./kinds.ts). */
export type KindReader = (speakers: readonly KindInput[], opening: string) => SpeakerKind[];

/** The whole analysis at once, speaker kinds included. Never throws. */
export function analyze(root: Document | Element): TranscriptModel {
  const steps = analyzeInSteps(root, speakerKinds);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The analysis one step at a time: it pauses after each step (yielding its name), so a caller
 * can let the page run in between; a long transcript then never makes one long task. Returns
 * the model. Never throws.
 */
export function* analyzeInSteps(root: Document | Element, readKinds?: KindReader): Generator<AnalysisStep, TranscriptModel, void> {
  let title = '';
  try {
    title = findTitle(root);
    const body = findBody(root);
    yield 'body';
    if (!body) return notATranscript(['no-body'], ['no article body found'], title, null);
    const paragraphs = readParagraphs(body);
    yield 'paragraphs';
    const lines = paragraphs.map(readLine);
    yield 'labels';
    // Only labels, headers and questions open turns (segment): without one, most ordinary
    // articles stop here, before the costlier steps.
    if (!lines.some((l) => l.kind === 'label' || l.kind === 'header' || l.kind === 'question')) {
      return notATranscript(['no-labels'], [NO_LABELS], title, body);
    }
    const opening = [title, ...lines.slice(0, 3).map((l) => l.paragraph.text)].join('\n');
    const interviewee = findInterviewee(opening);
    const seg = segment(lines, interviewee);
    yield 'turns';
    const roles = assignRoles(seg.speakers, seg.turns);

    // A name printed in two scripts (`Yi Gang` / `易纲`) is one speaker, named as the page's language does.
    const twins = bilingualTwins(seg.turns, roles);
    const ids = new Map<DraftSpeaker, string>();
    const drafts: DraftSpeaker[] = [];
    for (const turn of seg.turns) {
      const speaker = twins.get(turn.speaker) ?? turn.speaker;
      if (!ids.has(speaker)) {
        ids.set(speaker, `s${drafts.length + 1}`);
        drafts.push(speaker);
      }
      ids.set(turn.speaker, ids.get(speaker)!);
    }
    const speakers: Speaker[] = drafts.map((draft) => {
      const aliases = [...twins].filter(([, twin]) => twin === draft).map(([latin]) => latin);
      // The opening's title for the interviewee when their labels print none.
      const title = draft.title ?? aliases.find((a) => a.title)?.title ?? (interviewee?.name === draft.name ? interviewee.title : null);
      const outlet = draft.outlet ?? aliases.find((a) => a.outlet)?.outlet ?? null;
      return { id: ids.get(draft)!, name: draft.name, title, role: roles.get(draft)!, outlet, kind: 'interviewee', aliases: aliases.map((a) => a.name) };
    });
    // Without a reader (the content script's core) the kinds stay to be worked out by the UI,
    // from the opening the model keeps (`completeKinds`): the core every page loads stays small.
    readKinds?.(speakers, opening).forEach((kind, i) => (speakers[i]!.kind = kind));
    const questions = findQuestions(seg.turns, roles, ids);
    yield 'roles';
    const verdict = decide(seg, roles, questions, { title, opening });
    yield 'decision';
    if (!verdict.transcript) return notATranscript(verdict.whyNot, verdict.reasons, title, body);

    const turns: Turn[] = seg.turns.map((t) => ({
      speaker: ids.get(t.speaker)!,
      text: trimText(t.speech.join('\n')),
      elements: t.lines.map((l) => l.paragraph.el),
      labelElements: t.labelLines.map((l) => l.paragraph.el),
      label: t.label,
    }));
    return { transcript: true, reasons: verdict.reasons, whyNot: [], title, speakers, turns, questions, body, opening };
  } catch (error) {
    // Malformed input must never break the page: say why and leave it alone.
    return notATranscript(['unreadable'], [`could not read the page: ${(error as Error)?.message ?? String(error)}`], title, null);
  }
}
