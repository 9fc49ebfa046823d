/**
 * The keyboard shortcuts' code (src/app/shortcuts.tsx) is not part of the first page load:
 * this listener loads it on the first key that could be a shortcut, and hands it that key.
 */
import { useLayoutEffect, useState } from 'react';
import { isShortcutEvent } from '@/boot/shortcut-keys';

export { isShortcutEvent };

type FirstKey = { key: string; target: EventTarget | null; preventDefault: () => void };
let firstKey: FirstKey | undefined;

export function takeFirstKey(): FirstKey | undefined {
  const k = firstKey;
  firstKey = undefined;
  return k;
}

/**
 * Whether the shortcuts' code should be mounted (true from the first shortcut key on). Listening
 * from the commit that first shows the page, before it is painted: a passive effect runs after
 * the paint, and a key pressed on the first papers meanwhile was lost (now that a page's data
 * is often there at the first render, its papers and layout commit together).
 */
export function useShortcutsWanted(): boolean {
  const [wanted, setWanted] = useState(false);
  useLayoutEffect(() => {
    if (wanted) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcutEvent(e)) return;
      if (e.key === '/') e.preventDefault();
      firstKey = { key: e.key, target: e.target, preventDefault: () => undefined };
      setWanted(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wanted]);
  return wanted;
}
