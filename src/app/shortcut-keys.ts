/**
 * The keyboard shortcuts' code (src/app/shortcuts.tsx) is not part of the first page load:
 * this listener loads it on the first key that could be a shortcut, and hands it that key.
 */
import { useEffect, useState } from 'react';

const KEYS = new Set(['j', 'k', 'o', 's', 'm', '/', 'g', 'h', '?', 'Enter']);

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** A key press the shortcuts may take: never one typed into a field or with a modifier. */
export function isShortcutEvent(e: KeyboardEvent): boolean {
  return (
    !e.defaultPrevented &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    !typing(e.target) &&
    KEYS.has(e.key) &&
    // Enter on a button or link is that control's own business.
    !(e.key === 'Enter' && !(e.target instanceof HTMLElement && e.target.matches('article')))
  );
}

type FirstKey = { key: string; target: EventTarget | null; preventDefault: () => void };
let firstKey: FirstKey | undefined;

export function takeFirstKey(): FirstKey | undefined {
  const k = firstKey;
  firstKey = undefined;
  return k;
}

/** Whether the shortcuts' code should be mounted (true from the first shortcut key on). */
export function useShortcutsWanted(): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
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
