/**
 * This browser's localStorage (or, for what lasts only as long as the tab, sessionStorage),
 * which may be missing or refuse (private mode, a full quota, storage blocked): reads then
 * give null, and writes say they failed instead of throwing. The reader's choices (theme,
 * language), its reading list and the tab's scroll positions go through here.
 */
type Area = 'local' | 'session';

const storage = (area: Area): Storage =>
  area === 'local' ? window.localStorage : window.sessionStorage;

export function readStored(key: string, area: Area = 'local'): string | null {
  try {
    return storage(area).getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value (null removes it); false when the browser refused. */
export function writeStored(key: string, value: string | null, area: Area = 'local'): boolean {
  try {
    if (value === null) storage(area).removeItem(key);
    else storage(area).setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
