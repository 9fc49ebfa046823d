/**
 * npm run eval:similar -- DATA_DIR
 *
 * A sanity figure for the similar papers the ingest publishes (scripts/ingest/similar.ts): how
 * often a paper's neighbours share its primary category, and share an author, against as many
 * papers drawn at random from the archive. Prints a small table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dailyListSchema, dailySimilarSchema, manifestSchema } from '../src/schema/digest.ts';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npm run eval:similar -- DATA_DIR (an ingested data folder)\n');
  process.exit(2);
}
const read = (rel: string): unknown => {
  const bytes = readFileSync(path.join(dir, rel));
  return JSON.parse((rel.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
};
const manifest = manifestSchema.parse(read('manifest.json'));
const papers = new Map<string, { primary: string; authors: Set<string> }>();
for (const d of manifest.dailies)
  for (const p of dailyListSchema.parse(read(d.file)).papers)
    papers.set(p.id, { primary: p.categories[0] ?? '', authors: new Set(p.authors) });
const ids = [...papers.keys()];
// A fixed-seed generator: the random baseline is the same on every run.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const tally = { pairs: 0, category: 0, author: 0, randomCategory: 0, randomAuthor: 0, withAny: 0 };
const seen = new Set<string>();
for (const file of Object.values(manifest.similar ?? {})) {
  for (const [id, near] of Object.entries(dailySimilarSchema.parse(read(file)).papers)) {
    if (seen.has(id) || !papers.has(id)) continue;
    seen.add(id);
    const p = papers.get(id)!;
    if (near.length > 0) tally.withAny += 1;
    for (const [other] of near) {
      const q = papers.get(other);
      const r = papers.get(ids[Math.floor(random() * ids.length)]!)!;
      if (!q) continue;
      tally.pairs += 1;
      if (q.primary === p.primary) tally.category += 1;
      if ([...q.authors].some((a) => p.authors.has(a))) tally.author += 1;
      if (r.primary === p.primary) tally.randomCategory += 1;
      if ([...r.authors].some((a) => p.authors.has(a))) tally.randomAuthor += 1;
    }
  }
}
const pct = (n: number) => `${((100 * n) / Math.max(1, tally.pairs)).toFixed(1)}%`;
process.stdout.write(
  [
    `${seen.size} papers, ${tally.withAny} with neighbours, ${tally.pairs} neighbour pairs`,
    '',
    '| neighbours | same primary category | share an author |',
    '| --- | --- | --- |',
    `| similar papers | ${pct(tally.category)} | ${pct(tally.author)} |`,
    `| random papers | ${pct(tally.randomCategory)} | ${pct(tally.randomAuthor)} |`,
    '',
  ].join('\n'),
);
