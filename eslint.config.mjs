// Lint, and the import boundaries that keep the analysis core pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureCore = {
  patterns: [
    { group: ['vscode', 'vscode-*', 'vscode-*/**'], message: 'The analysis core knows nothing of editors or LSP.' },
    {
      group: ['node:*', 'fs', 'path', 'child_process', 'http', 'https', 'net'],
      message: 'The analysis core does no I/O.',
    },
    {
      group: ['**/lsp/*', '**/cli/*', '**/node/*'],
      message: 'Imports flow one way: shells call the core, never back.',
    },
  ],
};

export default tseslint.config(
  // corpus/ and bench/corpus/ are copies of ../shared/corpus and ../shared/bench, linted where they are kept.
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.vscode-test/',
      'test-results/',
      'bench/results/',
      'bench/.build/',
      '.tmp/',
      'corpus/',
      'bench/corpus/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120; comments too must fit, while a message or pattern stays whole.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['http', 'https', 'net', 'dns', 'node:http', 'node:https', 'node:net', 'node:dns'],
              message: 'Kracht never uses the network.',
            },
          ],
        },
      ],
    },
  },
  {
    // The end-to-end harness (from ../shared/e2e): plain CommonJS scripts for Node.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/src/core/**', 'server/src/rules/**', 'server/src/lexicons/**', 'server/src/format/**'],
    rules: { 'no-restricted-imports': ['error', pureCore] },
  },
);
