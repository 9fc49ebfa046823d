/**
 * Which key presses are the reader's shortcuts (src/app/shortcuts.tsx). Shared by the app and
 * by the startup script that keeps keys pressed before the app is ready
 * (src/boot/early-events.ts), so the two can never disagree.
 */

const KEYS = new Set(['j', 'k', 'o', 's', 'x', 'm', '/', 'g', 'h', '?', 'Enter']);

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
