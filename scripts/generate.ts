/**
 * npm run generate -- --days N --papers-per-day M --out DIR [--seed S] [--end YYYY-MM-DD]
 *                     [--repeat FRACTION]
 *
 * Writes DIR/DATE_AI_enhanced_Chinese.jsonl for N consecutive days ending at --end: our own
 * synthetic pipeline output for benchmarks and tests at scale. Deterministic for a seed.
 * --repeat: that fraction of each day's papers are the previous day's, listed again (the real
 * data branch lists about 23% of its papers on more than one day: weekend files repeat
 * Friday's).
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
    repeat: { type: 'string', default: '0' },
  },
});
const repeat = Number(values.repeat);
const days = Number(values.days);
const perDay = Number(values['papers-per-day']);
const seed = Number(values.seed);
if (
  !values.out ||
  !Number.isInteger(days) ||
  days < 1 ||
  !Number.isInteger(perDay) ||
  perDay < 0 ||
  !Number.isInteger(seed) ||
  !(repeat >= 0 && repeat < 1)
) {
  process.stderr.write(
    'usage: npm run generate -- --days N --papers-per-day M --out DIR [--seed S] [--end YYYY-MM-DD] [--repeat FRACTION]\n',
  );
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
let bytes = 0;
let previous: string[] = [];
dates(days, values.end).forEach((date, i) => {
  // The previous day's own new papers (not its repeats, which would then repeat for ever).
  const again = previous.slice(0, Math.round(repeat * perDay));
  const fresh = generateDay(seed, i, date, perDay - again.length).map((r) => JSON.stringify(r));
  const lines = [...again, ...fresh];
  previous = fresh;
  const text = `${lines.join('\n')}\n`;
  writeFileSync(path.join(values.out!, `${date}_AI_enhanced_Chinese.jsonl`), text);
  bytes += Buffer.byteLength(text);
});
process.stdout.write(
  `wrote ${days} days × ${perDay} papers (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`,
);
