// Speaker tags applied to corpus transcripts in happy-dom, and undone.
import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { speakerOf } from '../../src/engine/model';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { speakerTags } from '../../src/tags';
import { mountSpeakerTags, TURNS_PER_TASK } from '../../src/tags/mount';
import { accessibleText } from '../../src/tags/speaker-view';
import { COLON_ATTR, FOLDED_ATTR } from '../../src/tags/styles';
import { TAG_NAME, TURN_ATTR } from '../../src/tags/tag-element';
import { bodyIds } from '../../src/cli/corpus';
import { loadBody, T00 } from '../outline/fixture';
import { loadHtml } from '../../src/cli/load';

const URL = 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5768.shtml';

const ids = bodyIds();
const transcripts = ids.filter((id) => id.startsWith('t'));

const shadowText = (tag: Element, selector: string) => tag.shadowRoot!.querySelector(selector)?.textContent ?? null;

describe.each(transcripts)('%s', (id) => {
  test('one tag per turn, at its start, naming the speaker; the words unchanged', () => {
    const { doc, model, controller } = loadBody(id);
    expect(model.transcript).toBe(true);
    const text = doc.body.textContent;
    const report = mountSpeakerTags(doc, model, controller.signal);

    const tags = [...doc.querySelectorAll(TAG_NAME)];
    expect(tags).toHaveLength(model.turns.length);
    expect(report).toEqual({ tags: model.turns.length, unwrapped: 0 });
    expect(doc.body.textContent).toBe(text);

    model.turns.forEach((turn, i) => {
      const tag = tags[i]!;
      expect(tag.getAttribute(TURN_ATTR)).toBe(String(i));
      const speaker = speakerOf(model, turn.speaker)!;
      const spoken = turn.elements.find((el) => !turn.labelElements.includes(el))!;
      // The tag is the first thing with words in the turn's first visible paragraph.
      expect(spoken.contains(tag)).toBe(true);
      const before = doc.createRange();
      before.setStart(spoken, 0);
      before.setEndBefore(tag);
      expect(before.toString().trim()).toBe('');
      const name = shadowText(tag, '.name');
      const slotted = tag.shadowRoot!.querySelector('slot') !== null;
      const label = turn.label ?? '';
      const colon = /[：:︰]\s*$/.test(label);
      // An inline label that names the speaker is moved into the tag and shown there, its colon
      // left after the tag; one that only says a role (`答：`) is kept in the tag, unshown.
      if (slotted) {
        expect(label.startsWith(tag.textContent!)).toBe(true);
        if (colon) expect(tag.nextSibling?.textContent?.trimStart()).toMatch(/^[：:︰]/);
        expect(tag.hasAttribute(COLON_ATTR)).toBe(colon);
      } else {
        expect(['', label]).toContain(tag.textContent);
      }
      if (name === null) expect(slotted && [speaker.name, ...speaker.aliases].some((n) => label.includes(n))).toBe(true);
      else expect(name).toBe(speaker.name);
      // A slotted label after the name says the role: no badge repeats it.
      if (name !== null && slotted) expect(shadowText(tag, '.role')).toBeNull();
      for (const el of turn.labelElements) expect(el.hasAttribute(FOLDED_ATTR)).toBe(true);
      expect(shadowText(tag, '.tip')).toContain(speaker.name);
      // Not a Tab stop; the chip is for the eye, screen readers read the name and what they are.
      expect(tag.shadowRoot!.querySelector('[tabindex]')).toBeNull();
      expect(tag.shadowRoot!.querySelector('.tag')!.getAttribute('aria-hidden')).toBe('true');
      expect(shadowText(tag, '.sr')).toBe(accessibleText(speaker, 'zh'));
      expect(shadowText(tag, '.role') ?? '').not.toMatch(/^(答|Answer)$/);
    });
  });

  test('aborting restores the page exactly', () => {
    const { doc, model, controller } = loadBody(id);
    const html = doc.documentElement.outerHTML;
    const paragraphs = [...doc.body.querySelectorAll('p')];
    mountSpeakerTags(doc, model, controller.signal);
    expect(doc.documentElement.outerHTML).not.toBe(html);
    controller.abort();
    expect(doc.documentElement.outerHTML).toBe(html);
    expect([...doc.body.querySelectorAll('p')]).toEqual(paragraphs);
  });
});

describe('tags on t00 (a press conference)', () => {
  test('label lines fold into the tag, whose tooltip gives the full title', () => {
    const { doc, model, controller } = loadBody(T00);
    const styles = doc.querySelectorAll('style').length;
    mountSpeakerTags(doc, model, controller.signal);
    // The folding rule is the manifest's page stylesheet's: the page gets attributes, no <style>.
    expect(doc.querySelectorAll('style')).toHaveLength(styles);
    const folded = [...doc.querySelectorAll(`[${FOLDED_ATTR}]`)].map((p) => p.textContent!.trim());
    expect(folded).toContain('田玉龙：');
    expect(folded).toContain('工业和信息化部党组成员、总工程师、新闻发言人田玉龙：');
    const tian = doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="1"]`)!;
    expect(shadowText(tian, '.name')).toBe('田玉龙');
    expect(shadowText(tian, '.role')).toBe('发言人');
    expect(shadowText(tian, '.tip')).toBe('工业和信息化部党组成员、总工程师、新闻发言人 田玉龙');
    expect(shadowText(tian, '.sr')).toBe('田玉龙，新闻发言人');
    // The host is 主持人 at her first turn; later, with no other host in between, her name alone:
    // the page's label in the chip, its colon after it (`[寿小丽]：最后两个问题`).
    expect(shadowText(doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="0"]`)!, '.role')).toBe('主持人');
    const host = doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${model.turns.findIndex((t) => t.text.startsWith('最后两个问题'))}"]`)!;
    expect([host.textContent, shadowText(host, '.role'), host.nextSibling?.textContent?.[0]]).toEqual(['寿小丽', null, '：']);
    // 田玉龙's badge comes back after a colleague answered.
    const tianTurns = model.turns.flatMap((t, i) => (t.speaker === model.turns[1]!.speaker ? [i] : []));
    const badges = tianTurns.map((i) => shadowText(doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${i}"]`)!, '.role'));
    expect(badges.filter((b) => b === '发言人').length).toBeGreaterThan(1);
    expect(badges).toContain(null);
    // A reporter's name already says 记者 and the outlet: no badge repeats it, nor the tooltip.
    const reporter = doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="3"]`)!;
    expect(shadowText(reporter, '.role')).toBeNull();
    expect(shadowText(reporter, '.tip')).toBe('中央广播电视总台央视记者');
  });

  test('each speaker keeps one colour; different speakers differ', () => {
    const { doc, model, controller } = loadBody(T00);
    mountSpeakerTags(doc, model, controller.signal);
    const colourOf = (i: number) => doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${i}"]`)!.shadowRoot!.querySelector('.tag')!.className;
    const bySpeaker = new Map<string, Set<string>>();
    model.turns.forEach((t, i) => bySpeaker.set(t.speaker, (bySpeaker.get(t.speaker) ?? new Set()).add(colourOf(i))));
    for (const colours of bySpeaker.values()) expect(colours.size).toBe(1);
    expect(colourOf(0)).not.toBe(colourOf(1));
  });

  test('page text is never parsed as HTML', () => {
    const { doc, model, controller } = loadBody(T00);
    model.speakers[1]!.name = '<img src=x onerror=alert(1)>';
    model.turns[1]!.labelElements = [];
    model.turns[1]!.elements = model.turns[1]!.elements.slice(2);
    mountSpeakerTags(doc, model, controller.signal);
    const tag = doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="1"]`)!;
    expect(shadowText(tag, '.name')).toBe('<img src=x onerror=alert(1)>');
    expect(tag.shadowRoot!.querySelector('img')).toBeNull();
  });
});

describe('a long transcript (t00 four times over)', () => {
  /** t00 with its turns' paragraphs repeated three more times after the last turn. */
  function loadLong() {
    const loaded = loadBody(T00);
    const turnElements = loaded.model.turns.flatMap((t) => t.elements);
    const after = turnElements[turnElements.length - 1]!;
    for (let copy = 0; copy < 3; copy++) {
      after.after(...turnElements.map((el) => el.cloneNode(true)));
    }
    return { ...loaded, model: analyze(loaded.doc) };
  }

  test('is tagged over several tasks, the first batch at once', async () => {
    const { doc, model, controller } = loadLong();
    expect(model.turns.length).toBeGreaterThan(TURNS_PER_TASK);
    const report = mountSpeakerTags(doc, model, controller.signal);
    expect(doc.querySelectorAll(TAG_NAME)).toHaveLength(TURNS_PER_TASK);
    await vi.waitFor(() => expect(doc.querySelectorAll(TAG_NAME)).toHaveLength(model.turns.length));
    expect(report.tags).toBe(model.turns.length);
    const order = [...doc.querySelectorAll(TAG_NAME)].map((t) => Number(t.getAttribute(TURN_ATTR)));
    expect(order).toEqual(model.turns.map((_, i) => i));
  });

  test('aborting between batches restores the page exactly, and no batch runs after', async () => {
    const { doc, model, controller } = loadLong();
    const html = doc.documentElement.outerHTML;
    mountSpeakerTags(doc, model, controller.signal);
    controller.abort();
    expect(doc.documentElement.outerHTML).toBe(html);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(doc.documentElement.outerHTML).toBe(html);
  });
});

describe('an inline label that cannot be wrapped whole (hand-written fixture)', () => {
  test('the tag goes before it and names only the role; the words are untouched', () => {
    // `<font>　　<b>新华</b>社</font>记者：` — the label's text crosses the <font>'s edge part-way.
    const pair = '<p><font>　　<b>新华</b>社</font>记者：请问今年的工作重点是什么？</p><p>　　张三：谢谢你的提问。今年我们重点做好三件事。</p>';
    const page = loadHtml(`<!doctype html><html><body><div id="artibody">${pair.repeat(3)}</div></body></html>`);
    const doc = page.document;
    const model = analyze(doc);
    expect(model.transcript).toBe(true);
    const text = doc.body.textContent;
    const controller = new AbortController();
    const report = mountSpeakerTags(doc, model, controller.signal);
    expect(report).toEqual({ tags: 6, unwrapped: 3 });
    expect(doc.body.textContent).toBe(text);
    for (const p of [...doc.querySelectorAll('#artibody > p')].filter((el) => el.querySelector('b'))) {
      const tag = p.querySelector(TAG_NAME)!;
      const before = doc.createRange();
      before.setStart(p, 0);
      before.setEndBefore(tag);
      expect(before.toString().trim()).toBe('');
      expect(shadowText(tag, '.name')).toBe('');
      expect(shadowText(tag, '.role')).toBeTruthy();
    }
    controller.abort();
    page.close();
  });
});

describe('a label that only says the role (hand-written fixture)', () => {
  test('答： for the official the opening names: the chip names them and says what they are', () => {
    const body = '<p>　　某某局副局长、新闻发言人周晓明就上月储备数据答记者问</p>' +
      '<p>　　问：上月储备规模变动的原因是什么？</p><p>　　答：上月储备规模小幅上升。</p><p>　　展望未来，储备规模将保持稳定。</p>';
    const page = loadHtml(`<!doctype html><html><body><div id="artibody">${body}</div></body></html>`);
    const doc = page.document;
    const model = analyze(doc);
    expect(model.transcript).toBe(true);
    const controller = new AbortController();
    expect(mountSpeakerTags(doc, model, controller.signal)).toEqual({ tags: 2, unwrapped: 0 });
    const [asked, answered] = [...doc.querySelectorAll(TAG_NAME)];
    // `问：` names its speaker (问): the label alone, with the role badge.
    expect([shadowText(asked!, '.name'), asked!.textContent]).toEqual([null, '问']);
    // `答：` is kept in the tag but not shown: the chip says who answers, and as what.
    // (happy-dom's browser speaks English.)
    expect([shadowText(answered!, '.name'), answered!.textContent, shadowText(answered!, '.role')]).toEqual(['周晓明', '答：', 'Spokesperson']);
    expect(answered!.shadowRoot!.querySelector('slot')).toBeNull();
    expect(shadowText(answered!, '.tip')).toBe('某某局副局长、新闻发言人 周晓明 · Spokesperson');
    controller.abort();
    page.close();
  });
});

describe('speakerTags feature', () => {
  test('runs on transcripts with the setting on, nowhere else', () => {
    const transcript = loadBody(T00).model;
    const article = loadBody('n06-li-chao-cpi-ppi-analysis').model;
    expect(article.transcript).toBe(false);
    expect(speakerTags.enabled(DEFAULT_SETTINGS, transcript, URL)).toBe(true);
    expect(speakerTags.enabled(DEFAULT_SETTINGS, article, URL)).toBe(false);
    expect(speakerTags.enabled({ ...DEFAULT_SETTINGS, speakerTags: false }, transcript, URL)).toBe(false);
  });
});
