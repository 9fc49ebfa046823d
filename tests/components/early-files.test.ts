/**
 * The page's first files fetched by the data worker as it starts (src/lib/early-files.ts):
 * the manifest, then the day the page shows; the app's first request for each gets it
 * checked, and anything else (or a failed early fetch) is fetched by the page as before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyPageOf, startDataWorker } from '@/boot/early-data';
import { fetchEarly, takeEarly } from '@/lib/early-files';
import type { CheckRequest, CheckResponse } from '@/lib/data-types';
import { DAILY_FILE, DETAILS_FILE, dailyDetails, dailyList, manifest } from './fixtures';

// The checks, in the order they start, beside the fetches (the real check runs).
vi.mock('@/lib/data-check', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/data-check')>();
  return {
    ...real,
    checkBody: (...args: Parameters<typeof real.checkBody>) => {
      order.push(`check ${args[0]}`);
      return real.checkBody(...args);
    },
  };
});

const fetched: string[] = [];
/** Fetches and checks, in the order they started. */
const order: string[] = [];
let missing = '';

beforeEach(() => {
  fetched.length = 0;
  order.length = 0;
  missing = '';
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      order.push(url);
      if (missing && url.endsWith(missing)) return new Response('gone', { status: 404 });
      if (url.endsWith('manifest.json')) return Response.json(manifest);
      if (url.includes('/data/daily/')) return Response.json(dailyList);
      if (url.endsWith(DETAILS_FILE)) return Response.json(dailyDetails);
      return new Response('not found', { status: 404 });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.__digestDataWorker = undefined;
});

describe('the data worker’s early files', () => {
  it("fetches a daily page's manifest and day, and hands each over checked, once", async () => {
    fetchEarly({ base: '/sub/', pathname: '/sub/daily/2026-03-04', search: '' });
    expect(await takeEarly('manifest.json', 'manifest')).toEqual({ ok: true, data: manifest });
    expect(await takeEarly(DAILY_FILE, 'dailyList')).toEqual({ ok: true, data: dailyList });
    // The day's request left before the manifest was checked.
    expect(order).toEqual([
      '/sub/data/manifest.json',
      `/sub/data/${DAILY_FILE}`,
      'check manifest.json',
      `check ${DAILY_FILE}`,
    ]);
    // Taken: the next request for it is the page's own.
    expect(await takeEarly(DAILY_FILE, 'dailyList')).toBeUndefined();
    expect(await takeEarly(DETAILS_FILE, 'dailyDetails')).toBeUndefined();
  });

  it("picks /since's newest day of its range, and nothing more on other pages", async () => {
    fetchEarly({ base: '/', pathname: '/since', search: '?to=2026-03-03' });
    await takeEarly('manifest.json', 'manifest');
    expect(await takeEarly('daily/2026-03-03.zh.dddddddddddd.json', 'dailyList')).toBeDefined();
    expect(fetched).toEqual(['/data/manifest.json', '/data/daily/2026-03-03.zh.dddddddddddd.json']);

    fetched.length = 0;
    fetchEarly({ base: '/', pathname: '/search', search: '?q=graph' });
    await takeEarly('manifest.json', 'manifest');
    expect(fetched).toEqual(['/data/manifest.json']);
  });

  it('a failed early fetch is left to the page, which fetches it and says why', async () => {
    missing = DAILY_FILE;
    fetchEarly({ base: '/', pathname: '/daily/2026-03-04', search: '' });
    await takeEarly('manifest.json', 'manifest');
    expect(await takeEarly(DAILY_FILE, 'dailyList')).toBeUndefined();
  });

  it('the startup script names the page in the worker’s URL; a hostile fragment names none', () => {
    const created: string[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onerror: unknown = null;
        constructor(url: string) {
          created.push(url);
        }
      },
    );
    const page = { base: '/sub/', pathname: '/sub/since', search: '?from=2026-03-01' };
    expect(startDataWorker('/sub/assets/data-worker-x.js', page)).toBe(true);
    expect(window.__digestDataWorker?.failed).toBe(false);
    const [url] = created;
    expect(url).toMatch(/^\/sub\/assets\/data-worker-x\.js#/);
    expect(earlyPageOf(new URL(url!, 'http://x').hash)).toEqual(page);
    expect(earlyPageOf('#%7B%22base%22%3A1%7D')).toBeNull();
    expect(earlyPageOf('#<script>')).toBeNull();
    // Only a path on this origin: the worker never fetches from another host.
    const elsewhere = (base: string) => `#${encodeURIComponent(JSON.stringify({ ...page, base }))}`;
    expect(earlyPageOf(elsewhere('//evil.example/'))).toBeNull();
    expect(earlyPageOf(elsewhere('https://evil.example/'))).toBeNull();
    // No worker's script (development): the page fetches early itself.
    expect(startDataWorker('', page)).toBe(false);
  });
});

describe('the page with the startup script’s worker', () => {
  it('takes its first files from the worker and fetches the rest itself', async () => {
    // The worker's module, run in this scope, behind a Worker the startup script made.
    const scope = self as unknown as {
      location: Location;
      onmessage: ((event: { data: CheckRequest }) => Promise<void>) | null;
      postMessage: (message: CheckResponse) => void;
    };
    const realPost = scope.postMessage;
    window.history.replaceState(null, '', `/daily/2026-03-04`);
    const worker = {
      onmessage: null as ((event: { data: CheckResponse }) => void) | null,
      onerror: null,
      postMessage: (data: CheckRequest) => void scope.onmessage!({ data }),
      terminate: () => undefined,
    };
    scope.postMessage = (message) => worker.onmessage?.({ data: message });
    // Workers exist (jsdom has none): the page takes the startup script's.
    vi.stubGlobal('Worker', function Worker() {});
    try {
      const { fetchData } = await import('@/lib/data');
      fetchEarly({ base: '/', pathname: '/daily/2026-03-04', search: '' });
      window.__digestDataWorker = { worker: worker as unknown as Worker, failed: false };
      await import('@/lib/data-worker');
      expect(await fetchData('manifest.json', 'manifest')).toEqual(manifest);
      expect(await fetchData(DAILY_FILE, 'dailyList')).toEqual(dailyList);
      expect(fetched).toEqual(['/data/manifest.json', `/data/${DAILY_FILE}`]);
      // Not one of the first files: the page fetches it, the worker checks it.
      expect(await fetchData(DETAILS_FILE, 'dailyDetails')).toEqual(dailyDetails);
      expect(fetched).toHaveLength(3);
      // Asked again (a refetch): the page's own request.
      expect(await fetchData(DAILY_FILE, 'dailyList')).toEqual(dailyList);
      expect(fetched).toHaveLength(4);
    } finally {
      scope.postMessage = realPost;
      window.history.replaceState(null, '', '/');
    }
  });
});
