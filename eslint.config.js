// Lint keeps each folder to its runtime: shared/ is pure TypeScript, electron/ never touches the network.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_NET = ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'undici', 'child_process'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'dexie', 'react', 'react-dom', 'fs', 'path', 'os', 'crypto', 'buffer'],
        patterns: ['node:*', 'dexie*', 'react*', '@tanstack/*', 'recharts', 'i18next'],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB',
        'navigator', 'location', 'process', 'Buffer', 'require', '__dirname', 'self', 'postMessage'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: NODE_NET.flatMap((m) => [m, `node:${m}`]),
      }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The app never uses the network.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['node:*'] }],
    },
  },
);
