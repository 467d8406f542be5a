// ESLint flat config: recommended JS and TypeScript rules (syntax only, no type information: fast),
// React's rules of hooks, and the architecture of docs/ARCHITECTURE.md as import restrictions.
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Folders are read relative to this file, so that eslint run from a subfolder sees the same blocks.
const root = fileURLToPath(new URL('.', import.meta.url));
const subfolders = (dir) =>
  readdirSync(posix.join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

const TS = '**/*.{ts,tsx,mts,cts}';
const JS = '**/*.{js,mjs,cjs}';

/** Every folder under `dir` (itself included), as root-relative POSIX paths. */
function foldersUnder(dir) {
  return [dir, ...subfolders(dir).flatMap((name) => foldersUnder(posix.join(dir, name)))];
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex matching the relative import specifiers that, written in a file of folder `from`, resolve into
 * one of the root-relative folders `targets` (e.g. 'src/routes'). Exact for normalised specifiers
 * ('../x', './x'), so that from src/routes/compare '../data/' (the data page) and '../../data/'
 * (src/data) are told apart. `tail` is appended after the target (e.g. a negative lookahead).
 */
function resolvesInto(from, targets, tail = '(/|$)') {
  const here = from.split('/');
  const alternatives = [];
  for (let up = 0; up <= here.length; up += 1) {
    const base = here.slice(0, here.length - up);
    for (const target of targets) {
      const parts = target.split('/');
      if (base.some((seg, i) => parts[i] !== seg)) continue;
      const rest = parts.slice(base.length).join('/');
      if (rest === '') continue; // the target contains `from`: an import of one's own folder
      alternatives.push((up === 0 ? '\\./' : '(\\.\\./){' + up + '}') + escape(rest));
    }
  }
  return alternatives.length ? `^(${alternatives.join('|')})${tail}` : null;
}

/** Pipeline modules may use these parts of src/ only: the data contract, the shard layout and pure selectors. */
const pipelineMayImport = [
  'data/schema\\.ts$',
  'data/shards\\.ts$',
  'data/shardPaths\\.ts$',
  'data/coreData\\.ts$', // plain data, no React: the input of the selectors
  'data/select/(?![^/]*\\.test\\.ts$)[^/]+\\.ts$',
];
/** Test files of the pipeline may also use the shared test fixtures. */
const pipelineTestsMayImport = [...pipelineMayImport, 'testing/fixtures\\.ts$'];

const routePages = subfolders('src/routes');

/**
 * The import restrictions of the files directly in `folder`, as one config block: every restriction
 * of a folder goes in the same block, since a later block's options for a rule replace an earlier one's.
 */
function restrictionsOf(folder) {
  const patterns = [];
  const add = (regex, message) => regex && patterns.push({ regex, message, caseSensitive: true });
  const top = folder.split('/').slice(0, 2).join('/');
  if (top === 'src/components') {
    add(
      resolvesInto(folder, ['src/routes', 'src/app']),
      'src/components must not import src/routes or src/app: pages import components, not the other way.',
    );
  }
  if (top === 'src/views') {
    add(
      resolvesInto(folder, ['src/routes', 'src/app']),
      'src/views holds what pages, embeds and the presenter share: it must not import src/routes or src/app.',
    );
  }
  if (top === 'src/view-state') {
    add(
      resolvesInto(folder, ['src/components', 'src/views', 'src/routes', 'src/app']),
      'src/view-state is below the views: it must not import components, views, routes or app.',
    );
  }
  if (top === 'src/charts' || top === 'src/data') {
    add(
      resolvesInto(folder, ['src/components', 'src/routes', 'src/app']),
      `${top} is below the views: it must not import src/components, src/routes or src/app.`,
    );
  }
  if (top === 'src/routes' && folder !== 'src/routes') {
    const page = folder.split('/')[2];
    const others = routePages.filter((p) => p !== page).map((p) => `src/routes/${p}`);
    add(
      resolvesInto(folder, others),
      'A page folder imports only its own files: move code that two pages share out of src/routes, not into another page.',
    );
  }
  return patterns.length
    ? { files: [`${folder}/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } }
    : null;
}

/** pipeline/ reaches into src/ only for the modules in `allowed` (regexes of the path after src/). */
function pipelineRestrictions(folder, allowed, tests) {
  const regex = resolvesInto(folder, ['src'], `/(?!${allowed.join('|')})`);
  return {
    files: tests ? [`${folder}/*.test.ts`] : [`${folder}/*.{ts,mts,mjs}`],
    ...(tests ? {} : { ignores: [`${folder}/*.test.ts`] }),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex,
              caseSensitive: true,
              message: `pipeline/ may import from src/ only the data contract: src/data/schema.ts, shards.ts, shardPaths.ts, coreData.ts and src/data/select/*${tests ? ' (tests: also src/testing/fixtures.ts)' : ''}.`,
            },
          ],
        },
      ],
    },
  };
}

export default defineConfig(
  globalIgnores([
    'dist/',
    'public/data/',
    'e2e/screenshots/',
    'test-results/',
    'playwright-report/',
    '.bench/',
    'data/',
    // pipeline/pipelineWorker.mjs is hand-written (tracked), not generated: it is linted.
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: [TS, JS],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc's convention (noUnusedLocals, noUnusedParameters): a leading underscore marks a name
      // kept on purpose, e.g. `const { cue: _cue, ...rest } = meaning`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Deliberate: /[^\x00-\x7f]/ (non-ASCII) and \u0000 sentinels in the SVG and slug code.
      'no-control-regex': 'off',
    },
  },
  {
    files: [TS],
    rules: {
      // TypeScript itself reports undefined names; the rule does not know types or globals of lib.dom.
      'no-undef': 'off',
    },
  },
  {
    files: ['pipeline/**/*.{js,mjs}', '*.{js,mjs,cjs}', 'scripts/**/*.{js,mjs}', 'bench/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Architecture: one block per folder.
  ...foldersUnder('src').map(restrictionsOf).filter(Boolean),
  ...foldersUnder('pipeline').flatMap((f) => [
    pipelineRestrictions(f, pipelineMayImport, false),
    pipelineRestrictions(f, pipelineTestsMayImport, true),
  ]),
  {
    files: ['src/**/*.{ts,tsx}', 'pipeline/**/*.{ts,mts,mjs}'],
    // Tests and what only tests use (reader-list comparison, fixtures, test helpers) are aside.
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      'pipeline/fixtures/**',
      'pipeline/testing/**',
      'pipeline/corpus-expectations/**',
      'src/testing/**',
    ],
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
);
