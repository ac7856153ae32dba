// ESLint guards every HTML sink in src/ (issue 7). The TypeScript here is compiled by
// typescript 7 (native, no JS API), so typescript-eslint's parser cannot be used: Babel parses
// the TypeScript and JSX instead (types are stripped, which is all these rules need).
//   npm run lint:src        — scripts/test-all.mjs runs it as the "eslint (src)" stage
import babelParser from '@babel/eslint-parser';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const babelOptions = {
  babelrc: false,
  configFile: false,
  presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
  // Preact's JSX reaches Babel only to be parsed, never transformed here.
  parserOpts: { plugins: [] },
};

const RESTRICTED = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text must reach the page as text.' },
  { selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']", message: 'No code from strings.' },
];
// doc.write(…) on any document, not only the global one no-unsanitized knows by name.
const WRITE = { selector: 'CallExpression[callee.property.name=/^(write|writeln)$/]', message: 'Never write HTML into a document.' };

export default [
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'test-results/**', '**/*.d.ts'] },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: {
      parser: babelParser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      // The globals no-implied-eval and no-eval need to recognise (window.setTimeout('…'), …).
      globals: Object.fromEntries(
        ['window', 'self', 'globalThis', 'document', 'setTimeout', 'setInterval', 'execScript', 'queueMicrotask'].map((g) => [g, 'readonly']),
      ),
      parserOptions: { requireConfigFile: false, babelOptions },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Every HTML sink: innerHTML/outerHTML assignment, insertAdjacentHTML, document.write,
      // createContextualFragment, … must not take strings built from page text.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      // No code from strings: eval, new Function, setTimeout("…"), setInterval("…").
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': ['error',
        { object: 'document', property: 'write', message: 'Never write HTML into the page.' },
        { object: 'document', property: 'writeln', message: 'Never write HTML into the page.' },
      ],
      'no-restricted-syntax': ['error', ...RESTRICTED, WRITE],
    },
  },
];
