// What a page says about itself, beyond the transcript: its address, the date and source as
// printed under the headline, the lead paragraphs before the first turn, the event the lead
// announces, and the titles the lead gives people the labels print bare. The documents a
// transcript becomes (./documents/) cite from it. Pure: reads the DOM, never changes it.
import type { Speaker, TranscriptModel } from './model';
import { readParagraphs } from './paragraphs';
import { trimText } from './text';

export interface EventInfo {
  /** As the lead names it: `国务院新闻办公室新闻发布会`, `中国国际电视台（CGTN）《视点》栏目专访`. */
  name: string;
  /** As the lead states it (`2021年7月16日`), the year taken from the page's date when it has none; or null. */
  date: string | null;
}

export interface PageInfo {
  /** The page's own address (og:url or canonical), or null; the content script knows better. */
  url: string | null;
  /** The date and time as printed under the headline (`2019年09月09日 20:52`), or from the page's metadata. */
  date: string | null;
  /** The source as printed beside the date (`新浪财经-自媒体综合`), or from the page's metadata. */
  source: string | null;
  /** The body's paragraphs before the first turn (all of them for a page that is not a transcript). */
  lead: string[];
  event: EventInfo | null;
  /** Titles the lead prints before a speaker's name (`广发基金资产配置部总经理杨喆`), by speaker id,
   *  for speakers whose labels print none. */
  titles: Record<string, string>;
}

/** Printed date lines: desktop (2017→), the 2016 template, tech, mobile. */
const DATE_SELECTORS = ['.date-source .date', '#pub_date', '.time-source', '.weibo_time'];
const SOURCE_SELECTORS = ['.date-source .source', '#media_name', '.time-source', '.weibo_user'];
const DATE_META = ['article:published_time', 'weibo: article:create_at'];
const SOURCE_META = ['article:author', 'mediaid'];

/** `2016年05月25日10:10`, `2005.08.26 05:39`, `2019-09-09 20:52`. */
const PRINTED_DATE = /\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2})?/;

const clean = (s: string | null | undefined): string => trimText((s ?? '').replace(/\s+/g, ' '));

function metaContent(doc: Document, names: readonly string[]): string | null {
  for (const name of names) {
    const meta = doc.querySelector(`meta[property="${name}"],meta[name="${name}"]`);
    const content = clean(meta?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

function first(doc: Document, selectors: readonly string[], read: (text: string) => string | null): string | null {
  for (const selector of selectors) {
    const found = read(clean(doc.querySelector(selector)?.textContent));
    if (found) return found;
  }
  return null;
}

/** `2021-07-16T12:06:28+08:00` → `2021年07月16日 12:06`, the way Sina prints it. */
function printedFromMeta(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  return `${m[1]}年${m[2]}月${m[3]}日${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
}

function readDate(doc: Document): string | null {
  // Mobile prints `<span>2005.08.26</span>05:39`: its text runs day and time together.
  const printed = first(doc, DATE_SELECTORS, (text) => PRINTED_DATE.exec(text)?.[0].replace(/(\d[.\-/]\d{1,2}[.\-/]\d{2})(\d{1,2}:\d{2})$/, '$1 $2') ?? null);
  if (printed) return printed;
  const meta = metaContent(doc, DATE_META);
  return meta ? printedFromMeta(meta) : null;
}

function readSource(doc: Document): string | null {
  // The 2016 template prints `2016年05月25日10:10 新浪财经` in one span: the source is what follows the date.
  const printed = first(doc, SOURCE_SELECTORS, (text) => clean(text.replace(PRINTED_DATE, '')) || null);
  return printed ?? metaContent(doc, SOURCE_META);
}

function readUrl(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = clean(og ?? canonical);
  return /^https?:\/\//.test(url) ? url : null;
}

/** The body's paragraphs before the first turn's first paragraph. */
function readLead(model: TranscriptModel): string[] {
  if (!model.body) return [];
  const start = model.turns[0]?.elements[0];
  const lead: string[] = [];
  for (const p of readParagraphs(model.body)) {
    if (p.el === start) break;
    lead.push(p.text);
  }
  return lead;
}

const DAY = /(?:\d{4}年)?\d{1,2}月\d{1,2}日/;
/** `X于2021年7月16日（星期五）上午10时举行新闻发布会`. */
const HELD = new RegExp(
  `([^，。；：\\s]{2,30}?)(?:于|在)?(${DAY.source})[^，。；]{0,24}?举行(?:了)?([^，。；]{0,16}?(?:新闻发布会|发布会|吹风会|记者会|见面会|通气会|说明会|座谈会|论坛|峰会|年会))`,
);
/** `10月11日，外交部副部长乐玉成接受中国国际电视台（CGTN）《视点》栏目专访`. */
const INTERVIEW = /接受(?:了)?([^，。；]{2,40}?(?:专访|采访|访谈|对话))/;

function yearOf(date: string | null): string | null {
  return /(\d{4})\s*[年.\-/]/.exec(date ?? '')?.[1] ?? null;
}

function withYear(day: string | null, pageDate: string | null): string | null {
  if (!day || /\d{4}年/.test(day)) return day;
  const year = yearOf(pageDate);
  return year ? `${year}年${day}` : day;
}

/** The event the lead (or the title) announces, with its date. */
function readEvent(title: string, lead: readonly string[], pageDate: string | null): EventInfo | null {
  for (const text of [...lead, title]) {
    for (const sentence of text.split(/[。！？]/)) {
      const held = HELD.exec(sentence);
      if (held) return { name: `${held[1]}${held[3]!.replace(/^(一场|一次|了)/, '')}`, date: withYear(held[2]!, pageDate) };
      const interview = INTERVIEW.exec(sentence);
      if (interview) {
        const day = DAY.exec(sentence.slice(0, interview.index))?.[0] ?? null;
        return { name: interview[1]!.replace(/时$/, ''), date: withYear(day, pageDate) };
      }
    }
  }
  return null;
}

const TITLE_END = /(长|员|师|人|理|监|官|授|任|席|裁|事|管|家|编|委|记|者|员|总)$/;

/** `…，北京大学国家发展研究院院长、南南学院执行院长姚洋接受…` → `北京大学国家发展研究院院长、南南学院执行院长`. */
function titleBefore(text: string, name: string): string | null {
  const at = text.indexOf(name);
  if (at <= 0) return null;
  const before = text.slice(0, at).trimEnd();
  const run = /[^，。；：:“”！？\n]{2,40}$/.exec(before)?.[0];
  if (!run) return null;
  const title = trimText(run.replace(/^.*?(?:请|邀请|由|是|为|包括)/, ''));
  return title.length >= 2 && TITLE_END.test(title) && /[\u3400-\u9fff]/.test(title) ? title : null;
}

function readTitles(speakers: readonly Speaker[], lead: readonly string[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const speaker of speakers) {
    if (speaker.title || speaker.role === 'questioner' || speaker.name.length < 2) continue;
    for (const text of lead) {
      const title = titleBefore(text, speaker.name);
      if (title) {
        titles[speaker.id] = title;
        break;
      }
    }
  }
  return titles;
}

/** The page's address, date and source alone (cheap: no reading of the body). Never throws. */
export function readDateline(doc: Document): Pick<PageInfo, 'url' | 'date' | 'source'> {
  try {
    return { url: readUrl(doc), date: readDate(doc), source: readSource(doc) };
  } catch {
    return { url: null, date: null, source: null };
  }
}

/** What the page says about itself. Never throws: a page without a date line gives nulls. */
export function readPageInfo(doc: Document, model: TranscriptModel): PageInfo {
  try {
    const date = readDate(doc);
    const lead = readLead(model);
    return {
      url: readUrl(doc),
      date,
      source: readSource(doc),
      lead,
      event: readEvent(model.title, lead, date),
      titles: readTitles(model.speakers, lead),
    };
  } catch {
    return { url: null, date: null, source: null, lead: [], event: null, titles: {} };
  }
}
