// Lint: type-checked typescript-eslint, and the one-way layering of src/ (STYLE.md) as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Folders each layer may not import from (dependencies point one way: cli → … → vocab). */
const forbidden = {
  vocab: [
    'config',
    'store',
    'log',
    'pipeline',
    'policy',
    'serialize',
    'http',
    'cli',
    'generate',
    'mappings',
  ],
  config: [
    'store',
    'log',
    'pipeline',
    'policy',
    'serialize',
    'http',
    'cli',
    'generate',
    'mappings',
  ],
  store: ['log', 'pipeline', 'policy', 'serialize', 'http', 'cli', 'generate', 'mappings'],
  log: ['store', 'pipeline', 'policy', 'serialize', 'http', 'cli', 'generate', 'mappings'],
  policy: ['store', 'log', 'pipeline', 'serialize', 'http', 'cli', 'generate'],
  serialize: ['log', 'pipeline', 'http', 'cli', 'generate'],
  mappings: [
    'config',
    'store',
    'log',
    'pipeline',
    'policy',
    'serialize',
    'http',
    'cli',
    'generate',
  ],
  generate: ['store', 'log', 'pipeline', 'policy', 'serialize', 'http', 'cli'],
  search: ['log', 'pipeline', 'serialize', 'http', 'cli', 'generate', 'mappings'],
  pipeline: ['http', 'cli'],
  http: ['cli', 'pipeline', 'log'],
};

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [layer === 'mappings' ? 'mappings/**/*.ts' : `src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((b) => ({
          group:
            b === 'mappings'
              ? ['**/mappings/**']
              : [`**/src/${b}/**`, `../${b}/**`, `../../src/${b}/**`],
          message: `the ${layer} layer may not depend on ${b} (see STYLE.md: dependencies point one way)`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'var/', 'data/', 'coverage/', 'bench/out/', 'bin/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // hono's RPC and N3 types are `any`-heavy at the edges; keep the checks that catch bugs
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  ...layerRules,
);
