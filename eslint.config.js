import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'migrations/**', 'web/e2e/screenshots/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The main entry builds TypeBox schemas on import; the web bundle takes its values from the constants entry.
    files: ['web/src/**/*.ts', 'web/src/**/*.vue'],
    ignores: ['web/src/**/*.test.ts', 'web/src/test/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@ambassador/shared',
              allowTypeImports: true,
              message: 'Import values from @ambassador/shared/constants: the main entry pulls TypeBox into the bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/src/constants/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./)', message: 'The constants import nothing but each other.' }] },
      ],
    },
  },
  prettier,
);
