import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DATE, WEEKLY_FILE, serveArchive, weekly } from './fixtures';
import { files } from './msw-server';
import { renderApp } from './render-app';

beforeEach(serveArchive);

describe('weekly digest page', () => {
  it('shows title, range, counts and every section', async () => {
    renderApp(`/weekly/${weekly.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: weekly.title })).toBeVisible();
    expect(screen.getByText(/Mar 2 – Mar 8, 2026/)).toBeVisible();
    expect(screen.getByText(/30 papers analyzed/)).toBeVisible();
    for (const h of [
      'Summary',
      'Key Takeaway',
      'Breakthroughs',
      'Trends',
      'Notable Papers',
      'Honorable Mentions',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: h })).toBeVisible();
    }
  });

  it('shows each breakthrough as an article with its four labelled parts and arXiv link', async () => {
    renderApp(`/weekly/${weekly.id}`);
    const article = await screen.findByRole('article', { name: /Quantum widgets/ });
    for (const part of ['Why Novel', 'Key Innovations', 'Evidence', 'Impact'])
      expect(within(article).getByRole('heading', { name: part })).toBeVisible();
    expect(within(article).getByText('Entangled hinges')).toBeVisible();
    expect(within(article).getByRole('link', { name: 'arXiv:2603.00009' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2603.00009',
    );
  });

  it('turns arXiv ids in prose into links', async () => {
    renderApp(`/weekly/${weekly.id}`);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByRole('link', { name: '2603.00009' })).toHaveAttribute(
      'href',
      '/paper/2603.00009',
    );
  });

  it('shows the papers linked to a trend when it is turned on', async () => {
    const { user, router } = renderApp(`/weekly/${weekly.id}`);
    const group = await screen.findByRole('group', { name: 'Trends' });
    const toggle = within(group).getByRole('button', { name: 'Proteins meet widgets' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const panel = screen.getByRole('region', { name: 'Trend: Proteins meet widgets' });
    expect(within(panel).getByText('Widgets that fold like proteins.')).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Protein Widgets Fold' })).toHaveAttribute(
      'href',
      `/daily/${DATE}#paper-2603.00002`,
    );
    expect(router.state.location.search).toBe('?trend=Proteins+meet+widgets');
  });

  it('links notable papers to their daily card', async () => {
    renderApp(`/weekly/${weekly.id}`);
    const notable = await screen.findByRole('region', { name: 'Notable Papers' });
    expect(within(notable).getByRole('link', { name: 'Protein Widgets Fold' })).toHaveAttribute(
      'href',
      `/daily/${DATE}#paper-2603.00002`,
    );
  });

  it('an unreadable weekly file: an alert, and Try again recovers', async () => {
    files.set(WEEKLY_FILE, 'not json');
    const { user } = renderApp(`/weekly/${weekly.id}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('is not valid JSON');
    files.set(WEEKLY_FILE, weekly);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: /Quantum widgets/ })).toBeVisible();
  });

  it('an unknown weekly id', async () => {
    renderApp('/weekly/nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no weekly digest “nope”.');
  });
});

describe('paper page', () => {
  it('shows the paper with every section open and where it is listed', async () => {
    renderApp('/paper/2603.00001');
    expect(await screen.findByRole('heading', { level: 1, name: /Graph Widgets/ })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Abstract' })).toBeVisible();
    for (const h of ['Motivation', 'Method', 'Result', 'Conclusion', 'Abstract'])
      expect(screen.getByRole('heading', { name: h })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Details/ })).not.toBeInTheDocument();
    const listed = screen.getByRole('region', { name: 'Listed in' });
    expect(within(listed).getByRole('link', { name: `Daily digest ${DATE}` })).toBeVisible();
    expect(await within(listed).findByText(/trend “Graph widgets”/)).toBeVisible();
  });

  it('a paper that is in no digest, including an old-style id', async () => {
    renderApp('/paper/hep-th/9901001');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'arXiv:hep-th/9901001 is not in any digest of this archive.',
    );
    expect(screen.getByRole('link', { name: 'Open it on arXiv' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/hep-th/9901001',
    );
  });
});

describe('home and not found', () => {
  it('shows the newest daily and weekly digests and the archive by month', async () => {
    renderApp('/');
    const latest = await screen.findByRole('region', { name: 'Latest daily digest' });
    expect(within(latest).getByRole('link', { name: DATE })).toHaveAttribute(
      'href',
      `/daily/${DATE}`,
    );
    expect(screen.getByRole('region', { name: 'Latest weekly digest' })).toHaveTextContent(
      weekly.title,
    );
    const march = screen.getByRole('region', { name: 'March 2026' });
    expect(
      within(march)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([weekly.title, DATE, '2026-03-03']);
  });

  it('links to what is new since the last visit, sorted For you once the reader has taught it', async () => {
    const sinceLink = async (library: object | null) => {
      if (library) localStorage.setItem('digest-reader:library', JSON.stringify(library));
      const { unmount } = renderApp('/');
      const link = await screen.findByRole('link', { name: /since your last visit/ });
      const href = link.getAttribute('href');
      unmount();
      return href;
    };
    expect(await sinceLink(null)).toBe('/since');
    // Not interested alone teaches it nothing to put first.
    const dismissed = { saved: {}, read: {}, dismissed: { '2603.00001': { at: DATE } } };
    expect(await sinceLink(dismissed)).toBe('/since');
    // Nor do a negative keyword, a saved paper with no day (the ranker has no data for it)
    // and an imported id the archive does not list, with no title: the ranker's own rule.
    const unusable = {
      ...dismissed,
      saved: {
        '2603.00002': { id: '2603.00002', title: 'T', authors: [], categories: [], savedAt: DATE },
      },
      imported: { 'arxiv:2101.00001': { id: '2101.00001', title: '', authors: [], at: DATE } },
      watches: [{ kind: 'negative', value: 'survey', at: DATE }],
    };
    expect(await sinceLink(unusable)).toBe('/since');
    const watches = [...unusable.watches, { kind: 'author', value: 'Bea Biologist', at: DATE }];
    expect(await sinceLink({ ...unusable, watches })).toBe('/since?sort=for-you');
    localStorage.clear();
  });

  it('the manifest cannot be loaded: an alert, the header still works', async () => {
    files.delete('manifest.json');
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'manifest.json was not found (HTTP 404)',
    );
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'arXiv Digest Reader' }),
    ).toBeVisible();
  });

  it('an unknown address shows a not-found page with a link home', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Go to the home page' }),
    ).toHaveAttribute('href', '/');
  });
});
