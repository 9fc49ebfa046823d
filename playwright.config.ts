import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

/**
 * Browser tests against the production build, in Debian's Chromium (playwright-core cannot
 * download browsers here). CHROMIUM_PATH overrides the executable.
 */
const PORT = 4174;
const SUB_PORT = 4175;

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/helpers/temp-root.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    // Tests fake data with page.route, which a service worker's fetches would bypass; the
    // offline tests allow it (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx vite build --outDir dist-e2e --emptyOutDir && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // The same app built for a sub-path, as on a GitHub Pages project site.
      command: `npx vite build --outDir dist-e2e-sub --emptyOutDir && npx vite preview --outDir dist-e2e-sub --host 127.0.0.1 --port ${SUB_PORT} --strictPort`,
      url: `http://127.0.0.1:${SUB_PORT}/reader/`,
      env: { BASE_PATH: '/reader/' },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
