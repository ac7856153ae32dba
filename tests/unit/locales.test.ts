import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatMessage } from '../../src/platform/fake';

const ROOT = path.resolve(__dirname, '../..');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(ROOT, '_locales', locale, 'messages.json'), 'utf8'));
const zh = load('zh_CN');
const en = load('en');

test('zh_CN and en have the same messages, none empty', () => {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  for (const messages of [zh, en]) for (const entry of Object.values<any>(messages)) expect(entry.message.trim()).not.toBe('');
});

test('store limits: name ≤ 45, short name ≤ 12, description ≤ 132 characters', () => {
  for (const messages of [zh, en]) {
    expect(messages.extName.message.length).toBeLessThanOrEqual(45);
    expect(messages.extShortName.message.length).toBeLessThanOrEqual(12);
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  }
});

test('every message key the UI uses exists', () => {
  const files = ['src/popup/Popup.tsx', 'src/popup/HostAccess.tsx', 'src/popup/main.tsx'];
  const used = new Set<string>();
  for (const file of files) {
    const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of code.matchAll(/\bt\('(\w+)'|message\('(\w+)'|(?:label|hint): '(\w+)'|: '((?:cmd|why|site)\w+)'|\? '(\w+)' : '(\w+)'/g)) {
      for (const key of m.slice(1)) if (key) used.add(key);
    }
  }
  expect(used.size).toBeGreaterThan(15);
  for (const key of used) expect(en[key], key).toBeDefined();
});

test('placeholders are filled the way chrome.i18n fills them', () => {
  expect(formatMessage(en, 'stateTranscript', '12')).toBe('transcript: 12 questions');
  expect(formatMessage(zh, 'stateTranscript', ['3'])).toBe('实录：3 个问题');
  expect(formatMessage(en, 'noSuchKey')).toBe('');
});
