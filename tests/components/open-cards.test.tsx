import { act, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import {
  createOpenCards,
  useCardOpen,
  useOpenLater,
  type OpenCards,
} from '@/features/daily/open-cards';

const counts = new Map<string, number>();
const drawn = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);

/** A card's open state, and how many times it was drawn. */
function Card({ cards, id }: { cards: OpenCards; id: string }) {
  const open = useCardOpen(cards, id);
  drawn(id);
  return <p data-testid={id}>{open ? 'open' : 'closed'}</p>;
}

/** What the page follows of the open cards (a range of days: which are open). */
function Page({ cards, which }: { cards: OpenCards; which: boolean }) {
  const ids = useOpenLater(cards, which);
  drawn('page');
  return <p data-testid="page">open: {[...ids].join(',') || 'none'}</p>;
}

beforeEach(() => counts.clear());

it('opening a card draws that card again, not the others nor a page that does not ask', async () => {
  const cards = createOpenCards();
  render(
    <>
      <Page cards={cards} which={false} />
      <Card cards={cards} id="a" />
      <Card cards={cards} id="b" />
    </>,
  );
  const [page, b] = [counts.get('page'), counts.get('b')];
  await act(async () => cards.toggle('a'));
  expect(screen.getByTestId('a')).toHaveTextContent('open');
  expect(screen.getByTestId('b')).toHaveTextContent('closed');
  expect(counts.get('b')).toBe(b);
  expect(screen.getByTestId('page')).toHaveTextContent('open: none');
  expect(counts.get('page')).toBe(page);
  await act(async () => cards.set(new Set(['a', 'b'])));
  expect(screen.getByTestId('b')).toHaveTextContent('open');
  await act(async () => cards.set(new Set()));
  expect(screen.getByTestId('a')).toHaveTextContent('closed');
  expect(screen.getByTestId('b')).toHaveTextContent('closed');
  expect(counts.get('page')).toBe(page);
});

it('tells a page that asks which cards are open (a range of days loads their days’ details), once per change', async () => {
  const cards = createOpenCards();
  render(<Page cards={cards} which />);
  const page = counts.get('page')!;
  await act(async () => cards.toggle('2606.00001'));
  await act(async () => cards.toggle('2606.00002'));
  expect(screen.getByTestId('page')).toHaveTextContent('open: 2606.00001,2606.00002');
  await act(async () => cards.toggle('2606.00001'));
  expect(screen.getByTestId('page')).toHaveTextContent('open: 2606.00002');
  expect(counts.get('page')).toBe(page + 3);
});
