/** The URL-state layer (src/lib/url-state.ts) that every page reads and writes its URL through. */
import { describe, expect, it } from 'vitest';
import { param, readUrlState, toggled, writeUrlState } from '@/lib/url-state';

const spec = {
  q: param.string(),
  cat: param.list(),
  from: param.date(),
  hide: param.flag('read'),
};

describe('URL state', () => {
  it('reads each parameter, with its default when absent or not valid', () => {
    expect(
      readUrlState(spec, new URLSearchParams('q=graph&cat=a&cat=b&cat=a&from=2026-13&hide=read')),
    ).toEqual({
      q: 'graph',
      cat: ['a', 'b'],
      from: '',
      hide: true,
    });
    expect(readUrlState(spec, new URLSearchParams(''))).toEqual({
      q: '',
      cat: [],
      from: '',
      hide: false,
    });
  });

  it('writes a change into the URL, keeping what it does not describe, leaving defaults out', () => {
    const before = new URLSearchParams('lang=zh&q=graph&cat=a');
    const after = writeUrlState(spec, before, { cat: toggled(['a'], 'b'), from: '2026-02-01' });
    expect(after.toString()).toBe('lang=zh&q=graph&cat=a&cat=b&from=2026-02-01');
    const cleared = writeUrlState(spec, after, { q: '  ', cat: [], hide: false, from: 'soon' });
    expect(cleared.toString()).toBe('lang=zh');
    // The params given are not changed.
    expect(before.toString()).toBe('lang=zh&q=graph&cat=a');
  });
});
