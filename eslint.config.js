import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'test-results', 'playwright-report', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, ...pluginQuery.configs['flat/recommended']],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // One-way imports: shared pieces and the API layer never reach up into features or the app shell.
    files: ['src/components/**', 'src/spotify/**', 'src/auth/**', 'src/config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**', '**/app/**'], message: 'Imports flow app → features → spotify/auth → config.' },
          ],
        },
      ],
    },
  },
  {
    // The production app never imports the emulator directly.
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/spotify/**', 'src/auth/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/emulator/**'], message: 'The emulator is loaded only through the lazy demo entry.' },
            { group: ['**/features/**', '**/app/**'], message: 'Imports flow app → features → spotify/auth → config.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/emulator/**'], message: 'The emulator is loaded only through the lazy demo entry.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/emulator/node/**', 'src/emulator/serve.ts', 'e2e/**', '*.config.{ts,js}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
