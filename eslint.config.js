import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI_LIBS = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  'zustand',
  'zustand/*',
  'i18next',
  'react-i18next',
  'zundo',
];

/** One-way layers: domain ← store ← persistence ← features ← app. */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: forbidden.flatMap((f) => [`@/${f}`, `@/${f}/*`]), message }] },
    ],
  },
});

/**
 * Features are composed in app/ and do not reach into each other's files: a feature imports
 * another only through its public entry (`@/features/<name>`, its index.ts), and its own files
 * through relative paths that stay inside its folder. One config per folder depth, because a
 * relative path leaves the feature after as many `../` as the file is deep.
 */
function featureBoundaries() {
  return [1, 2, 3, 4].map((depth) => ({
    files: [`src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app', '@/app/*'],
              message: 'Features are composed in app/, never the reverse.',
            },
            {
              group: ['@/features/*/*'],
              message:
                "Import another feature only through its entry file '@/features/<name>' (see docs/architecture.md).",
            },
            {
              group: [`${'../'.repeat(depth)}*`],
              message:
                "A relative import stays inside its feature; use '@/features/<name>' for another feature.",
            },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: ['dist', 'coverage', 'node_modules', 'bench/tmp', 'dev-dist', '.server-build', 'data'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // No React here: `useLiveClass()` is named like the e2e `useLiveServer()` (a test's setup and
    // teardown) and called at a file's top level, which the rule forbids only to React hooks.
    files: ['tests/server/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // src/lib imports only the domain, so the store and persistence may use its plain helpers.
  layer(
    ['src/store/**'],
    ['persistence', 'features', 'app', 'components', 'hooks'],
    'The store may import only the domain and src/lib.',
  ),
  layer(
    ['src/persistence/**'],
    ['features', 'app', 'components', 'hooks'],
    'Persistence sits below features and app; of the shared code it may use src/lib only.',
  ),
  // Shared code below the features: components may use hooks and lib, hooks may use lib.
  layer(
    ['src/components/**', 'src/i18n/**'],
    ['features', 'app', 'store', 'persistence'],
    'Shared UI stays free of features and state.',
  ),
  layer(
    ['src/hooks/**'],
    ['features', 'app', 'store', 'persistence', 'components'],
    'Shared hooks stay free of features, state and components.',
  ),
  layer(
    ['src/lib/**'],
    ['features', 'app', 'store', 'persistence', 'components', 'hooks'],
    'src/lib holds plain helpers: no features, state, components or hooks.',
  ),
  ...featureBoundaries(),
  {
    // One way to translate: the project's hook shares a remembering `t` per language (src/i18n).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='react-i18next'] > ImportSpecifier[imported.name='useTranslation']",
          message: "Import useTranslation from '@/i18n/useTranslation', not from react-i18next.",
        },
      ],
    },
  },
  {
    // Shared by the browser client and the Node server: the canvas as a Yjs document, nothing else.
    files: ['src/collab/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!yjs$|zod/mini$|@/domain(/|$)|\\./)',
              message:
                'src/collab may import only yjs, zod/mini and @/domain (no UI, browser or Node API).',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain must be independent of the UI, state, i18n and the browser.
    files: ['src/domain/**'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_LIBS.filter((p) => !p.includes('*')).map((name) => ({
            name,
            message: 'src/domain must stay framework-free: no React, zustand or i18next.',
          })),
          patterns: [
            {
              group: [...UI_LIBS.filter((p) => p.includes('*')), '@/*', '!@/domain', '!@/domain/*'],
              message: 'src/domain may import only itself, zod and plain TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'location',
          'fetch',
          'indexedDB',
          'history',
          'alert',
        ].map((name) => ({ name, message: 'src/domain must not touch browser APIs.' })),
      ],
    },
  },
);
