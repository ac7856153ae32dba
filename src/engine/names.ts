// What a speaker label says about the speaker: name, title, outlet and the role it implies.
import type { Role } from './model';
import {
  AUDIENCE_WORDS, HONORIFICS, HOST_WORDS, OUTLET_ENDING, QUESTIONER_WORDS, RESPONDENT_WORDS, SPEECH_VERB, SPEECH_VERB_ENDING, TITLE_ENDINGS,
  surnameLength,
} from './lexicon';
import { ACRONYM, HAN, LATIN_NAME } from './text';

export interface Designation {
  name: string;
  title: string | null;
  outlet: string | null;
  /** The role the label itself states (主持人, 记者, 问, 答), or null for a bare name. */
  role: Role | null;
  /** Strong: the label has the shape of a speaker. Weak: only recurrence can make it one. */
  strong: boolean;
}

/** A Chinese personal name: surname plus one or two characters (two plus two for compound surnames). */
export function isPersonalName(s: string): boolean {
  if (!HAN.test(s)) return LATIN_NAME.test(s) && !ACRONYM.test(s);
  if (SPEECH_VERB.test(s)) return false;
  const surname = surnameLength(s);
  return surname > 0 && s.length - surname >= 1 && s.length - surname <= 2;
}

/** `王总`, `黄局长`, `李院长`: a surname with an honorific, as speakers address each other. */
export function isSurnameHonorific(s: string): boolean {
  const surname = surnameLength(s);
  return surname > 0 && HONORIFICS.includes(s.slice(surname));
}

/** Splits `工业和信息化部…新闻发言人田玉龙` into title and name at the last title ending. */
export function splitTitle(label: string): { title: string; name: string } | null {
  for (let i = label.length - 2; i > 0; i--) {
    const rest = label.slice(i);
    if (!isPersonalName(rest) && !LATIN_NAME.test(rest.trim())) continue;
    const head = label.slice(0, i);
    if (TITLE_ENDINGS.some((t) => head.endsWith(t)) || head.endsWith('记者') || /[、，,\s]$/.test(head)) {
      return { title: head.replace(/[、，,\s]+$/, ''), name: rest.trim() };
    }
  }
  return null;
}

/** A label that is only a title (`AMUNDI副首席投资官`): the name follows the colon. */
export function isTitleOnly(label: string): boolean {
  return label.length >= 2 && TITLE_ENDINGS.some((t) => t.length >= 2 && label.endsWith(t)) && !label.endsWith('记者');
}

function functionRole(label: string): Role | null {
  if (HOST_WORDS.includes(label)) return 'host';
  if (QUESTIONER_WORDS.includes(label)) return 'questioner';
  if (RESPONDENT_WORDS.includes(label)) return 'respondent';
  return null;
}

/** `问1`, `Q2`, `问题三`: a numbered question label. */
const NUMBERED_QUESTION = /^(问|Q|提问|问题)\s*[\d一二三四五六七八九十]+$/;
/** `A1`, `答2`: a numbered answer label. */
const NUMBERED_ANSWER = /^(答|A|回答)\s*[\d一二三四五六七八九十]+$/;
/** Courtesy titles printed after a full name in a label: `田玉龙先生`. */
const NAME_SUFFIX = /(先生|女士|同志)$/;

/**
 * Labels are printed with stray spaces and brackets: `主持人 张三`, `【主持人】`, `张三（主持人）`.
 * Returns the label without them, and a bracketed part if there was one.
 */
function normalise(label: string): { core: string; aside: string | null } {
  let core = label.replace(/^[【\[]([^】\]]+)[】\]]$/, '$1');
  if (!/[A-Za-z]/.test(core)) core = core.replace(/\s+/g, '');
  const bracket = /^(.+?)[（(]([^）)]+)[）)]$/.exec(core);
  return bracket ? { core: bracket[1]!.trim(), aside: bracket[2]!.trim() } : { core, aside: null };
}

/** `国际货币基金组织亚太部副主任 斯利尼瓦桑`: a title, a space, then a name in Chinese characters
 *  that need not start with a surname (a foreign name written in Chinese has none to find it by). */
const SPACED_TITLE_NAME = /^(\S.{1,40}?)\s+([\u3400-\u9fff·]{2,8})$/;

function readSpacedTitleName(label: string): Designation | null {
  const match = SPACED_TITLE_NAME.exec(label.trim());
  if (!match) return null;
  const title = match[1]!;
  const name = match[2]!;
  if (isTitleOnly(name) || SPEECH_VERB_ENDING.test(name)) return null;
  if (title.endsWith('记者')) return { name, title, outlet: title.slice(0, -2) || null, role: 'questioner', strong: true };
  return isTitleOnly(title) ? { name, title, outlet: null, role: null, strong: true } : null;
}

/** Reads the text before a speaker colon. Returns null when it cannot name a speaker. */
export function readDesignation(label: string): Designation | null {
  const { core, aside } = normalise(label);
  if (aside !== null) {
    // `张三（中国人民银行副行长）` and `主持人（张三）`, `记者（新华社）`.
    const outer = readPlainDesignation(core);
    const inner = readPlainDesignation(aside);
    if (outer && inner && isPersonalName(inner.name) && outer.role) {
      // `新华社记者（张三）` keeps its outlet.
      return { ...inner, title: core, outlet: outer.outlet, role: outer.role };
    }
    if (outer?.name === '记者' && OUTLET_ENDING.test(aside)) return { ...outer, name: label, outlet: aside };
    if (outer && isPersonalName(outer.name)) return { ...outer, title: aside, role: outer.role ?? inner?.role ?? null };
    return outer;
  }
  return readPlainDesignation(core) ?? readSpacedTitleName(label);
}

function readPlainDesignation(label: string): Designation | null {
  const role = functionRole(label);
  if (role) return { name: label, title: null, outlet: null, role, strong: true };
  if (AUDIENCE_WORDS.includes(label)) return { name: label, title: null, outlet: null, role: 'questioner', strong: false };
  if (NUMBERED_QUESTION.test(label)) return { name: '问', title: null, outlet: null, role: 'questioner', strong: true };
  if (NUMBERED_ANSWER.test(label)) return { name: '答', title: null, outlet: null, role: 'respondent', strong: true };

  for (const word of HOST_WORDS) {
    if (label.startsWith(word) && isPersonalName(label.slice(word.length))) {
      return { name: label.slice(word.length), title: word, outlet: null, role: 'host', strong: true };
    }
  }
  // `新华社记者`, but not `一位投资者告诉记者` (reported speech: told the reporter).
  const outlet = label.endsWith('记者') && label.length <= 24 ? label.slice(0, -2).replace(/[\s、]+$/, '') : null;
  if (outlet !== null && !/(告诉|对|向|跟|给)$/.test(outlet)) {
    return { name: label, title: null, outlet: outlet || null, role: 'questioner', strong: true };
  }
  if (ACRONYM.test(label)) return { name: label, title: null, outlet: label, role: 'questioner', strong: true };
  if (isPersonalName(label) || isSurnameHonorific(label)) {
    return { name: label, title: null, outlet: null, role: null, strong: true };
  }
  const bare = label.replace(NAME_SUFFIX, '');
  if (bare !== label && isPersonalName(bare)) return { name: bare, title: null, outlet: null, role: null, strong: true };
  const split = splitTitle(label);
  if (split) {
    // `新华社记者张三`: a reporter who printed a name.
    if (split.title.endsWith('记者')) {
      return { name: split.name, title: split.title, outlet: split.title.slice(0, -2) || null, role: 'questioner', strong: true };
    }
    const hostTitle = HOST_WORDS.some((w) => split.title.endsWith(w));
    return { name: split.name, title: split.title, outlet: null, role: hostTitle ? 'host' : null, strong: true };
  }
  if (label.length <= 12 && OUTLET_ENDING.test(label)) {
    return { name: label, title: null, outlet: label, role: 'questioner', strong: true };
  }
  if (label.length <= 8) return { name: label, title: null, outlet: null, role: null, strong: false };
  return null;
}

/** Where an opening says someone was interviewed or answered reporters: the words before it name them. */
const INTERVIEWED = /接受了?[^，,。；;\n]{0,40}?(?:专访|采访)|答记者问|回答(?:了)?记者(?:的)?提问/;
/** When, between the person and what they did: `王春英近日答记者问`. */
const WHEN = /(?:在|日前|近日|今天|今日|昨天|昨日)$/;
/** A spokesperson holding their own briefing (`外交部发言人某某主持例行记者会`): they answer it. */
const HOLDS_BRIEFING = /主持(?:了)?[^，,。；;\n]{0,20}?(?:记者会|发布会|吹风会)/;
/** A date before the person: `2025年3月12日外交部发言人…`. */
const DATE_BEFORE = /^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?/;
/** Others answered too: `…有关负责人一同回答了提问`, `…亦回答了提问`. */
const OTHERS_ANSWER = /(?:一同|一起|分别|共同|亦|也)(?:回答|答|接受)/;

/** A personal name, or a title ending in one (`外交部副部长乐玉成`), not a reporter's. */
function readPerson(words: string): { name: string; title: string | null } | null {
  if (isPersonalName(words)) return { name: words, title: null };
  const split = splitTitle(words);
  return split && !split.title.endsWith('记者') ? split : null;
}

export interface Interviewee {
  name: string;
  title: string | null;
  /** A spokesperson holding their own briefing: what they say before the first question is
   *  their announcements (the briefing's opening). */
  briefing?: true;
}

/** The lead line that states the briefing itself (`…发言人某某主持例行记者会。`), not an announcement. */
export const statesBriefing = (text: string): boolean => HOLDS_BRIEFING.test(text) && text.length <= 60;

/**
 * The one person the opening says was interviewed or answered reporters
 * (`外交部副部长乐玉成接受中国国际电视台（CGTN）《视点》栏目专访`,
 * `国家外汇管理局副局长、新闻发言人王春英就…变动情况答记者问`), or null: none, or several
 * (`甲与乙接受采访`, `…负责人一同回答了提问`), whose answers a `答：` label cannot tell apart;
 * or the spokesperson holding a briefing (`外交部发言人某某主持例行记者会`), marked `briefing`.
 */
export function findInterviewee(opening: string): Interviewee | null {
  if (OTHERS_ANSWER.test(opening)) return null;
  for (const clause of opening.split(/[，,。；;！？!?“”\n]/)) {
    const briefing = !INTERVIEWED.test(clause) && HOLDS_BRIEFING.test(clause);
    if (briefing) {
      const person = readPerson(clause.slice(0, HOLDS_BRIEFING.exec(clause)!.index).replace(DATE_BEFORE, ''));
      // Only a spokesperson answers the briefing they hold; another host hands questions on.
      if (person?.title?.includes('发言人')) return { ...person, briefing: true };
      continue;
    }
    const act = INTERVIEWED.exec(clause);
    if (!act) continue;
    const head = clause.slice(0, act.index);
    // The person comes before 就 (`易纲就…问题接受专访`), but 就 may be part of a title
    // (`国家发展改革委就业司司长张三答记者问`): each cut is tried, shortest first.
    const cuts = [...head.matchAll(/就/g)].map((m) => head.slice(0, m.index)).concat(head);
    for (const cut of cuts) {
      const words = cut.replace(WHEN, '');
      const people = words.split(/[与和及、]/).filter((part) => readPerson(part) !== null);
      if (people.length > 1) return null;
      const person = readPerson(words);
      if (person) return person;
    }
  }
  return null;
}
