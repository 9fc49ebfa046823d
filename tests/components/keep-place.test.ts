import { afterEach, describe, expect, it } from 'vitest';
import { keepingPlace, lastPaperReached } from '@/entities/ranking/keep-place';
import { inForYouOrder, shownView } from '@/entities/ranking/for-you-state';

describe('keepingPlace', () => {
  const order = (ids: string) => new Map([...ids].map((id, i) => [id, i]));
  const ids = (o: ReadonlyMap<string, number>) => inForYouOrder([...'abcdefg'], o, (i) => i);

  it('keeps the papers down to the one reached where they were; the rest follow in the new order', () => {
    const shown = order('abcdefg');
    const next = order('dgacbef');
    expect(ids(keepingPlace(shown, next, 'c'))).toEqual([...'abcdgef']);
    expect(ids(keepingPlace(shown, next, 'g'))).toEqual([...'abcdefg']);
  });

  it('takes the new order whole when nothing is reached, or the paper reached is not in both', () => {
    const shown = order('abcdefg');
    const next = order('gfedcba');
    expect(keepingPlace(shown, next, undefined)).toBe(next);
    expect(keepingPlace(shown, next, 'z')).toBe(next);
    expect(keepingPlace(order('abc'), next, 'g')).toBe(next);
  });

  it('keeps a paper marked Not interested among those reached; the page still shows it last', () => {
    // "b" is marked; the reader has reached "d" (the card shown third).
    const kept = keepingPlace(order('abcdefg'), order('gfedcba'), 'd');
    expect(ids(kept)).toEqual([...'abcdgfe']);
    const shown = shownView(
      { status: 'ready', note: '', order: kept },
      { b: { at: '2026-12-04T00:00:00Z' } },
    );
    expect(ids(shown.order!)).toEqual([...'acdgfeb']);
  });
});

describe('lastPaperReached', () => {
  afterEach(() => document.body.replaceChildren());

  /** Cards at the given tops (px), the window 900 px tall; `marked` ones are Not interested. */
  function cards(tops: number[], marked: number[] = []) {
    Object.defineProperty(window, 'innerHeight', { value: 900, configurable: true });
    for (const [i, top] of tops.entries()) {
      const card = document.createElement('article');
      card.id = `paper-2601.0000${i}`;
      card.getBoundingClientRect = () => ({ top }) as DOMRect;
      const button = document.createElement('button');
      button.dataset.action = 'not-interested';
      button.setAttribute('aria-pressed', String(marked.includes(i)));
      card.append(button);
      document.body.append(card);
    }
  }

  it('is the last card starting above the bottom of the window', () => {
    cards([-400, 100, 500, 899, 900, 1300]);
    expect(lastPaperReached()).toBe('2601.00003');
  });

  it('passes over cards marked Not interested, and is undefined with no card', () => {
    expect(lastPaperReached()).toBeUndefined();
    cards([-400, 100, 500], [2]);
    expect(lastPaperReached()).toBe('2601.00001');
  });
});
