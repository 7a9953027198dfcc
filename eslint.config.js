import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * The modules that run in the visitor's browser: the client scripts and the pure modules they
 * import. They may not use Node's modules; tests/install/browser-modules.test.ts follows the
 * client's imports and fails when one of them lives outside these folders.
 */
export const browserModules = [
  'src/client/**/*.ts',
  'src/lib/diff/**/*.ts',
  'src/lib/search/**/*.ts',
  'src/lib/i18n/**/*.ts',
  'src/lib/last-visit/**/*.ts',
  'src/lib/live/**/*.ts',
  'src/lib/markup/**/*.ts',
  'src/styles/**/*.ts',
];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: browserModules,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'This module runs in the browser: Node modules are not available there.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'This module runs in the browser.' },
        { name: 'Buffer', message: 'This module runs in the browser.' },
      ],
    },
  },
);
