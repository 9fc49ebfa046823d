/**
 * Light, dark or the system's choice (the default), remembered in this browser. index.html
 * applies the stored choice before the first paint; this module keeps it in step afterwards.
 */
import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from './stored';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_KEY = 'digest-reader:theme';

const listeners = new Set<() => void>();
const media = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : undefined;

export function getTheme(): ThemeChoice {
  const v = readStored(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function applyTheme(choice: ThemeChoice = getTheme()): void {
  const dark = choice === 'dark' || (choice === 'system' && Boolean(media()?.matches));
  document.documentElement.classList.toggle('dark', dark);
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
