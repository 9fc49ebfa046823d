/**
 * Files named *.json.gz are stored gzip-compressed (ADR 0014): the app reads them whether the
 * host sends them as they are or already decompressed, and a damaged one is a clear error.
 */
import { describe, expect, it } from 'vitest';
import { bytesText } from '@/lib/body-text';
import { DataError, fetchData } from '@/lib/data';
import type { CheckRequest, CheckResponse } from '@/lib/data-types';
import { DETAILS_FILE, dailyDetails } from './fixtures';

/** What the ingest writes: the text, gzip-compressed. */
async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Response(text).body!.pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('compressed data files in the app', () => {
  it('the app reads a .gz file sent as it is, or already decompressed by the host', async () => {
    const text = JSON.stringify({ hello: '世界' });
    const plain = new TextEncoder().encode(text);
    expect(await bytesText('x.json.gz', await gzip(text))).toBe(text);
    expect(await bytesText('x.json.gz', plain)).toBe(text);
    expect(await bytesText('x.json', plain)).toBe(text);
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

  it('a .gz file is read from its bytes and checked (here in the page: jsdom has no workers)', async () => {
    const realFetch = globalThis.fetch;
    const gz = await gzip(JSON.stringify(dailyDetails));
    globalThis.fetch = () => Promise.resolve(new Response(gz));
    try {
      expect(await fetchData(`${DETAILS_FILE}.gz`, 'dailyDetails')).toEqual(dailyDetails);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('the data worker decodes, decompresses and checks the bytes the page hands it', async () => {
    // The worker's module, run in this scope: its onmessage, and what it posts back.
    const scope = self as unknown as {
      onmessage: ((event: { data: CheckRequest }) => Promise<void>) | null;
      postMessage: (message: CheckResponse) => void;
    };
    const realPost = scope.postMessage;
    const posted: CheckResponse[] = [];
    scope.postMessage = (message) => posted.push(message);
    try {
      await import('@/lib/data-worker');
      const file = `${DETAILS_FILE}.gz`;
      const bytes = (await gzip(JSON.stringify(dailyDetails))).buffer;
      await scope.onmessage!({ data: { id: 1, file, schema: 'dailyDetails', bytes } });
      await scope.onmessage!({
        data: { id: 2, file, schema: 'dailyDetails', bytes: bytes.slice(0, 12) },
      });
      const plain = new TextEncoder().encode('{"not":"details"}').buffer;
      await scope.onmessage!({
        data: { id: 3, file: DETAILS_FILE, schema: 'dailyDetails', bytes: plain },
      });
      expect(posted[0]).toEqual({ id: 1, ok: true, data: dailyDetails });
      expect(posted[1]).toEqual({
        id: 2,
        ok: false,
        kind: 'invalid',
        message: `${file} is damaged: it could not be decompressed.`,
      });
      expect(posted[2]).toMatchObject({ id: 3, ok: false, kind: 'invalid' });
    } finally {
      scope.postMessage = realPost;
      scope.onmessage = null;
    }
  });
});
