import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLibrary, setLibrary, type Watch } from '@/entities/reading-list/store';
import { watchMatcher } from '@/entities/watches/match';
import { exportLibrary, importLibrary } from '@/features/library/transfer';
import { DATE, serveArchive } from './fixtures';
import { renderApp } from './render-app';

const watch = (kind: Watch['kind'], value: string): Watch => ({ kind, value, at: '2026-12-01' });
const paper = (title: string, authors: string[] = [], tldr = '', categories = ['cs.LG']) => ({
  title,
  authors,
  categories,
  tldr,
});

describe('watch matching', () => {
  it('matches keywords as phrases, ignoring case, accents and a plural ending', () => {
    const match = watchMatcher([
      watch('keyword', 'graph neural network'),
      watch('keyword', 'café'),
    ]);
    expect(match(paper('Scalable Graph Neural Networks')).watches).toEqual([
      'graph neural network',
    ]);
    expect(match(paper('Graph-neural network pruning')).watches).toEqual(['graph neural network']);
    expect(match(paper('A neural graph network')).watches).toEqual([]);
    expect(match(paper('Graph neural networking')).watches).toEqual([]);
    expect(match(paper('The CAFE benchmark')).watches).toEqual(['café']);
  });

  it('matches Chinese keywords in the TL;DR as written', () => {
    const match = watchMatcher([watch('keyword', '扩散模型'), watch('negative', '综述')]);
    expect(match(paper('Video', [], '本文提出一种扩散 模型方法。')).watches).toEqual(['扩散模型']);
    expect(match(paper('Survey', [], '这是一篇综述。')).negative).toEqual(['综述']);
    expect(match(paper('Other', [], '无关。'))).toEqual({ watches: [], negative: [] });
  });

  it('matches authors by family name with initials and accents agreeing', () => {
    const match = watchMatcher([watch('author', 'J. García'), watch('author', 'LeCun, Yann')]);
    const names = (authors: string[]) => match(paper('x', authors)).watches;
    expect(names(['José Garcia'])).toEqual(['J. García']);
    expect(names(['Juan Pablo García'])).toEqual(['J. García']);
    expect(names(['Maria García'])).toEqual([]);
    expect(names(['Y. LeCun'])).toEqual(['LeCun, Yann']);
    expect(names(['Yann LeCun', 'J García'])).toEqual(['J. García', 'LeCun, Yann']);
    expect(names(['Yann Lecunn'])).toEqual([]);
  });

  it('matches categories, and goes through the JSON export', () => {
    const match = watchMatcher([watch('category', 'hep-th')]);
    expect(match(paper('x', [], '', ['hep-th', 'gr-qc'])).watches).toEqual(['hep-th']);
    expect(match(paper('x', [], '', ['gr-qc', 'hep-th'])).watches).toEqual(['hep-th']);
    expect(match(paper('x')).watches).toEqual([]);

    localStorage.clear();
    setLibrary({ saved: {}, read: {}, watches: [watch('author', 'Bea Biologist')] });
    const file = JSON.parse(exportLibrary());
    localStorage.clear();
    file.watches.push({ kind: 'script', value: '<x>' }, { kind: 'keyword', value: '  ' });
    importLibrary(JSON.stringify(file));
    expect(getLibrary().watches).toEqual([watch('author', 'Bea Biologist')]);
  });
});

describe('watches in the daily page', () => {
  beforeEach(() => {
    localStorage.clear();
    serveArchive();
  });

  it('names the watches on each card, narrows to Watched, and hides negative keywords with a count', async () => {
    setLibrary({
      saved: {},
      read: {},
      watches: [
        watch('keyword', 'graph widget'),
        watch('author', 'B. Biologist'),
        watch('negative', 'strings'),
      ],
    });
    const { user } = renderApp(`/daily/${DATE}`);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Showing 2 of 3 papers · 1 hidden by negative keywords');
    const graph = screen.getByRole('article', { name: /Graph Widgets/ });
    expect(within(graph).getByText('Watches: graph widget')).toBeVisible();
    const protein = screen.getByRole('article', { name: /Protein Widgets/ });
    expect(within(protein).getByText('Watches: B. Biologist')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Show muted (1)' }));
    expect(screen.getByRole('button', { name: 'Show muted (1)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const strings = await screen.findByRole('article', { name: /Strings/ });
    expect(within(strings).getByText('Negative keyword: strings')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 papers');

    await user.click(screen.getByRole('button', { name: 'Watched' }));
    expect(screen.getByRole('button', { name: 'Watched' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 3 papers');
  });

  it('adds and removes watches on /watches', async () => {
    const { user } = renderApp('/watches');
    await user.selectOptions(await screen.findByLabelText('Kind'), 'Author');
    await user.type(screen.getByLabelText('Keyword, name or category'), 'Cy Physicist{Enter}');
    expect(await screen.findByText('Added Author: Cy Physicist.')).toBeVisible();
    expect(getLibrary().watches).toMatchObject([{ kind: 'author', value: 'Cy Physicist' }]);
    await user.type(screen.getByLabelText('Keyword, name or category'), 'cy physicist{Enter}');
    expect(await screen.findByText('Not added: it is empty or already there.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove Author: Cy Physicist' }));
    expect(getLibrary().watches).toEqual([]);
    expect(screen.getByText('No watches yet.')).toBeVisible();
  });
});
