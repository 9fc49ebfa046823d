/**
 * npm run generate -- --days N --papers-per-day M --out DIR [--seed S] [--end YYYY-MM-DD]
 *
 * Writes DIR/DATE_AI_enhanced_Chinese.jsonl for N consecutive days ending at --end: our own
 * synthetic pipeline output for benchmarks and tests at scale. Deterministic for a seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dates, generateDay } from './generate/synthetic.ts';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '1' },
    'papers-per-day': { type: 'string', default: '532' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    end: { type: 'string', default: '2026-06-30' },
  },
});
const days = Number(values.days);
const perDay = Number(values['papers-per-day']);
const seed = Number(values.seed);
if (
  !values.out ||
  !Number.isInteger(days) ||
  days < 1 ||
  !Number.isInteger(perDay) ||
  perDay < 0 ||
  !Number.isInteger(seed)
) {
  process.stderr.write(
    'usage: npm run generate -- --days N --papers-per-day M --out DIR [--seed S] [--end YYYY-MM-DD]\n',
  );
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
let bytes = 0;
dates(days, values.end).forEach((date, i) => {
  const lines = generateDay(seed, i, date, perDay).map((r) => JSON.stringify(r));
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path.join(values.out!, `${date}_AI_enhanced_Chinese.jsonl`), text);
  bytes += Buffer.byteLength(text);
});
process.stdout.write(
  `wrote ${days} days × ${perDay} papers (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`,
);
