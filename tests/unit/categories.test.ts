import { describe, expect, it } from 'vitest';
import { splitCategories } from '../../scripts/ingest/categories.ts';

describe('splitCategories', () => {
  it('keeps arXiv codes in order, primary first, without duplicates', () => {
    expect(splitCategories(['cs.CL', 'cs.LG', 'cs.CL'])).toEqual({
      categories: ['cs.CL', 'cs.LG'],
      classifications: [],
    });
  });

  it('reads full names with the code in parentheses', () => {
    expect(
      splitCategories(['Machine Learning (cs.LG)', 'Artificial Intelligence (cs.AI)']).categories,
    ).toEqual(['cs.LG', 'cs.AI']);
    expect(splitCategories('Robotics (cs.RO); Systems and Control (eess.SY)').categories).toEqual([
      'cs.RO',
      'eess.SY',
    ]);
  });

  it('keeps ACM and MSC codes apart from the filterable categories', () => {
    expect(
      splitCategories(['cs.CL', 'I.2.7; I.4.m', '68T50, 68T05', 'hep-th', 'cond-mat.str-el']),
    ).toEqual({
      categories: ['cs.CL', 'hep-th', 'cond-mat.str-el'],
      classifications: ['I.2.7', 'I.4.m', '68T50', '68T05'],
    });
  });

  it('does not take arbitrary words for categories', () => {
    expect(splitCategories(['agent', 'cs.AI']).categories).toEqual(['cs.AI']);
  });
});
