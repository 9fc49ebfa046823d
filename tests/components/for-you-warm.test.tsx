/**
 * A day opened sorted For you warms the ranking worker as the page starts (src/app/prefetch.ts
 * and src/entities/ranking/warm.ts): the files and the signals it sends are those of the page's
 * first request, so the worker answers that request with the model the warm-up trained.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { RankRequest, RankWarm } from '@/entities/ranking/types';
import { DAILY_FILE, DATE, dailyList, manifest, serveArchive } from './fixtures';
import { files } from './msw-server';
import { renderApp } from './render-app';

const OWN = 'rank/2026-03-04.zh.f2.aaaaaaaaaaaa.json.gz';
const SAVED_DAY = 'rank/2026-03-03.zh.f2.bbbbbbbbbbbb.json.gz';

/** What the page posts to the ranking worker (which never answers here). */
const posted: (RankRequest | RankWarm)[] = [];

beforeEach(() => {
  serveArchive();
  posted.length = 0;
  files.set('manifest.json', {
    ...manifest,
    rank: { [`${DATE}.zh`]: OWN, '2026-03-03.zh': SAVED_DAY },
  });
  files.set(DAILY_FILE, { ...dailyList, rank: OWN });
  // The day the saved paper came from, for /since's range.
  files.set('daily/2026-03-03.zh.dddddddddddd.json', {
    ...dailyList,
    date: '2026-03-03',
    papers: [],
    rank: SAVED_DAY,
  });
  localStorage.setItem(
    'digest-reader:library',
    JSON.stringify({
      saved: {
        '2603.09001': {
          id: '2603.09001',
          title: 'A saved paper',
          authors: ['Ann Lee'],
          categories: ['cs.LG'],
          date: '2026-03-03',
          savedAt: '2026-03-03T08:00:00.000Z',
        },
      },
      read: {},
      dismissed: { '2603.00002': { date: DATE, at: '2026-03-04T08:00:00.000Z' } },
    }),
  );
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: unknown = null;
      onerror: unknown = null;
      constructor(url: URL | string) {
        // The data worker is left out: the page checks its files itself, as without workers.
        if (!String(url).includes('rank-worker')) throw new Error('no worker here');
      }
      postMessage(message: RankRequest | RankWarm) {
        posted.push(message);
      }
      terminate() {}
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

it.each([
  [`/daily/${DATE}?sort=for-you`, new RegExp(DATE), [OWN]],
  // A range is ranked once, when all its days are in: not its newest day first, then again.
  [`/since?from=2026-03-03&to=${DATE}&sort=for-you`, /Papers from/, [OWN, SAVED_DAY]],
])(
  '%s warms the ranking worker with the files and signals of its first request',
  async (url, title, dayFiles) => {
    const { user, router } = renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
    await waitFor(() => expect(posted.some((m) => !('kind' in m))).toBe(true));
    // The page waits for the order (this worker never answers).
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ranking for you'));
    const warm = posted.find((m): m is RankWarm => 'kind' in m);
    const request = posted.find((m): m is RankRequest => !('kind' in m))!;
    expect(posted.indexOf(warm!)).toBeLessThan(posted.indexOf(request));
    expect(request.day.files).toEqual(dayFiles);
    expect(warm).toMatchObject({ positives: request.positives, negatives: request.negatives });
    expect(request.positives).toEqual([{ id: '2603.09001', file: SAVED_DAY }]);
    expect(request.negatives).toEqual([{ id: '2603.00002', file: OWN }]);
    expect(warm!.files).toEqual(expect.arrayContaining([...request.day.files, SAVED_DAY]));
    expect(warm!.texts).toBe(request.texts.length > 0);
    // A filter's change fetches the page's files again (if stale), but warms nothing again.
    const categories = screen.getByRole('group', { name: 'Categories' });
    await user.click(within(categories).getAllByRole('button')[1]!);
    await waitFor(() => expect(router.state.location.search).toMatch(/cat=/));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ranking for you'));
    expect(posted.filter((m) => 'kind' in m)).toHaveLength(1);
  },
);

it('sends no warm-up for a day in its own order', async () => {
  renderApp(`/daily/${DATE}`);
  expect(await screen.findByRole('heading', { level: 1, name: new RegExp(DATE) })).toBeVisible();
  expect(await screen.findAllByRole('article')).not.toHaveLength(0);
  expect(posted).toEqual([]);
});
