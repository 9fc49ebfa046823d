import { clsx, type ClassValue } from 'clsx';

/** Joins class names; the one helper every component uses. */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes);
}
