import { describe, expect, it } from 'vitest';
import { LibraryFileError, parseLibrary } from '@/features/library/parse-library';

const bib = String.raw`
@string{jml = "Journal of Machine Learning"}
@article{garcia2024,
  title = {Graph {Neural} Networks for \"Ubung with $x^2$},
  author = {Garc{\'i}a, Jos{\'e} and Wang, Yi},
  abstract = {We study <img src=x onerror=alert(1)> graphs.},
  eprint = {2401.01234v2}, archivePrefix = {arXiv}, primaryClass = {cs.LG},
  journal = jml, year = 2024
}
@comment{ignored}
@misc{doe, title = {A Linked Preprint}, author = {Doe, Jane}, url = {https://arxiv.org/abs/2312.00001v3}}
@inproceedings{old, title = {Strings Old}, author = {Smith, A.}, journal = {arXiv preprint arXiv:hep-th/9901001}}
@book{nothing, author = {Nobody}}
`;

const ris = `TY  - JOUR
TI  - Diffusion Models at Scale
AU  - Smith, John
AU  - Lee, Kim
AB  - An abstract of a diffusion paper.
DO  - 10.48550/arXiv.2402.05555
ER  - 

TY  - BOOK
TI  - A Book Outside arXiv
AU  - Author, Some
ER  - 
`;

describe('Import library: parsing a reader’s file', () => {
  it('reads BibTeX: TeX to text, arXiv ids from eprint, links and journal notes', () => {
    const r = parseLibrary('mine.bib', bib);
    expect(r.format).toBe('bibtex');
    expect(r.skipped).toBe(1);
    expect(r.entries).toEqual([
      {
        arxivId: '2401.01234',
        title: 'Graph Neural Networks for Übung with x²',
        abstract: 'We study <img src=x onerror=alert(1)> graphs.',
        authors: ['José García', 'Yi Wang'],
      },
      { arxivId: '2312.00001', title: 'A Linked Preprint', abstract: '', authors: ['Jane Doe'] },
      { arxivId: 'hep-th/9901001', title: 'Strings Old', abstract: '', authors: ['A. Smith'] },
    ]);
  });

  it('reads RIS, with the arXiv DOI as the id, and entries outside arXiv by their text', () => {
    const r = parseLibrary('export.ris', ris);
    expect(r.format).toBe('ris');
    expect(r.entries).toEqual([
      {
        arxivId: '2402.05555',
        title: 'Diffusion Models at Scale',
        abstract: 'An abstract of a diffusion paper.',
        authors: ['John Smith', 'Kim Lee'],
      },
      { title: 'A Book Outside arXiv', abstract: '', authors: ['Some Author'] },
    ]);
  });

  it('reads a list of ids in any of the ways people write them, once each', () => {
    const r = parseLibrary(
      'ids.txt',
      '2401.01234\narXiv:2312.00001v2, https://arxiv.org/abs/2401.01234\nhep-th/9901001\n',
    );
    expect(r.format).toBe('ids');
    expect(r.entries.map((e) => e.arxivId)).toEqual(['2401.01234', '2312.00001', 'hep-th/9901001']);
  });

  it('knows BibTeX and RIS by their content when the name does not say', () => {
    expect(parseLibrary('library.txt', bib).format).toBe('bibtex');
    expect(parseLibrary('export', ris).format).toBe('ris');
  });

  it('refuses broken and hostile files with a reason', () => {
    const fails = (name: string, text: string): string => {
      let error: unknown = null;
      try {
        parseLibrary(name, text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LibraryFileError);
      return (error as Error).message;
    };
    expect(fails('broken.bib', '@article{a, title = {Unclosed, author = {X}\n')).toMatch(
      /could not be read \(.*line/,
    );
    expect(fails('empty.bib', '% only a comment\n')).toBe('no paper found in it');
    expect(fails('notes.txt', 'my favourite papers are about graphs')).toBe(
      'it is not BibTeX, RIS or a list of arXiv ids',
    );
    expect(fails('mixed.txt', '2401.01234 and many words that are not ids at all')).toMatch(
      /not arXiv ids/,
    );
    expect(fails('image.bib', 'GIF89a\u0000\u0001')).toBe('it is not a text file');
    expect(fails('huge.txt', '2401.01234\n'.repeat(2_300_000))).toBe('it is larger than 25 MB');
  });
});
