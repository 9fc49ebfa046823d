/**
 * Light, dark or the system's choice (the default), remembered in this browser. The startup
 * script (src/boot/head.ts) applies the stored choice before the first paint, with the same
 * rule (src/boot/preferences.ts); this module keeps it in step afterwards.
 */
import { useSyncExternalStore } from 'react';
import { THEME_KEY } from '@/boot/contract';
import { isDark, themeChoice, type ThemeChoice } from '@/boot/preferences';
import { readStored, writeStored } from './stored';

export type { ThemeChoice };
export { THEME_KEY };

const listeners = new Set<() => void>();
const media = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : undefined;

export function getTheme(): ThemeChoice {
  return themeChoice(readStored(THEME_KEY));
}

export function applyTheme(choice: ThemeChoice = getTheme()): void {
  document.documentElement.classList.toggle('dark', isDark(choice, Boolean(media()?.matches)));
}

export function setTheme(choice: ThemeChoice): void {
  // Where storage is refused the choice is not remembered, but applies to this page.
  writeStored(THEME_KEY, choice === 'system' ? null : choice);
  applyTheme(choice);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Follow the system's setting from the moment this module loads, not only while a control
// that reads the theme is mounted (React subscribes only after its first commit), and catch
// up on a change made while the app's code was loading.
if (typeof document !== 'undefined') {
  media()?.addEventListener('change', () => applyTheme());
  applyTheme();
}

export function useTheme(): ThemeChoice {
  return useSyncExternalStore(subscribe, getTheme, () => 'system');
}
