import { describe, expect, it } from 'vitest';
import { authorGroups, authorshipTies, type AuthoredPaper } from '../../scripts/eval/authorship.ts';

const paper = (id: string, firstDate: string, ...authors: string[]): AuthoredPaper => ({
  id,
  firstDate,
  authors,
});

describe("the evaluation's authorship ties", () => {
  const reader = '@ada lovelace';
  const saved = [paper('s1', '2026-01-01', 'Ada Lovelace', 'Charles Babbage')];
  const archive = [
    ...saved,
    // Mary wrote with Charles (a co-author of a saved paper) on the 2nd.
    paper('a1', '2026-01-02', 'Mary Somerville', 'Charles Babbage'),
    // John writes with Charles only on the 9th.
    paper('a2', '2026-01-09', 'John Herschel', 'Charles Babbage'),
  ];
  const tie = authorshipTies(archive);

  it('finds a later paper that shares a co-author with a saved one, its spelling aside', () => {
    expect(tie(reader, saved, paper('l1', '2026-01-05', 'Ada Lovelace', 'CHARLES  BABBAGE'))).toBe(
      'co-author',
    );
  });

  it('never ties papers by the reader alone, whose name the protocol removes', () => {
    expect(tie(reader, saved, paper('l2', '2026-01-05', 'Ada Lovelace', 'Alan Turing'))).toBe(
      'none',
    );
  });

  it('ties a paper whose author wrote with a co-author of a saved paper on its day or before', () => {
    expect(tie(reader, saved, paper('l3', '2026-01-05', 'Ada Lovelace', 'Mary Somerville'))).toBe(
      'co-author of a co-author',
    );
    expect(tie(reader, saved, paper('l4', '2026-01-02', 'Mary Somerville'))).toBe(
      'co-author of a co-author',
    );
  });

  it('does not look at what was written after the paper appeared', () => {
    expect(tie(reader, saved, paper('l5', '2026-01-05', 'Ada Lovelace', 'John Herschel'))).toBe(
      'none',
    );
    expect(tie(reader, saved, paper('l6', '2026-01-10', 'John Herschel'))).toBe(
      'co-author of a co-author',
    );
  });
});

describe("the evaluation's author groups of a reader's saved papers", () => {
  it('joins papers that share a co-author, also through another saved paper, the reader aside', () => {
    const saved = [
      paper('a', '2026-01-01', 'Ada Lovelace', 'Charles Babbage'),
      paper('b', '2026-01-02', 'Ada Lovelace', 'Mary Somerville'),
      paper('c', '2026-01-03', 'Mary Somerville', 'Charles Babbage'),
      paper('d', '2026-01-04', 'Ada Lovelace', 'Alan Turing'),
      paper('e', '2026-01-05', 'Ada Lovelace'),
    ];
    // a, b and c are one group (b reaches a through c); d and e are alone.
    expect(authorGroups('@ada lovelace', saved)).toBe(3);
    // Counting the reader, all five would be one.
    expect(authorGroups('@nobody', saved)).toBe(1);
  });
});
