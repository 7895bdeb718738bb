import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'artifacts/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Case data must never reach the console (privacy); warnings/errors carry no case data.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Nothing CaseLens renders is parsed as HTML: page text stays text (and Mozilla's add-on
    // linter, scripts/lint-firefox.ts, then has only React DOM's own unused path to flag).
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from strings: render elements.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML from strings: use textContent or elements.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML from strings: use elements.' },
      ],
    },
  },
  {
    files: ['scripts/**', 'demo/**', 'bench/**', 'test/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures use `use()` and empty destructuring by design; they are not React.
    files: ['test/e2e/**', 'test/e2e-firefox/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['demo/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
);
