import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'dashboard/src/lib/generated/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['dashboard/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Dashboard layers point one way: app → features → components → lib (CONVENTIONS habit 13). The
  // language and session providers (app/i18n, app/session) are the one exception: every layer reads them.
  {
    files: ['dashboard/src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/*', '**/features/*', '**/app/*'],
              message: 'lib/ is the bottom layer: it may not import components, features or app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['dashboard/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/*'], message: 'components/ may not import features.' },
            {
              group: ['**/app/*', '!**/app/i18n', '!**/app/session'],
              message: 'components/ may only use app/i18n and app/session from app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['dashboard/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*', '!**/app/i18n', '!**/app/session'],
              message: 'features/ may only use app/i18n and app/session from app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'skip' },
      ],
    },
  },
);
