/**
 * npm run prerender -- [DIST]      (npm run build runs it on dist)
 *
 * Writes DIST/daily/DATE.html for every long day in DIST/data, so that its first cards are
 * painted from HTML before the app's JavaScript runs (scripts/prerender/run.ts, ADR 0011).
 */
import path from 'node:path';
import { prerender } from './prerender/run.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const dates = await prerender(dist);
process.stdout.write(`prerendered ${dates.length} long day(s) into ${path.join(dist, 'daily')}\n`);
