/**
 * npm ci refuses a lockfile that lacks an optional dependency of a locked package (this
 * registry mirror lacked some platform builds of newer Tailwind releases, and npm install
 * silently left them out). Catch that here, before CI does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

it('package-lock.json records every optional dependency', () => {
  const lock = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../package-lock.json'), 'utf8'),
  ) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const names = Object.keys(lock.packages);
  const missing = Object.values(lock.packages)
    .flatMap((p) => Object.keys(p.optionalDependencies ?? {}))
    .filter((dep) => !names.some((n) => n.endsWith(`node_modules/${dep}`)));
  expect([...new Set(missing)]).toEqual([]);
});
