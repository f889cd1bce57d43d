import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: shared folders → features → app; a feature never imports another.
const oneWayImports = [
  { target: './src/features/numbers', from: './src/features', except: ['./numbers'] },
  { target: './src/features/tenants', from: './src/features', except: ['./tenants'] },
  { target: './src/features', from: './src/app' },
  // Live Platform's related reads: schemas and fetchers on src/lib only (tests: src/testing too).
  { target: './src/api', from: './src', except: ['./lib', './api', './testing'] },
  {
    target: ['./src/lib', './src/components', './src/config'],
    from: ['./src/features', './src/app', './src/api'],
  },
  { target: './src', from: ['./server', './e2e'] },
  {
    target: './server',
    from: ['./src/app', './src/features/numbers/components', './e2e'],
  },
];

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'test-results', 'playwright-report', 'public', 'tmp']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // React Router's redirects are thrown Responses.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'lib', name: 'Response' }], allowRethrowing: true },
      ],
      // One naming scheme for files and folders: kebab-case.
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { '{src,server,e2e,scripts}/**/': 'KEBAB_CASE' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: oneWayImports,
        },
      ],
    },
  },
  {
    // Production code never imports test code (the demo sandbox ships: its data is not a fixture).
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...oneWayImports,
            { target: ['./src', './server'], from: ['./src/testing', './server/testing'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'src/testing/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]);
