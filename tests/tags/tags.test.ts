// Speaker tags applied to corpus transcripts in happy-dom, and undone.
import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { speakerOf } from '../../src/engine/model';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { speakerTags } from '../../src/tags';
import { mountSpeakerTags, TURNS_PER_TASK } from '../../src/tags/mount';
import { ADDED_ATTR } from '../../src/engine/paragraphs';
import { accessibleText } from '../../src/tags/speaker-view';
import { FOLDED_ATTR } from '../../src/tags/styles';
import { COLON_NAME, COLOUR_ATTR, FOLD_NAME, ROLE_ATTR, SPOKEN_ATTR, TAG_NAME, TIP_ATTR, TURN_ATTR } from '../../src/tags/tag-element';
import { bodyIds } from '../../src/cli/corpus';
import { loadBody, T00 } from '../outline/fixture';
import { loadHtml } from '../../src/cli/load';

const URL = 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5768.shtml';

const ids = bodyIds();
const transcripts = ids.filter((id) => id.startsWith('t'));

/** The page's own words: the body's text without the names and colons the tags add. */
function pageText(doc: Document): string {
  const body = doc.body.cloneNode(true) as Element;
  for (const added of body.querySelectorAll(`[${ADDED_ATTR}]`)) added.remove();
  return body.textContent ?? '';
}

describe.each(transcripts)('%s', (id) => {
  test('one tag per turn, at its start, naming the speaker in the page’s text; the page’s words unchanged', () => {
    const { doc, model, controller } = loadBody(id);
    expect(model.transcript).toBe(true);
    const text = pageText(doc);
    const report = mountSpeakerTags(doc, model, controller.signal);

    const tags = [...doc.querySelectorAll(TAG_NAME)];
    expect(tags).toHaveLength(model.turns.length);
    expect(report).toEqual({ tags: model.turns.length, unwrapped: 0 });
    expect(pageText(doc)).toBe(text);
    // No shadow roots, no <style>: the page stylesheet draws the tags.
    expect(tags.filter((t) => t.shadowRoot)).toEqual([]);

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
      const label = turn.label ?? '';
      // A tag we add holds the name, our colon after it; one around the page's inline label that
      // names the speaker holds the label's words, the page's colon after it.
      const after = tag.nextSibling?.textContent?.trimStart() ?? '';
      if (tag.hasAttribute(ADDED_ATTR)) {
        expect(tag.textContent).toBe(speaker.name);
        expect([(tag.nextSibling as Element).localName, after]).toEqual([COLON_NAME, '：']);
      } else {
        expect(label.startsWith(tag.textContent!)).toBe(true);
        expect([speaker.name, ...speaker.aliases].some((n) => label.includes(n)) || speaker.kind === 'asker' || speaker.kind === 'audience').toBe(true);
        if (/[：:︰]\s*$/.test(label)) expect(after).toMatch(/^[：:︰]/);
      }
      for (const el of turn.labelElements) expect(el.hasAttribute(FOLDED_ATTR)).toBe(true);
      expect(tag.getAttribute(TIP_ATTR)).toContain(speaker.name);
      // Not a Tab stop; a screen reader hears the shown name, then what the speaker is.
      expect(tag.querySelector('[tabindex]')).toBeNull();
      expect(tag.hasAttribute('tabindex')).toBe(false);
      if (tag.textContent === speaker.name) expect(`${tag.textContent}${tag.getAttribute(SPOKEN_ATTR)}`).toBe(accessibleText(speaker, 'zh'));
      expect(tag.getAttribute(ROLE_ATTR) ?? '').not.toMatch(/^(答|Answer)$/);
    });
  });

  test('the page read again with its tags reads as it did before them', () => {
    const { doc, model, controller } = loadBody(id);
    mountSpeakerTags(doc, model, controller.signal);
    const again = analyze(doc);
    expect(again.turns.map((t) => [t.speaker, t.label, t.text])).toEqual(model.turns.map((t) => [t.speaker, t.label, t.text]));
    expect(again.speakers).toEqual(model.speakers);
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
    const attr = (tag: Element, name: string) => tag.getAttribute(name);
    expect(tian.textContent).toBe('田玉龙');
    expect(tian.nextSibling!.textContent).toBe('：');
    expect(attr(tian, ROLE_ATTR)).toBe('发言人');
    expect(attr(tian, TIP_ATTR)).toBe('工业和信息化部党组成员、总工程师、新闻发言人 田玉龙');
    expect(`${tian.textContent}${attr(tian, SPOKEN_ATTR)}`).toBe('田玉龙，新闻发言人');
    // The host is 主持人 at her first turn; later, with no other host in between, her name alone:
    // the page's label in the chip, its colon after it (`[寿小丽]：最后两个问题`).
    expect(attr(doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="0"]`)!, ROLE_ATTR)).toBe('主持人');
    const host = doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${model.turns.findIndex((t) => t.text.startsWith('最后两个问题'))}"]`)!;
    expect([host.textContent, attr(host, ROLE_ATTR), host.nextSibling?.textContent?.[0]]).toEqual(['寿小丽', null, '：']);
    // 田玉龙's badge comes back after a colleague answered.
    const tianTurns = model.turns.flatMap((t, i) => (t.speaker === model.turns[1]!.speaker ? [i] : []));
    const badges = tianTurns.map((i) => attr(doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${i}"]`)!, ROLE_ATTR));
    expect(badges.filter((b) => b === '发言人').length).toBeGreaterThan(1);
    expect(badges).toContain(null);
    // A reporter's name already says 记者 and the outlet: no badge repeats it, nor the tooltip.
    const reporter = doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="3"]`)!;
    expect(attr(reporter, ROLE_ATTR)).toBeNull();
    expect(attr(reporter, TIP_ATTR)).toBe('中央广播电视总台央视记者');
  });

  test('each speaker keeps one colour; different speakers differ', () => {
    const { doc, model, controller } = loadBody(T00);
    mountSpeakerTags(doc, model, controller.signal);
    const colourOf = (i: number) => doc.querySelector(`${TAG_NAME}[${TURN_ATTR}="${i}"]`)!.getAttribute(COLOUR_ATTR)!;
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
    expect(tag.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img[src=x]')).toBeNull();
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
    const text = pageText(doc);
    const controller = new AbortController();
    const report = mountSpeakerTags(doc, model, controller.signal);
    expect(report).toEqual({ tags: 6, unwrapped: 3 });
    expect(pageText(doc)).toBe(text);
    for (const p of [...doc.querySelectorAll('#artibody > p')].filter((el) => el.querySelector('b'))) {
      const tag = p.querySelector(TAG_NAME)!;
      const before = doc.createRange();
      before.setStart(p, 0);
      before.setEndBefore(tag);
      expect(before.toString().trim()).toBe('');
      // No name of ours before the page's (`新华社记者：` follows): only the role, no colon.
      expect(tag.textContent).toBe('');
      expect(tag.getAttribute(ROLE_ATTR)).toBeTruthy();
      expect(tag.nextSibling!.textContent).toBe('新华');
    }
    controller.abort();
    page.close();
  });
});

describe('a label that only says the role (hand-written fixture)', () => {
  test('答： for the official the opening names: the tag names them and says what they are', () => {
    const body = '<p>　　某某局副局长、新闻发言人周晓明就上月储备数据答记者问</p>' +
      '<p>　　问：上月储备规模变动的原因是什么？</p><p>　　答：上月储备规模小幅上升。</p><p>　　展望未来，储备规模将保持稳定。</p>';
    const page = loadHtml(`<!doctype html><html><body><div id="artibody">${body}</div></body></html>`);
    const doc = page.document;
    const model = analyze(doc);
    expect(model.transcript).toBe(true);
    const controller = new AbortController();
    expect(mountSpeakerTags(doc, model, controller.signal)).toEqual({ tags: 2, unwrapped: 0 });
    const [asked, answered] = [...doc.querySelectorAll(TAG_NAME)];
    // `问：` names its speaker (问): the page's label is the tag.
    expect([asked!.textContent, asked!.hasAttribute(ADDED_ATTR), asked!.nextSibling!.textContent!.startsWith('：')]).toEqual(['问', false, true]);
    // `答：` is folded away beside our tag, which says who answers, and as what.
    // (happy-dom's browser speaks English.)
    expect([answered!.textContent, answered!.getAttribute(ROLE_ATTR)]).toEqual(['周晓明', 'Spokesperson']);
    const [colon, fold] = [answered!.nextElementSibling!, answered!.nextElementSibling!.nextElementSibling!];
    expect([colon.localName, colon.textContent, fold.localName, fold.textContent, fold.hasAttribute(FOLDED_ATTR)]).toEqual([COLON_NAME, '：', FOLD_NAME, '答：', true]);
    expect(answered!.getAttribute(TIP_ATTR)).toBe('某某局副局长、新闻发言人 周晓明 · Spokesperson');
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
