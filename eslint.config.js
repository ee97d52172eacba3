import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const transformersImport = {
  name: '@huggingface/transformers',
  message:
    'Only workers/runtime/transformers.ts imports transformers.js; use the InferenceRuntime interface.',
  allowTypeImports: true,
};

export default tseslint.config(
  { ignores: ['dist', '.bench', 'node_modules', 'fixtures', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'] },
    rules: {
      // No import cycles anywhere (type-only imports count: they tie modules together too).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [transformersImport] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Imports flow one way: shared → lib/store/components → features → app.
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [transformersImport, 'react', 'zustand'],
          patterns: [
            {
              group: ['../lib/*', '../store/*', '../features/*', '../app/*', '../components/*'],
              message: 'src/shared depends on nothing in the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [transformersImport],
          patterns: [
            {
              group: ['**/components/*', '**/features/*', '**/app/*'],
              message: 'lib/ and store/ come before components/, features/ and app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [transformersImport],
          patterns: [
            { group: ['**/features/*', '**/app/*'], message: 'components/ come before features/ and app/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [transformersImport],
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)',
              message:
                'Features do not import from other features; share through components/, lib/ or store/.',
            },
            {
              group: ['**/app/*', '**/features/registry.ts'],
              message: 'Features do not import app/ or the view table.',
            },
          ],
        },
      ],
    },
  },
  {
    // The worker shares the protocol and pure code of src/shared, nothing of the UI.
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [transformersImport],
          patterns: [
            {
              group: [
                '**/src/lib/*',
                '**/src/store/*',
                '**/src/components/*',
                '**/src/features/*',
                '**/src/app/*',
              ],
              message: 'The worker imports only src/shared from the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests index fixed arrays they just built; Playwright fixtures take an empty `{}` first argument.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // The runtime itself, Node scripts and Node-side reference checks use the library directly.
    files: [
      'workers/runtime/transformers.ts',
      'scripts/**/*.ts',
      'e2e/support/reference-run.ts',
      '**/*.node.test.ts',
      'workers/generation/testing/seq2seq-fixtures.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
);
