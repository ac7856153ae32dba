// Reads the element-hiding (`##`) rules of the regional filter lists in
// shared/reference/filter-rules-sina.txt, to CHECK clean mode against them. The lists are
// GPL / CC BY-SA: nothing from them is copied into src/; the test only runs them.
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS } from './corpus';

export const FILTER_FILE = path.resolve(CORPUS, '../reference/filter-rules-sina.txt');

export interface CosmeticRule {
  /** The rule as written (without the annotation the reference file appends). */
  line: string;
  /** Domains the rule is limited to (empty: every site) and those it excludes (`~`). */
  include: string[];
  exclude: string[];
  /** The selector list, split at top-level commas. */
  selectors: string[];
  /** The list it came from, from the `######## SOURCE:` header. */
  source: string;
}

/** Split a selector list at commas outside brackets, parentheses and quotes. */
export function splitSelectorList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of list) {
    if (quote) { if (ch === quote) quote = ''; }
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) { out.push(cur.trim()); cur = ''; continue; }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function readCosmeticRules(file = FILTER_FILE): CosmeticRule[] {
  const rules: CosmeticRule[] = [];
  let source = '';
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const src = /^#{8} SOURCE: ([^|]+)/.exec(raw);
    if (src) { source = src[1]!.trim(); continue; }
    if (!raw || raw.startsWith('!') || raw.startsWith('#'.repeat(8))) continue;
    const line = raw.split('\t')[0]!.trim();
    // Plain element hiding only: `#@#` exceptions, `#?#` procedural, `#$#` style rules are not `##`.
    const m = /^([^#]*)##(.+)$/.exec(line);
    if (!m || /#[@?$%]#/.test(line)) continue;
    const domains = m[1] ? m[1].split(',').map((d) => d.trim()).filter(Boolean) : [];
    rules.push({
      line,
      include: domains.filter((d) => !d.startsWith('~')),
      exclude: domains.filter((d) => d.startsWith('~')).map((d) => d.slice(1)),
      selectors: splitSelectorList(m[2]!),
      source,
    });
  }
  return rules;
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Whether the rule acts on a page of this host (adblock domain-option semantics). */
export function appliesTo(rule: CosmeticRule, host: string): boolean {
  if (rule.exclude.some((d) => under(host, d))) return false;
  return rule.include.length === 0 || rule.include.some((d) => under(host, d));
}

/** Only rules that can act on a Sina host at all. */
export const isSinaRule = (rule: CosmeticRule): boolean =>
  rule.include.length === 0 || rule.include.some((d) => under(d, 'sina.com.cn') || under(d, 'sina.cn'));
