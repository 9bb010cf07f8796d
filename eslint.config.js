import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** One rule per layer: which packages and folders it must not reach, and why. */
const layer = (files, banned) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: banned }],
  },
});

const UI_LIBS = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'src/domain is pure TypeScript: React belongs in src/features, src/ui or src/app.',
  },
  { group: ['zustand', 'zustand/*'], message: 'src/domain is pure TypeScript: state lives in src/store.' },
  {
    group: ['cytoscape', 'cytoscape-*'],
    message: 'Only src/graph-view may import cytoscape: it owns the one long-lived instance.',
  },
];
const UPPER = (self) =>
  ['store', 'graph-view', 'features', 'app', 'io', 'ui']
    .filter((name) => name !== self)
    .map((name) => ({
      group: [`**/${name}/**`, `**/${name}`],
      message: `Dependencies point one way (domain ← store ← graph-view / features ← app): this layer must not import src/${name}.`,
    }));
const CYTOSCAPE = {
  group: ['cytoscape', 'cytoscape-*'],
  message: 'Only src/graph-view may import cytoscape: it owns the one long-lived instance.',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'test-results', 'playwright-report', 'bench/data'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'User text must never reach innerHTML: build DOM nodes or use React.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text must never reach innerHTML: build DOM nodes or use React.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(['src/domain/**'], [...UI_LIBS, ...UPPER('domain')]),
  layer(['src/io/**'], [...UI_LIBS, ...UPPER('io')]),
  layer(
    ['src/store/**'],
    [UI_LIBS[0], CYTOSCAPE, ...UPPER('store').filter((p) => !p.group[0].includes('/io/'))],
  ),
  layer(
    ['src/graph-view/**'],
    [
      ...['features', 'app', 'ui'].map((name) => ({
        group: [`**/${name}/**`],
        message: `src/graph-view draws the store; it must not import src/${name} (dependencies point one way).`,
      })),
    ],
  ),
  layer(
    ['src/features/**'],
    [
      CYTOSCAPE,
      {
        group: ['**/app/**', '**/graph-view/**'],
        message: 'Features talk to the map through the store, never to src/graph-view or src/app directly.',
      },
      {
        group: ['../*/**', '!../../**'],
        message: 'Features never import each other: share through src/store, src/domain or src/ui.',
      },
    ],
  ),
  layer(
    ['src/ui/**'],
    [
      CYTOSCAPE,
      {
        group: ['**/store/**', '**/store', 'zustand', 'zustand/*'],
        message: 'src/ui is presentational: it takes props and never reads the store.',
      },
      {
        group: ['**/features/**', '**/app/**', '**/graph-view/**'],
        message: 'src/ui sits below features and app; it must not import them.',
      },
    ],
  ),
  {
    files: ['tests/**', 'bench/**', '*.config.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
