import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const transformersImport = {
  name: '@huggingface/transformers',
  message: 'Only workers/runtime.ts imports transformers.js; use the InferenceRuntime interface.',
  allowTypeImports: true,
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'fixtures', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
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
    files: ['src/features/**/*.{ts,tsx}'],
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
      'workers/runtime.ts',
      'scripts/**/*.ts',
      'e2e/support/reference-run.ts',
      '**/*.node.test.ts',
      'workers/generation/testing/seq2seq-fixtures.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
);
