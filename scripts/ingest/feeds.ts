/**
 * Atom feeds of the newest papers, written by the ingest next to the data:
 *
 *   feeds/all.xml            every category
 *   feeds/CATEGORY.xml       one per primary category (cs.LG.xml, hep-th.xml, …)
 *   feeds/watch-NAME.xml     one per watch of `--watches FILE` (keyword, author, category;
 *                            its negative keywords leave their papers out of every one)
 *
 * Names are stable (a feed URL must not change); each entry is one paper, newest first,
 * with its TL;DR and its arXiv link. `updated` comes from the data (the newest digest's
 * date), so an unchanged archive writes byte-identical feeds.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Feed } from 'feed';
import type { DailyDigest, Paper } from '../../src/schema/digest.ts';
import { removeUnlisted, writeAtomic } from './files.ts';
import type { DayInfo } from './published.ts';
import { watchMatcher, type WatchMatcher } from '../../src/entities/watches/match.ts';
import type { Watch } from '../../src/entities/watches/types.ts';
import { fold } from '../../src/search/fold.ts';

export const FEED_ALL_LIMIT = 300;
export const FEED_CATEGORY_LIMIT = 100;
/**
 * Feeds look back over the newest this-many listed dates at most: a rare category's feed
 * would otherwise reach back through the whole archive on every run (ADR 0015), for entries
 * no subscriber is waiting for.
 */
export const FEED_DAYS = 31;

export interface FeedOptions {
  /** The reader's public address (https://example.org/reader/): makes links absolute. */
  siteUrl?: string | undefined;
  /** A fork owner's watches (the reader's JSON export): one feed per watch. */
  watches?: readonly Watch[] | undefined;
}

/** A watch's feed file: `watch-author-jose-garcia.xml`, stable for the same watch. */
export function watchFeedName(w: Watch): string {
  const slug = fold(w.value)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `watch-${w.kind}-${encodeURIComponent(slug || 'x').replace(/%/g, '')}.xml`;
}

interface Listed {
  paper: Paper;
  date: string;
}

/**
 * The newest listing of each paper, newest day first, kept only as far as the feeds need:
 * FEED_ALL_LIMIT papers, and FEED_CATEGORY_LIMIT of each primary category.
 */
class NewestPapers {
  readonly all: Listed[] = [];
  readonly byCategory = new Map<string, Listed[]>();
  readonly byWatch = new Map<string, Listed[]>();
  private readonly seen = new Set<string>();
  private readonly feedWatches: readonly Watch[];
  private readonly match: WatchMatcher;

  constructor(watches: readonly Watch[] = []) {
    this.feedWatches = watches.filter((w) => w.kind !== 'negative');
    for (const w of this.feedWatches) this.byWatch.set(w.value, []);
    this.match = watchMatcher(watches);
  }

  /** Days must come newest first. */
  add(d: DailyDigest): void {
    for (const paper of d.papers) {
      if (this.seen.has(paper.id)) continue;
      this.seen.add(paper.id);
      const listed = { paper, date: d.date };
      if (this.all.length < FEED_ALL_LIMIT) this.all.push(listed);
      if (this.feedWatches.length > 0) {
        const hits = this.match({ ...paper, tldr: paper.summary.tldr });
        if (hits.negative.length === 0)
          for (const name of hits.watches) {
            const list = this.byWatch.get(name);
            if (list && list.length < FEED_CATEGORY_LIMIT) list.push(listed);
          }
      }
      const c = paper.categories[0];
      if (!c) continue;
      const list = this.byCategory.get(c) ?? [];
      if (list.length < FEED_CATEGORY_LIMIT) list.push(listed);
      this.byCategory.set(c, list);
    }
  }

  /** Whether older days can add nothing: every feed, of these categories, is full. */
  full(categories: Iterable<string>): boolean {
    if (this.all.length < FEED_ALL_LIMIT) return false;
    for (const list of this.byWatch.values()) if (list.length < FEED_CATEGORY_LIMIT) return false;
    for (const c of categories)
      if (c && (this.byCategory.get(c)?.length ?? 0) < FEED_CATEGORY_LIMIT) return false;
    return true;
  }

  /** One feed for all and one per category (empty for a category not listed lately). */
  files(opts: FeedOptions, categories: Iterable<string> = []): Map<string, string> {
    const files = new Map<string, string>();
    files.set('all.xml', atom('arXiv digest: all papers', 'all.xml', this.all, opts));
    const names = new Set([...categories, ...this.byCategory.keys()].filter(Boolean));
    for (const c of [...names].sort((a, b) => a.localeCompare(b)))
      files.set(
        `${c}.xml`,
        atom(`arXiv digest: ${c}`, `${c}.xml`, this.byCategory.get(c) ?? [], opts),
      );
    for (const w of this.feedWatches) {
      const name = watchFeedName(w);
      files.set(
        name,
        atom(`arXiv digest: ${w.kind} ${w.value}`, name, this.byWatch.get(w.value) ?? [], opts),
      );
    }
    return files;
  }
}

const newestFirst = <T extends { date: string; language: string | null }>(a: T, b: T) =>
  b.date.localeCompare(a.date) || (a.language ?? '~').localeCompare(b.language ?? '~');

function atom(title: string, name: string, items: readonly Listed[], opts: FeedOptions): string {
  const site = opts.siteUrl?.replace(/\/?$/, '/');
  const updated = new Date(`${items[0]?.date ?? '1970-01-01'}T00:00:00Z`);
  const feed = new Feed({
    id: site ? `${site}data/feeds/${name}` : `urn:arxiv-digest-reader:feed:${name}`,
    title,
    description: 'New arXiv papers with AI summaries, from the arXiv Digest Reader.',
    updated,
    generator: 'arXiv Digest Reader ingest',
    // Atom wants an author for the feed unless every entry has one (some papers list none).
    author: { name: 'arXiv Digest Reader' },
    copyright: 'Summaries and abstracts belong to their authors.',
    ...(site ? { link: site, feedLinks: { atom: `${site}data/feeds/${name}` } } : {}),
  });
  for (const { paper, date } of items) {
    const abs = `https://arxiv.org/abs/${paper.id}`;
    const tldr = paper.summary.tldr ?? paper.abstract.slice(0, 600);
    feed.addItem({
      id: abs,
      title: paper.title,
      link: site ? `${site}paper/${paper.id}` : abs,
      date: new Date(`${date}T00:00:00Z`),
      description: tldr,
      author: paper.authors.slice(0, 20).map((name) => ({ name })),
      category: paper.categories.map((c) => ({ term: c, name: c })),
    });
  }
  return feed.atom1();
}

/** The feed files for an archive: file name (under feeds/) → Atom XML. */
export function buildFeeds(
  dailies: readonly DailyDigest[],
  opts: FeedOptions = {},
): Map<string, string> {
  const newest = new NewestPapers(opts.watches);
  for (const d of [...dailies].sort(newestFirst)) newest.add(d);
  return newest.files(opts);
}

/**
 * Writes the feeds (unchanged ones are left alone) and removes feeds no longer made. Days are
 * read newest first, one at a time, until every feed is full.
 */
export async function publishFeeds(
  dir: string,
  dailies: readonly { info: DayInfo }[],
  load: (index: number) => Promise<DailyDigest>,
  opts: FeedOptions = {},
): Promise<number> {
  const newest = new NewestPapers(opts.watches);
  const categories = new Set(dailies.flatMap((d) => Object.keys(d.info.categories)));
  const order = dailies.map((d, i) => ({ ...d.info, i })).sort(newestFirst);
  const dates = new Set<string>();
  for (const { i, date } of order) {
    dates.add(date);
    if (newest.full(categories) || dates.size > FEED_DAYS) break;
    newest.add(await load(i));
  }
  const files = newest.files(opts, categories);
  const feedsDir = path.join(dir, 'feeds');
  for (const [name, xml] of files) {
    const target = path.join(feedsDir, name);
    const current = await fs.readFile(target, 'utf8').catch(() => null);
    if (current !== xml) await writeAtomic(target, xml);
  }
  const keep = new Set([...files.keys()].map((n) => `feeds/${n}`));
  await removeUnlisted(dir, ['feeds'], keep, '.xml');
  return files.size;
}
