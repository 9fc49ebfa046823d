/**
 * Which of a list's cards are open. A small store, not the page's state: opening a card
 * renders that card alone (its row reads its own entry, `useCardOpen`), not the filters, the
 * day's hooks and the list as well (at 4x CPU on a 532-paper day, the Details tap's own
 * render was ~80 ms of React's work in a profile, most of it not the card's). A range of days
 * follows which cards are open in a transition (`useOpenLater`).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useLater } from '@/lib/later';

export interface OpenCards {
  subscribe: (listener: () => void) => () => void;
  /** The open cards' paper ids (a new set on each change). */
  get: () => ReadonlySet<string>;
  set: (ids: ReadonlySet<string>) => void;
  toggle: (id: string) => void;
}

export function createOpenCards(): OpenCards {
  let open: ReadonlySet<string> = new Set();
  const listeners = new Set<() => void>();
  const set = (ids: ReadonlySet<string>) => {
    open = ids;
    for (const l of listeners) l();
  };
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => open,
    set,
    toggle: (id) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      set(next);
    },
  };
}

/** Whether the card of paper `id` is open; its row renders again when that changes. */
export function useCardOpen(cards: OpenCards, id: string): boolean {
  const { subscribe, get } = cards;
  return useSyncExternalStore(
    subscribe,
    () => get().has(id),
    () => false,
  );
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The open cards for the page, after the tap is painted (a range of days loads the details of
 * each open card's day); none when `wanted` is false.
 */
export function useOpenLater(cards: OpenCards, wanted: boolean): ReadonlySet<string> {
  const { subscribe, get } = cards;
  return useLater(
    subscribe,
    useCallback(() => (wanted ? get() : NONE), [wanted, get]),
  );
}
