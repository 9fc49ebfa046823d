import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { beforeEach, expect, it } from 'vitest';
import {
  toggleDismissed,
  toggleSaved,
  useLibraryLater,
  useLibraryValue,
  type Library,
} from '@/entities/reading-list/store';

const paper = (id: string) => ({ id, title: id, authors: [], categories: [] });

/** Shows a paper's saved state and how many times it was drawn. */
function SavedState({ id }: { id: string }) {
  const saved = useLibraryValue((lib) => Boolean(lib.saved[id]));
  const renders = (counts.get(id) ?? 0) + 1;
  counts.set(id, renders);
  return <p data-testid={id}>{saved ? 'saved' : 'not saved'}</p>;
}
const counts = new Map<string, number>();

beforeEach(() => {
  localStorage.clear();
  counts.clear();
});

it('draws a paper’s control again when its own state changes, not when another paper’s does', () => {
  render(
    <>
      <SavedState id="2601.00001" />
      <SavedState id="2601.00002" />
    </>,
  );
  const before = counts.get('2601.00002');
  act(() => toggleSaved(paper('2601.00001')));
  expect(screen.getByTestId('2601.00001')).toHaveTextContent(/^saved$/);
  expect(screen.getByTestId('2601.00002')).toHaveTextContent(/^not saved$/);
  expect(counts.get('2601.00002')).toBe(before);
  act(() => toggleSaved(paper('2601.00001')));
  expect(screen.getByTestId('2601.00001')).toHaveTextContent(/^not saved$/);
});

/** Shows how many papers are saved, drawn from the saved part of the list. */
function SavedCount() {
  const saved = useLibraryValue((lib) => lib.saved);
  counts.set('part', (counts.get('part') ?? 0) + 1);
  return <p data-testid="count">{Object.keys(saved).length} saved</p>;
}

it('draws what reads one part of the list again when that part changes, not on Not interested elsewhere', () => {
  render(<SavedCount />);
  act(() => toggleSaved(paper('2601.00001')));
  expect(screen.getByTestId('count')).toHaveTextContent('1 saved');
  const before = counts.get('part');
  // A paper that is not saved marked Not interested: the saved papers are as they were.
  act(() => toggleDismissed('2601.00009', '2026-06-30'));
  expect(counts.get('part')).toBe(before);
  // The saved paper marked Not interested leaves the saved papers.
  act(() => toggleDismissed('2601.00001', '2026-06-30'));
  expect(screen.getByTestId('count')).toHaveTextContent('0 saved');
});

const dismissedOf = (lib: Library) => lib.dismissed;

/** Shows how many papers are marked Not interested, following the list a little later. */
function DismissedCount() {
  const dismissed = useLibraryLater(dismissedOf);
  counts.set('later', (counts.get('later') ?? 0) + 1);
  return <p data-testid="dismissed">{Object.keys(dismissed ?? {}).length} not interested</p>;
}

/** Marks a paper Not interested as it mounts: after its siblings' render, before their effects. */
function DismissOnMount() {
  useLayoutEffect(() => toggleDismissed('2601.00001', '2026-06-30'), []);
  return null;
}

it('follows the list in one render per change when read later, a change before it subscribed included', () => {
  render(
    <>
      <DismissedCount />
      <DismissOnMount />
    </>,
  );
  expect(screen.getByTestId('dismissed')).toHaveTextContent('1 not interested');
  const before = counts.get('later')!;
  act(() => toggleDismissed('2601.00002', '2026-06-30'));
  expect(screen.getByTestId('dismissed')).toHaveTextContent('2 not interested');
  expect(counts.get('later')).toBe(before + 1);
  // A change to another part of the list does not draw it.
  act(() => toggleSaved(paper('2601.00003')));
  expect(counts.get('later')).toBe(before + 1);
});
