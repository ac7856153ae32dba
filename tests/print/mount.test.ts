// Print (issue 14) marks the page only once printing starts (issue 18): nothing at load, the
// page line, question headings and kept labels on `beforeprint` or when the media turns to print,
// all gone when the feature is undone.
import { describe, expect, test } from 'vitest';
import { mountPrint } from '../../src/print/mount';
import { HEADING_ATTR, KEEP_ATTR, PRINT_ATTR, PRINT_HEAD_ATTR } from '../../src/print/styles';
import { loadBody, T00, URL_T00, type Loaded } from '../outline/fixture';

const marked = ({ doc }: Loaded) => doc.querySelectorAll(`[${PRINT_ATTR}],[${PRINT_HEAD_ATTR}],[${HEADING_ATTR}],[${KEEP_ATTR}]`).length;

describe('print marks', () => {
  test('none at load; on beforeprint the page line and the question headings; undone on abort', () => {
    const page = loadBody(T00);
    mountPrint(page.doc, page.model, page.controller.signal);
    expect(marked(page)).toBe(0);
    page.win.dispatchEvent(new page.win.Event('beforeprint'));
    expect(page.doc.documentElement.hasAttribute(PRINT_ATTR)).toBe(true);
    const head = page.doc.body.getAttribute(PRINT_HEAD_ATTR)!;
    expect(head).toContain('2021年07月16日');
    expect(head).toContain(URL_T00);
    const headings = [...page.doc.querySelectorAll(`[${HEADING_ATTR}]`)].map((el) => el.getAttribute(HEADING_ATTR));
    expect(headings).toHaveLength(page.model.questions.length);
    expect(headings[0]).toMatch(/^1\. 中国走新型工业化道路/);
    // A second print finds the page marked: nothing is added twice.
    const count = marked(page);
    page.win.dispatchEvent(new page.win.Event('beforeprint'));
    expect(marked(page)).toBe(count);
    page.controller.abort();
    expect(marked(page)).toBe(0);
  });

  test('undone before any print: nothing is marked later', () => {
    const page = loadBody(T00);
    mountPrint(page.doc, page.model, page.controller.signal);
    page.controller.abort();
    page.win.dispatchEvent(new page.win.Event('beforeprint'));
    expect(marked(page)).toBe(0);
  });
});
