/**
 * No tap lost before the app is ready (issue 17). A prerendered page is on screen, with its
 * buttons, several hundred milliseconds before the app's code has loaded and hydrated it. From
 * the first paint until the app says it is ready, this script (part of the startup script in
 * the page's head, src/boot/head.ts, so that it is listening before anything is painted, even
 * a page painted while still being parsed) takes the reader's clicks on buttons, changes to
 * fields and
 * shortcut keys, shows at once that they were taken (a toggle shows its new state), and hands
 * them to the app to replay, in order, once it is ready (`replay`, called by src/app/app.tsx).
 * Links are left to the browser: they work without the app. The same idea as Angular's event
 * replay and Qwik's: capture at the document, replay on the hydrated elements.
 */
import { isShortcutEvent } from './shortcut-keys';

/** What is queued: a click on a control, a field's new value, or a key. */
type Early =
  | { kind: 'click'; el: Element; path: number[]; pressed: string | null; expanded: string | null }
  | { kind: 'value'; el: HTMLInputElement | HTMLSelectElement; path: number[]; type: string }
  | { kind: 'key'; key: string; el: Element | null; path: number[] };

const CONTROL = 'button, [role="button"], summary';
/** Set on a control whose tap waits for the app (styled in src/index.css). */
export const PENDING_ATTR = 'data-early-pending';

/** The element's position under `root`, as child indices, to find it again if replaced. */
function pathOf(el: Element, root: Element): number[] {
  const path: number[] = [];
  for (let n: Element | null = el; n && n !== root; n = n.parentElement)
    path.unshift(n.parentElement ? Array.prototype.indexOf.call(n.parentElement.children, n) : 0);
  return path;
}

function resolve(el: Element | null, path: number[], root: Element): Element | null {
  if (el?.isConnected) return el;
  let n: Element | undefined = root;
  for (const i of path) n = n?.children[i];
  return n ?? null;
}

function flip(el: Element, attr: string): void {
  const v = el.getAttribute(attr);
  if (v === 'true' || v === 'false') el.setAttribute(attr, v === 'true' ? 'false' : 'true');
}

/** A field's value as the app's event handlers will see it change (React tracks the value). */
function replayValue(el: HTMLInputElement | HTMLSelectElement, type: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const value = el.value;
  // Through the element's own setter (the app's tracker learns ''), then the prototype's.
  el.value = '';
  setter?.call(el, value);
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

/** Replays one taken event on the element as the app has it now. */
function replayOne(ev: Early, root: Element): void {
  if (ev.kind === 'key') {
    const target = resolve(ev.el, ev.path, root) ?? document.body;
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: ev.key, bubbles: true, cancelable: true }),
    );
    return;
  }
  const el = resolve(ev.el, ev.path, root);
  if (ev.kind === 'value') {
    if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) replayValue(el, ev.type);
    return;
  }
  if (!el) return;
  // The app's state decides again: back to what it showed, then the real click.
  ev.el.removeAttribute(PENDING_ATTR);
  if (ev.pressed !== null) el.setAttribute('aria-pressed', ev.pressed);
  if (ev.expanded !== null) el.setAttribute('aria-expanded', ev.expanded);
  if (el instanceof HTMLElement) el.click();
}

export interface EarlyEvents {
  /** Stops capturing and replays what was taken, one event per task; resolves with the count. */
  replay: () => Promise<number>;
}

/** `rootOf` finds the app's root element (it may not be parsed yet when capturing starts). */
export function captureEarlyEvents(rootOf: () => Element | null): EarlyEvents {
  const queue: Early[] = [];
  let capturing = true;
  let found: Element | null = null;
  const within = (el: Element | null): el is Element => {
    found ??= rootOf();
    return el !== null && found !== null && found.contains(el);
  };
  const onClick = (e: MouseEvent) => {
    const el = e.target instanceof Element ? e.target.closest(CONTROL) : null;
    if (!capturing || !within(el)) return;
    const root = found!;
    e.preventDefault();
    e.stopImmediatePropagation();
    queue.push({
      kind: 'click',
      el,
      path: pathOf(el, root),
      pressed: el.getAttribute('aria-pressed'),
      expanded: el.getAttribute('aria-expanded'),
    });
    // Seen at once: the toggle shows its new state, and that it is on its way.
    flip(el, 'aria-pressed');
    flip(el, 'aria-expanded');
    el.setAttribute(PENDING_ATTR, '');
  };
  const onField = (e: Event) => {
    const el = e.target;
    if (!capturing || !(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    if (!within(el)) return;
    const last = queue[queue.length - 1];
    if (last?.kind === 'value' && last.el === el) return;
    queue.push({ kind: 'value', el, path: pathOf(el, found!), type: e.type });
  };
  const onKey = (e: KeyboardEvent) => {
    // Enter (on a focused card) is left out: it is the card's own business until hydrated.
    if (!capturing || e.key === 'Enter' || !isShortcutEvent(e)) return;
    e.preventDefault();
    const el = e.target instanceof Element && within(e.target) ? e.target : null;
    queue.push({ kind: 'key', key: e.key, el, path: el ? pathOf(el, found!) : [] });
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onField, true);
  document.addEventListener('change', onField, true);
  window.addEventListener('keydown', onKey, true);

  const stop = () => {
    capturing = false;
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('input', onField, true);
    document.removeEventListener('change', onField, true);
    window.removeEventListener('keydown', onKey, true);
  };
  return {
    replay: async () => {
      stop();
      const n = queue.length;
      const root = found ?? rootOf();
      for (const ev of queue.splice(0)) {
        // Each in a task of its own: the app renders the previous one first. The first too:
        // the app asks for the replay from an effect of its commit, and the commit's other
        // effects (a listener of the layout's, which runs after the list's) come first.
        await new Promise((r) => setTimeout(r, 0));
        if (root) replayOne(ev, root);
      }
      return n;
    },
  };
}
