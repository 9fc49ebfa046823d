import { describe, expect, it } from 'vitest';
import { searchMatches } from '../../src/search/highlight';
import { tokenize } from '../../src/search/tokenize';

/** The highlighted parts of `text` for a search of `query`, as the results page shows them. */
function marked(text: string, query: string): string[] {
  return searchMatches(text, tokenize(query)).map((r) => text.slice(r.start, r.end));
}

describe('search result highlighting', () => {
  it('marks whole words whose stem the query has, in any case or inflection', () => {
    expect(marked('Graph Networks for networked happiness', 'network happy')).toEqual([
      'Networks',
      'networked',
      'happiness',
    ]);
    expect(marked('Efficient studies of efficiency', 'study')).toEqual(['studies']);
  });

  it('ignores stop words and never marks part of a longer word', () => {
    expect(marked('The theory of the thermostat', 'the therm')).toEqual([]);
  });

  it('folds accents as the index does', () => {
    expect(marked('Méthodes de Fréchet', 'frechet')).toEqual(['Fréchet']);
  });

  it('marks Chinese by the query bigrams, merging overlapping ones', () => {
    expect(marked('本文提出一种大语言模型的新方法', '语言模型')).toEqual(['语言模型']);
    expect(marked('模型与语言', '语言模型')).toEqual(['模型', '语言']);
  });

  it('marks numbers only when equal', () => {
    expect(marked('Top-1 on 2025 data, 20250 rows', '2025')).toEqual(['2025']);
  });
});
