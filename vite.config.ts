/// <reference types="vitest/config" />
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bootScripts } from './scripts/boot/vite-plugin.ts';

/**
 * Static hosts (GitHub Pages, plain nginx/S3 setups) serve 404.html for unknown paths: make
 * it the app itself, so deep links such as /daily/2026-02-06 work when typed or reloaded.
 */
function spaFallback(): Plugin {
  let outDir = 'dist';
  return {
    name: 'spa-fallback-404',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await copyFile(path.join(outDir, 'index.html'), path.join(outDir, '404.html'));
    },
  };
}

/**
 * react-router 7 publishes a production build but its package exports only the development
 * one, whose dev warnings stay on (remix-run/react-router#12532, #14102): the app's build takes
 * the production one (0.5 KB gzip less). Dev server and tests keep the warnings.
 */
function reactRouterProductionBuild(): Plugin {
  const file = new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url);
  return {
    name: 'react-router-production-build',
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^react-router$/, replacement: file.pathname }] },
    }),
    // Its components are made at the top level by `React.forwardRef(…)` calls, which the
    // bundler cannot know to be pure, and named for React's developer tools by a property write
    // it must keep (`NavLink.displayName = "NavLink";`): each unused component stays, and all it
    // uses (NavLink, Form and form submission, Link's prefetching). Marked pure and unnamed
    // (the names serve development only), those the app never renders are left out.
    transform: {
      filter: { id: /node_modules[\\/]react-router[\\/]dist[\\/]production[\\/].*\.mjs$/ },
      handler: (code) => ({
        code: code.replace(DISPLAY_NAME, '').replace(COMPONENT_CALL, '= /* @__PURE__ */ $1('),
        map: null,
      }),
    },
  };
}

/** A top-level `Name.displayName = "Name";` statement, on a line of its own. */
const DISPLAY_NAME = /^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";$/gm;
/** `= React10.forwardRef(`, `= React3.createContext(`, `= React10.memo(`. */
const COMPONENT_CALL = /= (React\d*\.(?:forwardRef|createContext|memo))\(/g;

/** V8's magic comment; it must be a file's first line. */
const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad\n';

/**
 * The chunks a page runs as it starts (the entry, the libraries and shared modules it loads,
 * the long day's list, each page's own code) begin with V8's explicit compile hint (Chrome
 * 136+; a comment elsewhere): compiled whole off the main thread as they stream in, instead
 * of function by function on the main thread when first called, during hydration and again
 * in the first tap (ADR 0034). Not KaTeX, the library importers or the charts, of which a
 * page runs a small part. Written last (`order: 'post'`): Vite puts its preload map at the top
 * of a chunk after the bundler's banners.
 */
function compileHints(): Plugin {
  // Every page's chunk but the charts'.
  const eager =
    /^(index|vendor|shared|rolldown-runtime|virtual-rows|range|(?!stats-page$)[\w-]+-page|data-worker|rank-worker)$/;
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !eager.test(chunk.name)) continue;
          chunk.code = COMPILE_ALL_ON_LOAD + chunk.code;
          // The source map's lines move down by one (the worker plugin writes `chunk.map`).
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            json.mappings = `;${json.mappings}`;
            map.source = JSON.stringify(json);
          }
        }
      },
    },
  };
}

/**
 * BASE_PATH lets the build live under a sub-path, such as a GitHub Pages project site
 * (BASE_PATH=/my-repo/ npm run build). Defaults to the root.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [
    // The startup script, inlined into every page (src/boot/head.ts, docs/architecture.md).
    bootScripts(),
    reactRouterProductionBuild(),
    react(),
    tailwindcss(),
    spaFallback(),
    compileHints(),
    // Offline reading (docs/decisions/0008-reader-features.md): the app shell is precached;
    // digests are cached as they are opened (their files never change: CacheFirst); the
    // manifest is fetched fresh when the network answers. A new version waits for the
    // reader's "Reload" (src/lib/service-worker.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        globIgnores: ['data/**', '404.html'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/data\//],
        maximumFileSizeToCacheInBytes: 3_000_000,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith('/data/manifest.json'),
            handler: 'NetworkFirst',
            options: { cacheName: 'digest-manifest', networkTimeoutSeconds: 4 },
          },
          {
            urlPattern: ({ url }) =>
              /\/data\/(daily|details|rank|similar|weekly|papers|search)\//.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'digest-files',
              expiration: { maxEntries: 600, purgeOnQuotaError: true },
            },
          },
          {
            urlPattern: ({ url }) => /\.(woff2?|ttf)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'fonts', expiration: { maxEntries: 60 } },
          },
        ],
      },
    }),
  ],
  // The workers' bundles: the data worker fetches and checks the first page's files.
  worker: { plugins: () => [compileHints()] },
  resolve: {
    alias: {
      '@': new URL('./src', import.meta.url).pathname,
      'node-fetch': new URL('./src/lib/fetch-for-citation-js.ts', import.meta.url).pathname,
    },
  },
  // Every browser the build targets supports <link rel="modulepreload">: no polyfill.
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // The libraries every page needs (and Vite's preload helper), as one chunk: rolldown 1.2
    // otherwise splits what the entry shares with lazy pages into many small chunks (+4 KB
    // gzip of the first bundle, ADR 0024), and a stable vendor chunk stays cached across
    // deploys of the app's code. For the same reason the app's own modules that the entry
    // shares with lazy pages are one `shared` chunk: exactly those, named one by one, since a
    // wider pattern pulls in what only lazy pages need (ADR 0028).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](react-query|query-core)|class-variance-authority|clsx)[\\/]|vite[\\/]preload-helper/,
            },
            {
              name: 'shared',
              test: /src[\\/](components[\\/]ui[\\/](button|link|variants)\.tsx?|i18n[\\/](index|en|plural)\.ts|lib[\\/](data|stored|languages)\.ts|entities[\\/]reading-list[\\/]store\.ts|boot[\\/](preferences|contract)\.ts)$/,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    globalSetup: ['tests/helpers/temp-root.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          // Tests and their setup hooks run real ingests (the whole corpus in a beforeAll:
          // ~9 s alone, over 10 s beside the other test files on two cores).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/components.ts'],
        },
      },
    ],
  },
});
