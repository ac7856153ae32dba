// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { DomJournal } from '../../src/tags/journal';

let p: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  p = document.createElement('p');
  const b = document.createElement('b');
  b.textContent = '杨喆';
  p.append('　　', b, '：巴菲特也曾说', document.createComment('x'));
  document.body.append(p);
});

describe('DomJournal', () => {
  test('undo restores the very same nodes, text and attributes', () => {
    const before = document.body.innerHTML;
    const nodes = [...p.childNodes];
    const journal = new DomJournal();
    const colonText = nodes[2] as Text;
    journal.split(colonText, 1);
    const wrapper = document.createElement('sfr-x');
    journal.wrap(nodes[1]!, colonText, wrapper);
    journal.insertBefore(p, document.createElement('i'), p.firstChild);
    journal.setAttribute(p, 'data-a', '1');
    journal.setAttribute(p, 'data-a', '2');
    expect(document.body.innerHTML).not.toBe(before);
    expect(wrapper.textContent).toBe('杨喆：');
    expect(p.textContent).toBe('　　杨喆：巴菲特也曾说');

    journal.undo();
    expect(document.body.innerHTML).toBe(before);
    expect([...p.childNodes]).toEqual(nodes);
    expect(colonText.data).toBe('：巴菲特也曾说');
    expect(journal.size).toBe(0);
  });

  test('an attribute the page had keeps its value', () => {
    p.setAttribute('class', 'page');
    const journal = new DomJournal();
    journal.setAttribute(p, 'class', 'ours');
    journal.undo();
    expect(p.getAttribute('class')).toBe('page');
  });
});
