/**
 * The build for a sub-path (BASE_PATH=/reader/), served two ways: by `vite preview`, and by a
 * plain static server that answers unknown paths with 404.html, as GitHub Pages does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const SUB = 'http://127.0.0.1:4175/reader';

test('deep links under a sub-path with vite preview', async ({ page }) => {
  await page.goto(`${SUB}/daily/2026-02-06?cat=hep-th`);
  await expect(page.getByRole('status')).toHaveText('Showing 1 of 5 papers');
  await page.getByRole('banner').getByRole('link', { name: 'arXiv Digest Reader' }).click();
  await expect(page).toHaveURL(`${SUB}/`);
});

test.describe('a static host with a 404.html fallback', () => {
  let server: Server;
  let base: string;

  test.beforeAll(async () => {
    const root = path.resolve('dist-e2e-sub');
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
      '.woff2': 'font/woff2',
    };
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const rel = decodeURIComponent(url.pathname).replace(/^\/reader\/?/, '');
      const file = path.join(root, rel || 'index.html');
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, {
          'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
        });
        createReadStream(file).pipe(res);
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/html' });
      createReadStream(path.join(root, '404.html')).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reader`;
  });

  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a deep link typed in is served by the fallback and routed by the app', async ({ page }) => {
    await page.goto(`${base}/weekly/ai-for-science-2026-w06`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'AI for Science: February 2026 Week 6',
    );
    await page.goto(`${base}/paper/2602.06020`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Mechanisms of AI Protein Folding in ESMFold',
    );
  });
});
