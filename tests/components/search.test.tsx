import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../scripts/ingest/search-index';
import { documentTables, search } from '@/search/engine';
import { tokenize } from '@/search/tokenize';
import { searchMetaSchema } from '@/schema/search';
import { DATE, daily, manifest, serveArchive } from './fixtures';
import { files } from './msw-server';
import { renderApp } from './render-app';

const other = {
  ...daily,
  date: '2026-02-01',
  papers: [
    { ...daily.papers[1]!, id: '2602.00001', title: 'Older Protein Widgets' },
    daily.papers[1]!,
  ],
};
/** Runs `fn` as the browser would run a timer: React schedules its updates, act flushes none. */
function outsideAct(fn: () => void) {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const before = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    fn();
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = before;
  }
}

const built = buildSearchIndex([daily, other], { shards: 4, chunk: 2 });
const BASE = 'search/testbuild/';

function serveIndex() {
  for (const [name, content] of built.files) files.set(`${BASE}${name}`, content);
  files.set('manifest.json', { ...manifest, search: `${BASE}meta.json` });
}

describe('search index and engine', () => {
  const meta = searchMetaSchema.parse(JSON.parse(built.files.get('meta.json')!));
  const tables = documentTables(meta);
  const load = async (path: string) => JSON.parse(built.files.get(path.slice(BASE.length))!);
  const run = (q: string, filters = {}) => search(meta, tables, q, filters, load, BASE);
  const ids = async (q: string, filters = {}) => (await run(q, filters)).hits.map((h) => h.id);

  it('has each paper once, with every date that lists it', async () => {
    expect(meta.docs).toBe(4);
    expect((await run('protein')).hits.map((h) => [h.id, h.d])).toEqual([
      ['2602.00001', ['2026-02-01']],
      ['2603.00002', [DATE, '2026-02-01']],
    ]);
  });

  it('finds Chinese by bigrams, English by stems, ids, and requires every term', async () => {
    expect(await ids('蛋白质')).toContain('2603.00002');
    expect((await run('Widget')).total).toBe(4);
    // Both match; the one with "Fold" in its title ranks first.
    expect(await ids('widgets fold')).toEqual(['2603.00002', '2602.00001']);
    expect(await ids('2603.00001')).toEqual(['2603.00001']);
    expect((await run('widgets nonexistentterm')).total).toBe(0);
  });

  it('ranks title matches above abstract matches', async () => {
    expect((await ids('graph'))[0]).toBe('2603.00001');
  });

  it('filters by category and by the date a paper first appeared', async () => {
    expect(await ids('widgets', { category: 'hep-th' })).toEqual(['2603.00003']);
    // 2603.00002 was listed on 2026-02-01 before 2026-03-04: it belongs to February.
    expect((await ids('widgets', { from: '2026-03-01' })).sort()).toEqual([
      '2603.00001',
      '2603.00003',
    ]);
    expect(await ids('protein', { to: '2026-02-28' })).toEqual(['2602.00001', '2603.00002']);
  });

  it('tokenizes the same way for text and query', () => {
    expect(tokenize('Networks of Müller')).toEqual(tokenize('network MULLER'));
    expect(tokenize('蛋白质')).toEqual(['蛋白', '白质']);
  });
});

describe('search page', () => {
  beforeEach(() => {
    serveArchive();
    serveIndex();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the query in the URL and links each result to its paper page', async () => {
    renderApp('/search?q=protein');
    expect(await screen.findByRole('status')).toHaveTextContent('2 papers match “protein”.');
    const link = screen.getByRole('link', { name: 'Older Protein Widgets' });
    expect(link).toHaveAttribute('href', '/paper/2602.00001');
    expect(screen.getByRole('link', { name: 'Protein Widgets Fold' })).toHaveAttribute(
      'href',
      '/paper/2603.00002',
    );
  });

  it('typing searches and writes the query into the URL; filters combine', async () => {
    const { user, router } = renderApp('/search');
    await user.type(await screen.findByRole('searchbox'), '蛋白质');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('蛋白质'),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('2 papers match “蛋白质”.');
    await user.type(screen.getByLabelText('To'), '2026-02-28');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'widgets');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('2 papers match “widgets”.'),
    );
    const list = within(screen.getByRole('main')).getByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Older Protein Widgets', 'Protein Widgets Fold']);
    // Where each result matched is marked (the query's word, in the title's own case).
    expect(within(list).getAllByText('Widgets', { selector: 'mark' })).toHaveLength(2);
  });

  it('a letter typed while the URL catches up with the box is kept', async () => {
    const { router } = renderApp('/search');
    const box = await screen.findByRole('searchbox');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(box, { target: { value: 'w' } });
    // Typing pauses: the query goes into the URL, and that render waits (it is a transition,
    // scheduled as in a browser, not flushed by act)...
    outsideAct(() => vi.advanceTimersByTime(1000));
    // ...while the next letter arrives and is rendered first.
    fireEvent.change(box, { target: { value: 'wi' } });
    expect(box).toHaveValue('wi');
    outsideAct(() => vi.advanceTimersByTime(1000));
    vi.useRealTimers();
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('wi'),
    );
    expect(box).toHaveValue('wi');
  });

  it('the header search box opens the search page with the query', async () => {
    const { user, router } = renderApp(`/daily/${DATE}`);
    await user.type(
      await screen.findByRole('textbox', { name: 'Search the archive' }),
      'graph{enter}',
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    await screen.findByRole('heading', { level: 1, name: 'Search the archive' });
    expect(await screen.findByRole('status')).toHaveTextContent('1 paper matches “graph”.');
    // A long author list is shortened as on the paper cards.
    expect(
      screen.getByText('Author Number1, Author Number2, Author Number3, and 9 more'),
    ).toBeVisible();
  });

  it('shows the best ten results, and ten more on request', async () => {
    const many = {
      ...daily,
      date: '2026-01-10',
      papers: Array.from({ length: 23 }, (_, i) => ({
        ...daily.papers[1]!,
        id: `2601.${String(i + 1).padStart(5, '0')}`,
        title: `Lattice Widget ${i + 1}`,
      })),
    };
    const index = buildSearchIndex([many], { shards: 4, chunk: 5 });
    for (const [name, content] of index.files) files.set(`${BASE}${name}`, content);
    const { user } = renderApp('/search?q=lattice');
    expect(await screen.findByRole('status')).toHaveTextContent(
      '23 papers match “lattice”; the best 10 are shown.',
    );
    expect(
      within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('link'),
    ).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() =>
      expect(
        within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('link'),
      ).toHaveLength(20),
    );
    await user.click(screen.getByRole('button', { name: 'Show more results' }));
    await waitFor(() =>
      expect(
        within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('link'),
      ).toHaveLength(23),
    );
    expect(screen.queryByRole('button', { name: 'Show more results' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('23 papers match “lattice”.');
  });

  it('an archive without an index says so', async () => {
    files.set('manifest.json', manifest);
    renderApp('/search?q=protein');
    expect(await screen.findByRole('alert')).toHaveTextContent('This archive has no search index.');
  });
});
