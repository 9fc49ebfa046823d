import { describe, expect, it } from 'vitest';
import { addDays, daysIn, mergeDays } from '@/features/daily/range';
import type { DailyList, Manifest } from '@/schema/digest';
import { dailyList, manifest } from './fixtures';

const day = (date: string, ids: string[]): DailyList => ({
  ...dailyList,
  date,
  papers: ids.map((id) => ({ ...dailyList.papers[0]!, id, title: `Paper ${id} of ${date}` })),
});

describe('a range of days', () => {
  it('lists each paper once, from its latest listing, with every date it was listed on', () => {
    const m = mergeDays([
      day('2026-03-06', ['a', 'b']),
      day('2026-03-09', ['c', 'a']),
      day('2026-03-07', ['a', 'b']),
    ]);
    expect(m.papers.map((p) => p.title)).toEqual([
      'Paper c of 2026-03-09',
      'Paper a of 2026-03-09',
      'Paper b of 2026-03-07',
    ]);
    expect(m.dates.get('a')).toEqual(['2026-03-06', '2026-03-07', '2026-03-09']);
    expect(m.dates.get('b')).toEqual(['2026-03-06', '2026-03-07']);
    expect(m.dayOf.get('b')!.date).toBe('2026-03-07');
    expect(m.listings).toBe(6);
  });

  it('takes one digest per date in the range, in the language asked for when there are two', () => {
    const entry = manifest.dailies[0]!;
    const m: Manifest = {
      ...manifest,
      dailies: [
        { ...entry, date: '2026-03-09', language: 'zh', file: 'daily/9.zh.json' },
        { ...entry, date: '2026-03-09', language: 'en', file: 'daily/9.en.json' },
        { ...entry, date: '2026-03-07', language: 'zh', file: 'daily/7.zh.json' },
        { ...entry, date: '2026-03-01', language: 'zh', file: 'daily/1.zh.json' },
      ],
    };
    expect(daysIn(m, '2026-03-02', '2026-03-09', 'en')).toEqual([
      { date: '2026-03-09', file: 'daily/9.en.json' },
      { date: '2026-03-07', file: 'daily/7.zh.json' },
    ]);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
