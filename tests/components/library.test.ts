import { beforeEach, describe, expect, it } from 'vitest';
import { arxivYear, bibtex, citationKey, plainCitation } from '@/entities/reading-list/citation';
import { getLibrary, toggleRead, toggleSaved } from '@/entities/reading-list/store';
import { addImported } from '@/features/library/imported';
import { exportLibrary, importLibrary } from '@/features/library/transfer';

const attention = {
  id: '1706.03762',
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit'],
  categories: ['cs.CL', 'cs.LG'],
};

describe('citations', () => {
  it('keys an entry as arXiv does: surname, year, first real words of the title', () => {
    expect(citationKey(attention)).toBe('vaswani2017attentionneed');
    expect(
      citationKey({
        ...attention,
        authors: ['José Müller-Lüdenscheidt'],
        title: 'On $O(n)$ Graphs',
      }),
    ).toBe('mullerludenscheidt2017graphs');
    expect(arxivYear('hep-th/9901001')).toBe(1999);
    expect(arxivYear('2602.05167')).toBe(2026);
  });

  it('writes arXiv’s @misc entry, escaping TeX specials outside math', () => {
    expect(bibtex({ ...attention, title: 'Top-5% & #1 of $a_1$ in R_n' })).toBe(
      [
        '@misc{vaswani2017top5,',
        '      title={Top-5\\% \\& \\#1 of $a_1$ in R\\_n},',
        '      author={Ashish Vaswani and Noam Shazeer and Niki Parmar and Jakob Uszkoreit},',
        '      year={2017},',
        '      eprint={1706.03762},',
        '      archivePrefix={arXiv},',
        '      primaryClass={cs.CL},',
        '      url={https://arxiv.org/abs/1706.03762},',
        '}',
      ].join('\n'),
    );
    expect(plainCitation(attention)).toBe(
      'Ashish Vaswani et al. Attention Is All You Need. arXiv:1706.03762 [cs.CL], 2017. https://arxiv.org/abs/1706.03762',
    );
  });
});

describe('the reading list store', () => {
  beforeEach(() => localStorage.clear());

  it('saves, unsaves and marks read; export and import round-trip', () => {
    toggleSaved({ ...attention, date: '2017-06-12' });
    toggleRead(attention.id);
    expect(Object.keys(getLibrary().saved)).toEqual([attention.id]);
    const file = exportLibrary();
    localStorage.clear();
    expect(importLibrary(file)).toBe(1);
    expect(getLibrary().saved[attention.id]).toMatchObject({
      title: attention.title,
      date: '2017-06-12',
    });
    expect(getLibrary().read[attention.id]).toBeTruthy();
    toggleSaved(attention);
    expect(getLibrary().saved).toEqual({});
  });

  it('carries the imported library through export and import, checked field by field', () => {
    addImported([
      { id: '2401.01234', title: 'In the archive', authors: ['A B'], date: '2024-01-03' },
      { title: 'Outside arXiv', abstract: 'Its abstract.', authors: [] },
    ]);
    const file = JSON.parse(exportLibrary());
    localStorage.clear();
    file.imported.push({ title: 42 }, { id: '<script>', title: '' });
    importLibrary(JSON.stringify(file));
    expect(Object.values(getLibrary().imported ?? {})).toEqual([
      expect.objectContaining({ id: '2401.01234', title: 'In the archive', date: '2024-01-03' }),
      expect.objectContaining({ title: 'Outside arXiv', abstract: 'Its abstract.' }),
    ]);
  });

  it('refuses a file that is not a reading list, changing nothing', () => {
    toggleSaved(attention);
    const before = JSON.stringify(getLibrary());
    expect(() => importLibrary('{oops')).toThrow('the file is not JSON');
    expect(() => importLibrary('{"saved": []}')).toThrow(
      'not a reading list exported by this reader',
    );
    expect(JSON.stringify(getLibrary())).toBe(before);
  });

  it('reads a damaged stored value as empty instead of failing', () => {
    localStorage.setItem('digest-reader:library', '{not json');
    expect(getLibrary()).toEqual({ saved: {}, read: {} });
  });
});
