/**
 * This browser's localStorage, which may be missing or refuse (private mode, a full quota,
 * storage blocked): reads then give null, and writes say they failed instead of throwing.
 * The reader's choices (theme, language) and its reading list go through here.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value (null removes it); false when the browser refused. */
export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
