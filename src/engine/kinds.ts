// What the page calls each speaker, as an editor would label them: 主持人, 记者, 发言人, the
// official's post, 嘉宾, 受访者, 专家. Read from formats (the role, the title printed with the name,
// what the opening says about the event), never from particular names. Pure.
import { ANSWER_WORDS, AUDIENCE_WORDS, QUESTIONER_WORDS } from './lexicon';
import type { Role, TranscriptModel } from './model';

export type SpeakerKind =
  | 'host' // 主持人, also a programme's host who interviews
  | 'reporter' // 记者 (the outlet is shown beside it)
  | 'asker' // an unnamed 问 / 提问: the name already says it
  | 'audience' // 网友, 观众: the name already says it
  | 'spokesperson' // 新闻发言人, or who answers the reporters of a press conference
  | 'official' // someone with a post printed with the name: the post is their label
  | 'guest' // 嘉宾 of a panel or programme, whether they answer or ask
  | 'expert' // an interviewed scholar
  | 'interviewee'; // 受访者

/** The speaker as the kind rules read it. */
export interface KindInput {
  name: string;
  title: string | null;
  role: Role;
  outlet: string | null;
}

/** Guests as an opening lists them: `嘉宾：张三、李四`, `出席论坛的有张三、李四`. */
const GUEST_LIST = /(?:嘉宾(?:有|为|是|包括)?[：:]|出席[^。；;]{0,30}?的(?:嘉宾)?(?:有|包括)|邀请到了?)([^。；;\n]+)/g;
/** A programme's host, as an opening introduces them: `…节目主持人张三`, `主持人：张三`. */
const HOST_INTRO = /主持人[：:]?\s*$/;
/** Where an interview is announced (`…接受…专访`, `专访了`, `答记者问`). */
const INTERVIEW = /接受[^。]{0,40}?(?:专访|采访|访谈|访问)|专访了?|采访了?|对话|答记者问/;
/** A title that makes someone an academic: what an editor calls 专家. */
const SCHOLAR = /大学|学院|研究院|研究所|研究中心|研究会|智库|教授|研究员|学者|经济学家|专家|院士/;
const SPOKESPERSON = /发言人/;

function guestsIn(opening: string): string {
  return [...opening.matchAll(GUEST_LIST)].map((m) => m[1]!).join('、');
}

/** `…节目主持人张三`: the opening introduces this name as a host. */
function introducedAsHost(opening: string, name: string): boolean {
  for (let at = opening.indexOf(name); at >= 0; at = opening.indexOf(name, at + 1)) {
    if (HOST_INTRO.test(opening.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/**
 * The kind of every speaker, in order. `opening` is the headline and the first paragraphs.
 * A function word for a name (`问`, `网友`) says what it is; a press conference is a page where
 * reporters of two or more outlets ask.
 */
export function speakerKinds(speakers: readonly KindInput[], opening: string): SpeakerKind[] {
  const guests = guestsIn(opening);
  const isGuest = (s: KindInput) => guests !== '' && s.name.length >= 2 && guests.includes(s.name);
  const outlets = new Set(speakers.filter((s) => s.role === 'questioner' && s.outlet).map((s) => s.outlet));
  const pressConference = outlets.size >= 2;
  const interview = INTERVIEW.test(opening);
  return speakers.map((s): SpeakerKind => {
    // `嘉宾：` as the label, or `嘉宾张三`: the page says it.
    if (s.name.startsWith('嘉宾') || s.title?.endsWith('嘉宾')) return 'guest';
    if (s.role === 'host') return isGuest(s) ? 'guest' : 'host';
    if (s.role === 'questioner') {
      if (AUDIENCE_WORDS.includes(s.name)) return 'audience';
      if (isGuest(s)) return 'guest';
      if (s.title?.endsWith('主持人') || introducedAsHost(opening, s.name)) return 'host';
      if (QUESTIONER_WORDS.includes(s.name) && s.name !== '记者' && !s.outlet) return 'asker';
      return 'reporter';
    }
    if (s.title && SPOKESPERSON.test(s.title)) return 'spokesperson';
    if (isGuest(s)) return 'guest';
    if (s.title && SCHOLAR.test(s.title)) return 'expert';
    if (s.title) return 'official';
    if (pressConference && !interview && !ANSWER_WORDS.includes(s.name)) return 'spokesperson';
    return 'interviewee';
  });
}

/** The post an official's label shows: the title's last part (`外交部副部长` of `…、外交部副部长`). */
export function postOf(title: string): string {
  const parts = title.split(/[、，,\s]+/).filter(Boolean);
  return parts[parts.length - 1] ?? title;
}

const completed = new WeakSet<TranscriptModel>();

/** The speakers' kinds of a transcript read without them (`analyzeInSteps` with no kind reader,
 *  as the content script's core reads pages), worked out in place, once per model. */
export function completeKinds(model: TranscriptModel): void {
  if (!model.transcript || model.opening === undefined || completed.has(model)) return;
  completed.add(model);
  speakerKinds(model.speakers, model.opening).forEach((kind, i) => (model.speakers[i]!.kind = kind));
}
