import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DAILY_FILE, DATE, DETAILS_FILE, dailyDetails, serveArchive } from './fixtures';
import { files, requests } from './msw-server';
import { renderApp } from './render-app';

beforeEach(serveArchive);

const status = () => screen.getByRole('status');
const articleTitles = () => screen.getAllByRole('article').map((a) => a.getAttribute('id'));

describe('daily digest page', () => {
  it('shows the day, its papers grouped by category, and each card’s essentials', async () => {
    renderApp(`/daily/${DATE}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(DATE) }),
    ).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: 'Protein Widgets Fold' });
    expect(within(card).getByRole('link', { name: 'Protein Widgets Fold' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2603.00002',
    );
    expect(within(card).getByText('Bea Biologist')).toBeVisible();
    expect(within(card).getByText('蛋白质部件快速折叠。')).toBeVisible();
    expect(within(card).getByRole('link', { name: /PDF/ })).toHaveAttribute(
      'href',
      'https://arxiv.org/pdf/2603.00002',
    );
    expect(screen.getByRole('heading', { level: 2, name: /cs\.LG/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /hep-th/ })).toBeInTheDocument();
    expect(status()).toHaveTextContent('Showing 3 of 3 papers');
  });

  it('opens Details with the sections the data has, labelled, and leaves the others out', async () => {
    const { user } = renderApp(`/daily/${DATE}`);
    const card = await screen.findByRole('article', { name: 'Protein Widgets Fold' });
    const details = within(card).getByRole('button', { name: /Details/, expanded: false });
    expect(within(card).queryByRole('heading', { name: 'Method' })).not.toBeInTheDocument();
    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(await within(card).findByRole('heading', { name: 'Method' })).toBeVisible();
    for (const label of ['Method', 'Data', 'Abstract'])
      expect(within(card).getByRole('heading', { name: label })).toBeVisible();
    for (const label of ['Motivation', 'Result', 'Conclusion'])
      expect(within(card).queryByRole('heading', { name: label })).not.toBeInTheDocument();
    expect(within(card).getByText('Protein widgets fold quickly.')).toBeVisible();
    expect(
      within(card).getByText(/AI summary in 中文 · original abstract in English/),
    ).toBeVisible();
  });

  it('expands and collapses every card', async () => {
    const { user } = renderApp(`/daily/${DATE}`);
    await screen.findAllByRole('article');
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(
      screen
        .getAllByRole('button', { name: /Details/ })
        .every((b) => b.getAttribute('aria-expanded') === 'true'),
    ).toBe(true);
    expect(await screen.findAllByRole('heading', { name: 'Abstract' })).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.queryAllByRole('heading', { name: 'Abstract' })).toHaveLength(0);
  });

  it('paints the list without the details, fetching them once, when a card is opened', async () => {
    const { user } = renderApp(`/daily/${DATE}`);
    const card = await screen.findByRole('article', { name: 'Graph Widgets with $O(n^2)$ Edges' });
    expect(requests).toContain(DAILY_FILE);
    expect(requests).not.toContain(DETAILS_FILE);
    await user.click(within(card).getByRole('button', { name: /Details/ }));
    expect(await within(card).findByText('动机：图部件很难。')).toBeVisible();
    expect(within(card).getByText('12 pages')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(await screen.findAllByRole('heading', { name: 'Abstract' })).toHaveLength(3);
    expect(requests.filter((r) => r === DETAILS_FILE)).toHaveLength(1);
  });

  it('details that cannot be loaded: a message in the card, and Try again recovers', async () => {
    files.delete(DETAILS_FILE);
    const { user } = renderApp(`/daily/${DATE}`);
    const card = await screen.findByRole('article', { name: 'Protein Widgets Fold' });
    await user.click(within(card).getByRole('button', { name: /Details/ }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('The details could not be loaded');
    expect(alert).toHaveTextContent('HTTP 404');
    // The rest of the page keeps working.
    expect(within(card).getByText('蛋白质部件快速折叠。')).toBeVisible();
    // Hovering or focusing another card's Details does not fetch the failed file again:
    // only Try again does.
    const tries = requests.filter((r) => r === DETAILS_FILE).length;
    const other = screen.getAllByRole('article').find((a) => a !== card)!;
    await user.hover(within(other).getByRole('button', { name: /Details/ }));
    within(other)
      .getByRole('button', { name: /Details/ })
      .focus();
    expect(requests.filter((r) => r === DETAILS_FILE)).toHaveLength(tries);
    files.set(DETAILS_FILE, dailyDetails);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(card).findByText('Protein widgets fold quickly.')).toBeVisible();
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('falls back to the abstract, with a note, when a paper has no summary', async () => {
    renderApp(`/daily/${DATE}`);
    const card = await screen.findByRole('article', { name: /Strings/ });
    expect(within(card).getByText(/No AI summary for this paper/)).toBeVisible();
  });

  it('shortens long author lists with a way to show all', async () => {
    const { user } = renderApp(`/daily/${DATE}`);
    const card = await screen.findByRole('article', { name: /Graph Widgets/ });
    expect(within(card).queryByText(/Author Number12/)).not.toBeInTheDocument();
    expect(within(card).getByText(/and 4 more/)).toBeVisible();
    await user.click(within(card).getByRole('button', { name: 'Show all 12 authors' }));
    expect(within(card).getByText(/Author Number12/)).toBeVisible();
  });

  it('filters by category (union), updates the count and the URL, and All clears it', async () => {
    const { user, router } = renderApp(`/daily/${DATE}`);
    const group = await screen.findByRole('group', { name: 'Categories' });
    const lg = within(group).getByRole('button', { name: /^cs\.LG\s*2$/ });
    await user.click(lg);
    expect(lg).toHaveAttribute('aria-pressed', 'true');
    expect(status()).toHaveTextContent('Showing 2 of 3 papers');
    expect(articleTitles()).toEqual(['paper-2603.00001', 'paper-2603.00002']);
    expect(router.state.location.search).toBe('?cat=cs.LG');
    await user.click(within(group).getByRole('button', { name: /^hep-th\s*1$/ }));
    expect(status()).toHaveTextContent('Showing 3 of 3 papers');
    await user.click(within(group).getByRole('button', { name: /All/ }));
    expect(lg).toHaveAttribute('aria-pressed', 'false');
    expect(router.state.location.search).toBe('');
  });

  it('filters by the trends of the week covering the day', async () => {
    const { user } = renderApp(`/daily/${DATE}`);
    const trends = await screen.findByRole('group', { name: 'Trends' });
    await user.click(within(trends).getByRole('button', { name: 'Proteins meet widgets' }));
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 3 papers'));
    expect(articleTitles()).toEqual(['paper-2603.00002']);
  });

  it('filters by text in Chinese and English, highlighting the matches', async () => {
    const { user, router } = renderApp(`/daily/${DATE}`);
    const box = await screen.findByRole('searchbox', { name: /Filter papers/ });
    await user.type(box, '蛋白质');
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 3 papers'));
    const card = screen.getByRole('article', { name: 'Protein Widgets Fold' });
    expect(within(card).getByText('蛋白质', { selector: 'mark' })).toBeVisible();
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('蛋白质'),
    );
    await user.clear(box);
    await user.type(box, 'bea');
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 3 papers'));
    // Words only in an abstract or a summary section match once the details have arrived.
    await user.clear(box);
    await user.type(box, 'vibrate');
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 3 papers'));
    expect(articleTitles()).toEqual(['paper-2603.00003']);
    expect(requests).toContain(DETAILS_FILE);
  });

  it('keeps every keystroke when typing pauses long enough for each to reach the URL', async () => {
    const { router } = renderApp(`/daily/${DATE}`);
    const slow = userEvent.setup({ delay: 330 });
    const box = await screen.findByRole('searchbox', { name: /Filter papers/ });
    await slow.type(box, 'bea');
    expect(box).toHaveValue('bea');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('bea'),
    );
    expect(box).toHaveValue('bea');
    expect(status()).toHaveTextContent('Showing 1 of 3 papers');
  });

  it('restores filters from the URL, and back/forward move through them', async () => {
    const { user, router } = renderApp(`/daily/${DATE}?cat=hep-th&q=string`);
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 3 papers'));
    expect(screen.getByRole('button', { name: /^hep-th/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('searchbox')).toHaveValue('string');
    await user.click(screen.getByRole('button', { name: /^cs\.LG/ }));
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 3 papers'));
    await act(() => router.navigate(-1));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^cs\.LG/ })).toHaveAttribute(
        'aria-pressed',
        'false',
      ),
    );
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const { user } = renderApp(`/daily/${DATE}?q=zzzz-nothing`);
    expect(await screen.findByText('No papers match these filters.')).toBeVisible();
    expect(status()).toHaveTextContent('Showing 0 of 3 papers');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(status()).toHaveTextContent('Showing 3 of 3 papers'));
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('never turns text from the data into markup', async () => {
    renderApp(`/daily/${DATE}`);
    const card = await screen.findByRole('article', { name: /Strings/ });
    expect(card).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('links to the previous day', async () => {
    renderApp(`/daily/${DATE}`);
    expect(await screen.findByRole('link', { name: /Previous day/ })).toHaveAttribute(
      'href',
      '/daily/2026-03-03',
    );
  });
});

describe('daily digest errors', () => {
  it('a missing digest file: an alert in place, no retries, the header still there', async () => {
    files.delete(DAILY_FILE);
    renderApp(`/daily/${DATE}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This daily digest could not be loaded.');
    expect(alert).toHaveTextContent('HTTP 404');
    expect(within(screen.getByRole('main')).getByRole('alert')).toBe(alert);
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'arXiv Digest Reader' }),
    ).toBeVisible();
    expect(requests.filter((r) => r === DAILY_FILE)).toHaveLength(1);
  });

  it('a truncated file and a file of the wrong shape each say what failed', async () => {
    files.set(DAILY_FILE, '{"schemaVersion": 1, "papers": [');
    const view = renderApp(`/daily/${DATE}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('is not valid JSON');
    view.unmount();
    files.set(DAILY_FILE, { schemaVersion: 1, kind: 'daily', date: DATE, papers: 'many' });
    renderApp(`/daily/${DATE}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('does not match the digest format');
  });

  it('offline: its own alert and a waiting message, no endless spinner; loads when back', async () => {
    // Offline and nothing cached: each file is tried once (a service worker might have it),
    // fails, and waits for the connection.
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValue(new TypeError('Failed to fetch'));
    onlineManager.setOnline(false);
    try {
      renderApp(`/daily/${DATE}`);
      expect(await screen.findByRole('alert')).toHaveTextContent('You are offline.');
      expect(await screen.findByRole('status')).toHaveTextContent('Waiting for the connection');
      expect(screen.queryByLabelText('Loading')).not.toBeInTheDocument();
    } finally {
      fetchSpy.mockRestore();
      act(() => onlineManager.setOnline(true));
    }
    expect(await screen.findByRole('article', { name: 'Protein Widgets Fold' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a date with no digest', async () => {
    renderApp('/daily/2020-01-01');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no daily digest for 2020-01-01.',
    );
  });
});
