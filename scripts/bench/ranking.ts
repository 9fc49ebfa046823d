/**
 * The For-you budgets (issue 18) in Chromium with the CPU slowed: a reader with five saved
 * papers from one day opens another day sorted For you.
 * - paint after data: the last ranking file received (the day's and the signals' days') to the
 *   ranked list painted with its reasons;
 * - re-rank: `Not interested` on the first card to the new order painted (the card leaves the
 *   top), and the longest main-thread task meanwhile;
 * - retrain: the same click to the order learned from the new signal painted (the status
 *   counts one more signal).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { APP_READY_MARK } from '../../src/boot/contract.ts';
import { tap } from './browser.ts';

export interface ForYouRun {
  paintAfterDataMs: number;
  /** Navigation to the ranked list painted with its reasons (what the reader waits for). */
  rankedMs: number;
  /**
   * From the later of the ranking data's arrival and the app's ready mark to the ranked list
   * painted: the data is fetched while the page starts (docs/decisions/0038), and no list is
   * painted by the app before it is ready.
   */
  paintAfterDataAndReadyMs: number;
  /** Not interested clicked to the new order painted. */
  rerankMs: number;
  /** Not interested clicked to the retrained order painted. */
  retrainMs: number;
  rerankLongestTaskMs: number;
}

const OBSERVE = `
  window.__tasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  window.__firstTitle = () => document.querySelector('article')?.getAttribute('aria-label') ?? '';
  window.__status = () => document.querySelector('[role="status"]')?.textContent ?? '';
  const watch = () => {
    if (window.__rankedAt === undefined && document.querySelector('[data-part="why"]')) {
      window.__rankedAt = -1;
      requestAnimationFrame(() => setTimeout(() => {
        window.__rankedAt = performance.timeOrigin + performance.now();
        console.debug('bench:ranked');
      }, 0));
    }
    if (window.__clickedAt !== undefined && window.__rerankedAt === undefined
        && window.__firstTitle() !== window.__before) {
      window.__rerankedAt = -1;
      requestAnimationFrame(() => setTimeout(() => { window.__rerankedAt = performance.now(); settled(); }, 0));
    }
    if (window.__clickedAt !== undefined && window.__retrainedAt === undefined
        && window.__status() !== window.__beforeStatus) {
      window.__retrainedAt = -1;
      requestAnimationFrame(() => setTimeout(() => { window.__retrainedAt = performance.now(); settled(); }, 0));
    }
  };
  const settled = () => {
    if (window.__rerankedAt > 0 && window.__retrainedAt > 0) console.debug('bench:reranked');
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true, attributes: true });
`;

interface ListFile {
  papers: { id: string; title: string; authors: string[]; categories: string[] }[];
}

/** A stored reading list of five papers of `date` sharing its most common primary category. */
export function libraryOf(dataDir: string, date: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as {
    dailies: { date: string; file: string }[];
  };
  const file = manifest.dailies.find((d) => d.date === date)!.file;
  const raw = readFileSync(path.join(dataDir, file));
  const list = JSON.parse((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString()) as ListFile;
  const counts = new Map<string, number>();
  for (const p of list.papers)
    counts.set(p.categories[0]!, (counts.get(p.categories[0]!) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const saved = list.papers
    .filter((p) => p.categories[0] === top)
    .slice(0, 5)
    .map((p) => [p.id, { ...p, date, savedAt: '2026-06-30T08:00:00.000Z' }]);
  return JSON.stringify({ saved: Object.fromEntries(saved), read: {} });
}

export async function measureForYou(
  browser: Browser,
  url: string,
  library: string,
  cpu: number,
  /** Also Not interested on the first card, and its figures (NaN without). */
  withRerank = true,
): Promise<ForYouRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(
      (lib) => localStorage.setItem('digest-reader:library', lib),
      library,
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.addInitScript({ content: OBSERVE });
    let dataAt = 0;
    page.on('requestfinished', (r) => {
      if (r.url().includes('/data/rank/')) dataAt = Math.max(dataAt, Date.now());
    });
    // Console messages, not page.waitForFunction: its polling runs Playwright's script in the
    // page (injected first, ~75 ms at 4x) while the page starts and ranks (docs/decisions/0038).
    const ranked = page.waitForEvent('console', {
      predicate: (m) => m.text() === 'bench:ranked',
      timeout: 60_000,
    });
    await page.goto(url);
    await ranked;
    const [rankedAt, origin, ready] = await page.evaluate((mark) => {
      const at = performance.getEntriesByName(mark)[0]?.startTime ?? NaN;
      return [
        (window as unknown as { __rankedAt: number }).__rankedAt,
        performance.timeOrigin,
        performance.timeOrigin + at,
      ];
    }, APP_READY_MARK);

    const rerank = withRerank
      ? await notInterestedOnFirst(page)
      : { ms: NaN, retrain: NaN, longest: NaN };
    return {
      paintAfterDataMs: Math.round(rankedAt - dataAt),
      rankedMs: Math.round(rankedAt - origin),
      paintAfterDataAndReadyMs: Math.round(rankedAt - Math.max(dataAt, ready)),
      rerankMs: Math.round(rerank.ms),
      retrainMs: Math.round(rerank.retrain),
      rerankLongestTaskMs: Math.round(rerank.longest),
    };
  } finally {
    await context.close();
  }
}

/**
 * Not interested on the first card: when the card left the top, when the retrained order was
 * painted, and the longest main-thread task from the click to both.
 */
async function notInterestedOnFirst(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      __before: string;
      __firstTitle: () => string;
      __beforeStatus: string;
      __status: () => string;
    };
    w.__before = w.__firstTitle();
    w.__beforeStatus = w.__status();
  });
  const button = page.getByRole('article').first().getByRole('button', { name: 'Not interested' });
  // From the click (the press's release: the tap presses for a moment, like a person).
  await button.evaluate((b) =>
    b.addEventListener(
      'click',
      (e) => ((window as unknown as { __clickedAt: number }).__clickedAt = e.timeStamp),
      { once: true, capture: true },
    ),
  );
  const settled = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'bench:reranked',
    timeout: 30_000,
  });
  await tap(page, button);
  await settled;
  return page.evaluate(() => {
    const w = window as unknown as {
      __clickedAt: number;
      __rerankedAt: number;
      __retrainedAt: number;
      __tasks: [number, number][];
    };
    const end = Math.max(w.__rerankedAt, w.__retrainedAt);
    // Tasks that overlap the wait: the click's own task starts before its time stamp is read.
    const during = w.__tasks.filter(
      ([start, duration]) => start + duration >= w.__clickedAt && start <= end,
    );
    return {
      ms: w.__rerankedAt - w.__clickedAt,
      retrain: w.__retrainedAt - w.__clickedAt,
      longest: Math.max(0, ...during.map(([, d]) => d)),
    };
  });
}
