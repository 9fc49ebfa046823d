/**
 * Atom feeds of the newest papers, written by the ingest next to the data:
 *
 *   feeds/all.xml            every category
 *   feeds/CATEGORY.xml       one per primary category (cs.LG.xml, hep-th.xml, …)
 *
 * Names are stable (a feed URL must not change); each entry is one paper, newest first,
 * with its TL;DR and its arXiv link. `updated` comes from the data (the newest digest's
 * date), so an unchanged archive writes byte-identical feeds.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Feed } from 'feed';
import type { DailyDigest, Paper } from '../../src/schema/digest.ts';
import { removeUnlisted, writeAtomic } from './store.ts';

export const FEED_ALL_LIMIT = 300;
export const FEED_CATEGORY_LIMIT = 100;

export interface FeedOptions {
  /** The reader's public address (https://example.org/reader/): makes links absolute. */
  siteUrl?: string | undefined;
}

interface Listed {
  paper: Paper;
  date: string;
}

/** Each paper once, from its newest digest, newest digests first. */
function newestPapers(dailies: readonly DailyDigest[]): Listed[] {
  const seen = new Set<string>();
  const out: Listed[] = [];
  const sorted = [...dailies].sort(
    (a, b) => b.date.localeCompare(a.date) || (a.language ?? '~').localeCompare(b.language ?? '~'),
  );
  for (const d of sorted)
    for (const paper of d.papers)
      if (!seen.has(paper.id)) {
        seen.add(paper.id);
        out.push({ paper, date: d.date });
      }
  return out;
}

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
  const papers = newestPapers(dailies);
  const files = new Map<string, string>();
  files.set(
    'all.xml',
    atom('arXiv digest: all papers', 'all.xml', papers.slice(0, FEED_ALL_LIMIT), opts),
  );
  const byCategory = new Map<string, Listed[]>();
  for (const l of papers) {
    const c = l.paper.categories[0];
    if (!c) continue;
    const list = byCategory.get(c) ?? [];
    if (list.length < FEED_CATEGORY_LIMIT) list.push(l);
    byCategory.set(c, list);
  }
  for (const [c, list] of [...byCategory].sort(([a], [b]) => a.localeCompare(b)))
    files.set(`${c}.xml`, atom(`arXiv digest: ${c}`, `${c}.xml`, list, opts));
  return files;
}

/** Writes the feeds (unchanged ones are left alone) and removes feeds no longer made. */
export async function publishFeeds(
  dir: string,
  dailies: readonly DailyDigest[],
  opts: FeedOptions = {},
): Promise<number> {
  const files = buildFeeds(dailies, opts);
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
