// Keyboard: j / k between questions outside text fields, Esc, and everything reachable by Tab.
import { describe, expect, test } from 'vitest';
import { isTextField, readingKey } from '../../src/outline/keys';
import { PANEL_CSS } from '../../src/outline/styles';
import { SKIP_HOST } from '../../src/outline/skip';
import { key, loadBody, mountOn, T00, type Mounted } from './fixture';

const current = (m: Mounted) => m.shadow.querySelector('[aria-current]')?.querySelector('.num')?.textContent ?? null;

describe('reading keys', () => {
  test('j and k, never while typing or with a modifier', () => {
    const { doc } = loadBody(T00);
    const win = doc.defaultView!;
    const ev = (k: string, target: EventTarget, init: KeyboardEventInit = {}) => {
      const e = new win.KeyboardEvent('keydown', { key: k, ...init });
      Object.defineProperty(e, 'target', { value: target });
      return e as unknown as KeyboardEvent;
    };
    const p = doc.querySelector('p')!;
    const input = doc.createElement('input');
    const checkbox = doc.createElement('input');
    checkbox.type = 'checkbox';
    const editable = doc.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    expect(readingKey(ev('j', p))).toBe(1);
    expect(readingKey(ev('k', p))).toBe(-1);
    expect(readingKey(ev('x', p))).toBe(0);
    expect(readingKey(ev('j', p, { ctrlKey: true }))).toBe(0);
    expect(readingKey(ev('j', input))).toBe(0);
    expect(readingKey(ev('j', checkbox))).toBe(1);
    expect(isTextField(doc.createElement('textarea'))).toBe(true);
    expect(isTextField(editable)).toBe(true);
    expect(isTextField(p)).toBe(false);
  });

  test('j then k move between questions in the page', () => {
    const m = mountOn(T00);
    const p = m.doc.querySelector('#artibody p, p')!;
    expect(current(m)).toBeNull();
    key(p, 'j');
    expect(current(m)).toBe('1');
    key(m.doc.activeElement!, 'j');
    expect(current(m)).toBe('2');
    key(m.doc.activeElement!, 'k');
    expect(current(m)).toBe('1');
    // Typed into the search field, j is a letter.
    key(m.$('.query')!, 'j');
    expect(current(m)).toBe('1');
    // From an item button in the panel, j still moves.
    key(m.$$('.go')[0]!, 'j');
    expect(current(m)).toBe('2');
  });

  test('/ goes to the search field, opening a folded panel; never while typing', () => {
    const m = mountOn(T00, { settings: { outlineCollapsed: true } });
    const p = m.doc.querySelector('p')!;
    expect(m.$('nav')).toBeNull();
    expect(key(p, '/').defaultPrevented).toBe(true);
    expect(m.shadow.activeElement).toBe(m.$('.query'));
    // In the field `/` is a character.
    expect(key(m.$('.query')!, '/').defaultPrevented).toBe(false);
    const input = m.doc.createElement('input');
    m.doc.body.append(input);
    expect(key(input, '/').defaultPrevented).toBe(false);
  });

  test('a skip link is the page\'s first Tab stop and goes to the outline', () => {
    const m = mountOn(T00, { settings: { outlineCollapsed: true } });
    const skip = m.doc.documentElement.firstElementChild!;
    expect(skip.tagName.toLowerCase()).toBe(SKIP_HOST);
    const button = skip.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('跳到实录目录（Alt+Shift+O），按 / 搜索');
    button.click();
    expect(m.$('nav')).not.toBeNull();
    expect(m.shadow.activeElement).toBe(m.$$('.go')[0]);
    m.controller.abort();
    expect(m.doc.querySelector(SKIP_HOST)).toBeNull();
  });

  test('every control is a native button, field or summary (reachable by Tab) with a visible focus style', () => {
    const m = mountOn(T00);
    const interactive = m.$$('button, input, summary');
    expect(interactive.length).toBeGreaterThan(20);
    for (const el of interactive) {
      expect(el.getAttribute('tabindex')).not.toBe('-1');
      // A name for each: its text or a label.
      expect((el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.closest('label')).toBeTruthy();
    }
    expect(PANEL_CSS).toContain(':focus-visible{outline:2px solid');
  });
});
