// Reading one paragraph: does it start with a speaker label, and of which form?
import { FOLLOW_UP_WORD, METADATA_LABEL, SENTENCE_OPENING, SPEECH_VERB_ENDING } from './lexicon';
import { readDesignation, isPersonalName, isTitleOnly, type Designation } from './names';
import type { Paragraph } from './paragraphs';
import { COLONS, SENTENCE_END, SENTENCE_PUNCTUATION, LATIN_NAME, HAN, endsWithQuestion, trimText } from './text';

/** How far into a paragraph a speaker colon may sit (title lines are long). */
const MAX_LABEL_LENGTH = 40;
/** A "label: rest" whose rest is this short and unpunctuated is a heading (`刘格菘：产业链…`). */
const MAX_HEADING_LENGTH = 40;

export type LineKind =
  | 'label' // a label, maybe followed by speech in the same paragraph
  | 'header' // `AMUNDI副首席投资官：Vincent Mortier`: introduces a respondent
  | 'speech' // plain text: continues the current turn
  | 'question' // an unlabelled question printed in bold (`一、…？`, `<strong>…吗？</strong>`)
  | 'aside'; // not speech: metadata, headings, captions, bylines

export interface Line {
  paragraph: Paragraph;
  kind: LineKind;
  /** For labels and headers. */
  designation?: Designation;
  /** The label as printed, with its colon (`第一财经记者：`). */
  labelText?: string;
  /** The speech after the label; the whole text for speech and questions. */
  rest: string;
  /** A `追问：` label: a follow-up by the previous questioner. */
  followUp?: boolean;
}

const COLON = new RegExp(`[${COLONS}]`);

function firstColon(text: string): number {
  const at = text.search(COLON);
  return at <= MAX_LABEL_LENGTH + 1 ? at : -1;
}

/** The text before the colon cannot be a label, whatever it names (cheap: checked first). */
function isNeverLabelShape(head: string, rest: string): boolean {
  if (head === '' || head.length > MAX_LABEL_LENGTH) return true;
  if (SENTENCE_PUNCTUATION.test(head)) return true;
  if (/\d$/.test(head) && /^\d/.test(rest)) return true; // 北京时间9：45
  return /^https?$/i.test(head);
}

/** The text before the colon reads as a sentence, unless it is shaped as a speaker's label. */
function isSentenceHead(head: string, designation: Designation | null): boolean {
  // `第一财经记者` opens like a list item (`第一、…：`) but is shaped as a label: trust the shape.
  if (designation?.role || (designation?.strong && isPersonalName(designation.name))) return false;
  if (head.length > 1 && SPEECH_VERB_ENDING.test(head)) return true;
  return SENTENCE_OPENING.test(head) && head.length > 2;
}

/** `记者：张三 李四` under a headline is a byline, not a reporter's turn. */
const isByline = (head: string, rest: string): boolean =>
  /^(记者|文|撰文|作者|编辑|实习生|通讯员)$/.test(head) &&
  rest.split(/[\s、，,]+/).every((part) => part.length >= 2 && part.length <= 4 && isPersonalName(part));

/** `【主持人】欢迎各位`: a bracketed label without a colon. */
const BRACKET_LABEL = /^[【\[]([^】\]]{1,20})[】\]]/;

const isAsideText = (p: Paragraph): boolean =>
  /^(图为|图片来源|图源|（图|\(图|资料图)/.test(p.text) ||
  p.text.length <= 40 && /(供图|摄|图片来源\S*|截图)$/.test(p.text) ||
  /^[（(【\[]?(完|全文完|END)[）)】\]]?$/i.test(p.text);

/** Short, unpunctuated, colon-free lines: section headings, numbers, bylines. */
function isHeadingLike(p: Paragraph): boolean {
  if (p.text.length > MAX_HEADING_LENGTH || SENTENCE_END.test(p.text)) return false;
  if (p.allBold) return true;
  return p.text.length <= 24;
}

/** Reads a paragraph's form without knowing the rest of the page. */
export function readLine(p: Paragraph): Line {
  const text = p.text;
  const colon = firstColon(text);
  if (colon >= 0) {
    const head = trimText(text.slice(0, colon));
    const rest = trimText(text.slice(colon + 1));
    const labelText = text.slice(0, colon + 1);
    if (isByline(head, rest)) return { paragraph: p, kind: 'aside', rest: text };
    // Metadata (`来源：`) is never a label and always an aside: tested once, used twice below.
    const metadata = METADATA_LABEL.test(head);
    const shaped = !metadata && !isNeverLabelShape(head, rest);
    const speakerHead = shaped ? readDesignation(head) : null;
    if (shaped && !isSentenceHead(head, speakerHead)) {
      if (rest !== '' && isTitleOnly(head) && (LATIN_NAME.test(rest) || (HAN.test(rest) && isPersonalName(rest)))) {
        const designation: Designation = { name: rest, title: head, outlet: null, role: 'respondent', strong: true };
        return { paragraph: p, kind: 'header', designation, labelText: text, rest: '' };
      }
      if (speakerHead) {
        const headingShaped =
          rest !== '' && !speakerHead.role && rest.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(rest);
        if (!headingShaped) {
          return {
            paragraph: p, kind: 'label', designation: speakerHead, labelText, rest,
            followUp: head === FOLLOW_UP_WORD,
          };
        }
      }
    }
    if (rest === '' || metadata) {
      // `上半年主要呈现出四个主要特点和亮点：` introduces what follows: speech. Metadata is not.
      return { paragraph: p, kind: metadata ? 'aside' : 'speech', rest: text };
    }
  }
  const bracketed = BRACKET_LABEL.exec(text);
  const bracketDesignation = bracketed ? readDesignation(bracketed[1]!) : null;
  if (bracketed && bracketDesignation?.strong) {
    const rest = trimText(text.slice(bracketed[0].length));
    return { paragraph: p, kind: 'label', designation: bracketDesignation, labelText: bracketed[0], rest };
  }
  if (isAsideText(p)) return { paragraph: p, kind: 'aside', rest: text };
  if (p.allBold && endsWithQuestion(text)) return { paragraph: p, kind: 'question', rest: text };
  if (isHeadingLike(p)) return { paragraph: p, kind: 'aside', rest: text };
  return { paragraph: p, kind: 'speech', rest: text };
}
