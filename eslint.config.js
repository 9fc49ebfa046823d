import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (docs/architecture.md). A layer imports only from the
 * layers before it; a feature never imports another feature. boot is the lowest: it is
 * compiled on its own and inlined into the HTML, so it imports nothing else from src.
 */
const LAYERS = [
  'boot',
  'schema',
  'search',
  'ranking',
  'lib',
  'i18n',
  'components',
  'entities',
  'features',
  'app',
];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** import-x/no-restricted-paths zones: each layer may not import the layers above it. */
export const layerZones = [
  ...LAYERS.slice(0, -1).map((layer, i) => ({
    target: `./src/${layer}`,
    from: LAYERS.slice(i + 1).map((above) => `./src/${above}`),
    message: `${layer} is below ${LAYERS.slice(i + 1).join(', ')}: move the shared piece down a layer (docs/architecture.md).`,
  })),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'Features do not import each other: move what both need to src/entities (docs/architecture.md).',
  })),
  {
    target: './scripts',
    from: ['./src/app', './src/features', './src/components'],
    message: 'The ingest and tools use the schema, search and entities layers only.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-e2e-sub',
      'coverage',
      'public/data',
      'node_modules',
      'test-results',
      'tmp',
      // Deliberate violations that tests/unit/lint-rules.test.ts shows the rules catch.
      'tests/fixtures/lint',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Layers and cycles (issue 15): checked on every source file, tests included.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['./tsconfig.app.json', './tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['tests/unit/**/*.ts', 'tests/components/**/*.{ts,tsx}', 'tests/corpus/**/*.ts'],
    ...vitest.configs.recommended,
  },
  {
    files: ['tests/components/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // Sleeping instead of waiting for a condition makes tests flaky: an error, not a warning.
      'playwright/no-wait-for-timeout': 'error',
      'playwright/expect-expect': [
        'warn',
        { assertFunctionNames: ['expectNoAxeViolations', 'expectInert'] },
      ],
    },
  },
  {
    // Short units (issue 15): a longer function is split along its steps, or says why not.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // App code never renders HTML from strings.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build markup from strings: data is text.' },
        { property: 'outerHTML', message: 'Never build markup from strings: data is text.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Only src/lib/math may set HTML, and only KaTeX output.',
        },
      ],
    },
  },
  {
    // One design system (issue 16, ADR 0019): pages and entities build controls from the
    // primitives in src/components/ui (Button, ToggleChip, Link, Anchor, Input, Select…),
    // never from raw, hand-styled elements.
    files: [
      'src/app/**/*.tsx',
      'src/features/**/*.tsx',
      'src/entities/**/*.tsx',
      'src/components/**/*.tsx',
    ],
    ignores: [
      'src/components/ui/button.tsx',
      'src/components/ui/link.tsx',
      'src/components/ui/field.tsx',
      'src/components/ui/rich-text.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Only src/lib/math may set HTML, and only KaTeX output.',
        },
        {
          selector: 'JSXOpeningElement[name.name=/^(button|a|input|select|textarea)$/]',
          message:
            'Use the design system (src/components/ui: Button, ToggleChip, Link, Anchor, Input, Select) instead of a raw control.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              importNames: ['Link', 'NavLink'],
              message: 'Use Link or ButtonLink from @/components/ui/link.',
            },
          ],
        },
      ],
    },
  },
  {
    // Fast refresh is a dev-server concern; test helpers export components and functions.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  prettier,
);
