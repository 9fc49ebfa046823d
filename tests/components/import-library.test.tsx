import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLibrary } from '@/entities/reading-list/store';
import { DATE, serveArchive } from './fixtures';
import { renderApp } from './render-app';

beforeEach(() => {
  localStorage.clear();
  serveArchive();
});

const bib = `@article{ours, title = {Graph Widgets Again}, author = {Number1, Author},
  eprint = {2603.00001}, archivePrefix = {arXiv}}
@article{theirs, title = {Widgets <b>Elsewhere</b>}, author = {Else, Some},
  abstract = {Widgets published outside arXiv.}}
`;

describe('Import library on the reading list', () => {
  it('reads a .bib file, finds its arXiv papers in the archive, lists them, and can be undone', async () => {
    const { user } = renderApp('/reading-list');
    const input = await screen.findByLabelText(/Import library/);
    await user.upload(input, new File([bib], 'mine.bib', { type: 'application/x-bibtex' }));
    expect(
      await screen.findByText('mine.bib: 2 papers read, 2 new, 1 found in this archive.'),
    ).toBeVisible();
    expect(getLibrary().imported).toMatchObject({
      '2603.00001': { id: '2603.00001', title: 'Graph Widgets Again', date: DATE },
    });
    // Markup in a file is text.
    expect(screen.getByText('Widgets <b>Elsewhere</b>', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/2 papers of your own library teach the For-you order/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Remove imported library' }));
    expect(await screen.findByText(/Removed 2 imported papers/)).toBeVisible();
    expect(getLibrary().imported).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(Object.keys(getLibrary().imported ?? {})).toHaveLength(2));
  });

  it('says what is wrong with a broken file and changes nothing', async () => {
    const { user } = renderApp('/reading-list');
    const input = await screen.findByLabelText(/Import library/);
    await user.upload(input, new File(['@article{a, title = {Unclosed'], 'broken.bib'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /broken\.bib was not imported: it could not be read .*Nothing was changed\./,
    );
    expect(getLibrary().imported).toBeUndefined();
  });
});
