/**
 * Files named *.json.gz are stored gzip-compressed (ADR 0014): the app reads them whether the
 * host sends them as they are or already decompressed, and a damaged one is a clear error.
 */
import { describe, expect, it } from 'vitest';
import { DataError, bodyText, fetchData } from '@/lib/data';

/** What the ingest writes: the text, gzip-compressed. */
async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Response(text).body!.pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('compressed data files in the app', () => {
  it('the app reads a .gz file sent as it is, or already decompressed by the host', async () => {
    const text = JSON.stringify({ hello: '世界' });
    expect(await bodyText('x.json.gz', new Response(await gzip(text)))).toBe(text);
    expect(await bodyText('x.json.gz', new Response(text))).toBe(text);
    expect(await bodyText('x.json', new Response(text))).toBe(text);
  });

  it('a damaged .gz file is a clear data error, not a crash', async () => {
    const damaged = (await gzip(JSON.stringify({ hello: 'world' }))).subarray(0, 12);
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.resolve(new Response(damaged));
    try {
      const failure = await fetchData('details/x.json.gz', 'dailyDetails').catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(DataError);
      expect((failure as DataError).kind).toBe('invalid');
      expect((failure as DataError).message).toBe(
        'details/x.json.gz is damaged: it could not be decompressed.',
      );
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
