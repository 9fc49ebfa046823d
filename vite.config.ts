/// <reference types="vitest/config" />
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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
 * BASE_PATH lets the build live under a sub-path, such as a GitHub Pages project site
 * (BASE_PATH=/my-repo/ npm run build). Defaults to the root.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), tailwindcss(), spaFallback()],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  // Every browser the build targets supports <link rel="modulepreload">: no polyfill.
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          testTimeout: 60_000,
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
