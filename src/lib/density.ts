/**
 * The paper cards' density, `full` (the default) or `compact`, remembered in this browser.
 * The startup script (src/boot/head.ts) sets it on `<html>` before the first paint; the cards
 * style themselves from that attribute (the `compact:` variant in src/index.css), so a change
 * restyles every card without re-rendering the list.
 */
import { useSyncExternalStore } from 'react';
import { ATTR, DENSITY_KEY, type Density } from '@/boot/contract';
import { readStored, writeStored } from './stored';

export type { Density };

const listeners = new Set<() => void>();

export function getDensity(): Density {
  return readStored(DENSITY_KEY) === 'compact' ? 'compact' : 'full';
}

function apply(density: Density): void {
  const root = document.documentElement;
  if (density === 'compact') root.setAttribute(ATTR.density, 'compact');
  else root.removeAttribute(ATTR.density);
}

export function setDensity(density: Density): void {
  // Where storage is refused the choice applies to this page only.
  writeStored(DENSITY_KEY, density === 'full' ? null : density);
  apply(density);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDensity(): Density {
  return useSyncExternalStore(subscribe, getDensity, () => 'full');
}
