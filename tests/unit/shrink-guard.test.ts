import { describe, expect, it } from 'vitest';
import { shrinkVerdict } from '../../scripts/ingest/shrink-guard.ts';

describe('shrinkVerdict', () => {
  it('publishes a new day, or one with as many papers or more', () => {
    expect(shrinkVerdict('2026-02-05.zh', undefined, 3, false)).toEqual({ publish: true });
    expect(
      shrinkVerdict('2026-02-05.zh', { key: '2026-02-05.zh', papers: 174 }, 174, false),
    ).toEqual({ publish: true });
    expect(
      shrinkVerdict('2026-02-05.zh', { key: '2026-02-05.zh', papers: 174 }, 175, false),
    ).toEqual({ publish: true });
  });

  it('keeps a published day that the source would shrink, and says how much', () => {
    expect(shrinkVerdict('2026-02-05.zh', { key: '2026-02-05.zh', papers: 174 }, 1, false)).toEqual(
      {
        publish: false,
        reason: 'kept published 2026-02-05.zh (174 papers); this source has 1',
      },
    );
    expect(shrinkVerdict('2026-02-05.zh', { key: '2026-02-05.zh', papers: 174 }, 0, false)).toEqual(
      {
        publish: false,
        reason: 'kept published 2026-02-05.zh (174 papers); this source has 0',
      },
    );
  });

  it('publishes nothing for a source with no readable paper', () => {
    expect(shrinkVerdict('2026-06-30.en', undefined, 0, false)).toEqual({
      publish: false,
      reason: 'no readable paper; nothing published for 2026-06-30.en',
    });
  });

  it('names the digest it keeps: a summarised source would replace the abstracts-only day', () => {
    expect(shrinkVerdict('2026-01-07.zh', { key: '2026-01-07.raw', papers: 3 }, 1, false)).toEqual({
      publish: false,
      reason: 'kept published 2026-01-07.raw (3 papers); this source has 1',
    });
  });

  it('does as told with --allow-shrink', () => {
    expect(shrinkVerdict('2026-02-05.zh', { key: '2026-02-05.zh', papers: 174 }, 1, true)).toEqual({
      publish: true,
    });
    expect(shrinkVerdict('2026-06-30.en', undefined, 0, true)).toEqual({ publish: true });
  });
});
