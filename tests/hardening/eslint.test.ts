// The ESLint stage (eslint.config.js, `npm run lint:src`, scripts/test-all.mjs) really catches
// unsanitized HTML sinks and code-from-strings: samples linted as if they were files in src/.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function rulesHit(code: string, file = 'src/content/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, 'the sample must parse').toEqual([]);
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId!);
}

describe('eslint guards HTML sinks in src/', () => {
  it('fails `el.innerHTML = pageText`', async () => {
    const code = `export function show(el: HTMLElement, pageText: string): void {\n  el.innerHTML = pageText;\n}\n`;
    expect(await rulesHit(code)).toContain('no-unsanitized/property');
  });

  it('fails outerHTML, insertAdjacentHTML, document.write and createContextualFragment', async () => {
    const code = [
      'export function f(el: Element, doc: Document, t: string, r: Range): void {',
      '  el.outerHTML = t;',
      "  el.insertAdjacentHTML('beforeend', t);",
      '  doc.write(t);',
      '  r.createContextualFragment(t);',
      '}',
    ].join('\n');
    const hit = await rulesHit(code);
    expect(hit.filter((r) => r === 'no-unsanitized/property')).toHaveLength(1);
    expect(hit.filter((r) => r === 'no-unsanitized/method')).toHaveLength(2);
    expect(hit).toContain('no-restricted-syntax'); // doc.write on any document
  });

  it('fails eval, new Function and string timers', async () => {
    const code = [
      'export function f(t: string): void {',
      '  eval(t);',
      '  new Function(t)();',
      "  setTimeout('alert(' + t + ')', 1);",
      "  window.setInterval('alert(1)', 1);",
      '}',
    ].join('\n');
    const hit = await rulesHit(code);
    expect(hit).toEqual(expect.arrayContaining(['no-eval', 'no-new-func', 'no-implied-eval']));
    expect(hit.filter((r) => r === 'no-implied-eval')).toHaveLength(2);
  });

  it('fails dangerouslySetInnerHTML and javascript: URLs in TSX', async () => {
    const code = [
      'export function View({ text }: { text: string }) {',
      '  return <div dangerouslySetInnerHTML={{ __html: text }}><a href="x">{text}</a></div>;',
      '}',
      "export const href: string = 'javascript:void 0';",
    ].join('\n');
    const hit = await rulesHit(code, 'src/outline/view/Probe.tsx');
    expect(hit).toEqual(expect.arrayContaining(['no-restricted-syntax', 'no-script-url']));
  });

  it('passes text-only DOM building (textContent, createElement, JSX children)', async () => {
    const code = [
      'export function show(doc: Document, el: HTMLElement, pageText: string): void {',
      "  const b = doc.createElement('b');",
      '  b.textContent = pageText;',
      '  el.append(b, doc.createTextNode(pageText));',
      "  el.innerHTML = '';",
      '}',
    ].join('\n');
    expect(await rulesHit(code)).toEqual([]);
  });

  it('src/ as it is today lints clean', async () => {
    const results = await eslint.lintFiles(['src']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
    // The TSX files are really parsed (the config covers them).
    expect(results.some((r) => r.filePath.endsWith('.tsx'))).toBe(true);
  }, 60_000);
});
