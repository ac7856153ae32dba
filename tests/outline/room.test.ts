// With clean mode off the side panel never lies over the article's text: it makes room by
// narrowing the page, or starts folded when even that leaves no room (src/outline/room.ts).
import { describe, expect, test } from 'vitest';
import { clearsPanel } from '../../src/outline/room';
import { PANEL_SPACE, ROOM_ATTR } from '../../src/outline/styles';
import { mountOn, T00, type Loaded } from './fixture';

/** The article's box: its right edge `wide` as the page is, `narrowed` once ROOM_ATTR is on. */
function articleAt(wide: number, narrowed: number) {
  return ({ doc, model }: Loaded) => {
    model.body!.getBoundingClientRect = () =>
      ({ right: doc.documentElement.hasAttribute(ROOM_ATTR) ? narrowed : wide }) as DOMRect;
  };
}

describe('room for the side panel, clean mode off', () => {
  test('the rule: text ends left of the panel and its margin', () => {
    expect(clearsPanel(1280 - PANEL_SPACE, 1280)).toBe(true);
    expect(clearsPanel(1272, 1280)).toBe(false);
  });

  test('a centred page is narrowed so that its text moves out from under the panel', () => {
    const m = mountOn(T00, { width: 1280, settings: { cleanMode: false }, before: articleAt(1140, 900) });
    expect(m.$('nav')).not.toBeNull();
    expect(m.doc.documentElement.hasAttribute(ROOM_ATTR)).toBe(true);
    // Folding gives the page its width back; opening makes room again.
    m.$('.close')!.click();
    expect(m.doc.documentElement.hasAttribute(ROOM_ATTR)).toBe(false);
    m.$('.tab')!.click();
    expect(m.doc.documentElement.hasAttribute(ROOM_ATTR)).toBe(true);
    m.controller.abort();
    expect(m.doc.documentElement.hasAttribute(ROOM_ATTR)).toBe(false);
  });

  test('no room even then: the panel starts folded, and that is not remembered', () => {
    const m = mountOn(T00, { width: 1024, settings: { cleanMode: false }, before: articleAt(1000, 1000) });
    expect(m.$('nav')).toBeNull();
    expect(m.$('.tab')).not.toBeNull();
    expect(m.doc.documentElement.hasAttribute(ROOM_ATTR)).toBe(false);
    expect(m.saved).toEqual([]);
    // Another setting changing does not bring it back over the text…
    m.changeSettings({ speakerTags: false });
    expect(m.$('nav')).toBeNull();
    // …clean mode does: it sets the column itself beside the panel.
    m.changeSettings({ cleanMode: true });
    expect(m.$('nav')).not.toBeNull();
  });

  test('text that already clears the panel: nothing changes', () => {
    const m = mountOn(T00, { width: 1400, settings: { cleanMode: false }, before: articleAt(1000, 800) });
    expect(m.$('nav')).not.toBeNull();
    expect(m.doc.documentElement.hasAttribute(ROOM_ATTR)).toBe(false);
  });

  test('clean mode on: the reading column moves over by itself, no narrowing', () => {
    const m = mountOn(T00, { width: 1280, settings: { cleanMode: true }, before: articleAt(1200, 900) });
    expect(m.$('nav')).not.toBeNull();
    expect(m.doc.documentElement.hasAttribute(ROOM_ATTR)).toBe(false);
  });
});
