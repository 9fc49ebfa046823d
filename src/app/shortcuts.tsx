/**
 * Keyboard shortcuts for the whole app: j/k next and previous paper, o or Enter details,
 * s save, x not interested, m mark read, / the page's search box, g h home, ? this list.
 * Keys typed into a text field are never taken; what a shortcut did is announced to screen
 * readers.
 */
import { shortcutsMessages, type ShortcutMessages } from './shortcuts-messages';
import { Button } from '@/components/ui/button';
import { startTransition, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { getI18n, usePageMessages } from '@/i18n';
import { isShortcutEvent, takeFirstKey } from './shortcut-keys';
import { PAPER_CARD } from '@/entities/paper/cards-on-page';

const shortcutList = (t: ShortcutMessages): [keys: string, what: string][] => [
  ['j', t.keys.next],
  ['k', t.keys.previous],
  [t.keyNames.detailsKeys, t.keys.details],
  ['s', t.keys.save],
  ['x', t.keys.notInterested],
  ['m', t.keys.read],
  ['/', t.keys.filter],
  [t.keyNames.homeKeys, t.keys.home],
  ['?', t.keys.help],
];

const papers = () => [...document.querySelectorAll<HTMLElement>(`main ${PAPER_CARD}`)];

/** The paper the reader is on: the focused one, or the first one in view. */
function currentPaper(): HTMLElement | undefined {
  const focused = document.activeElement?.closest<HTMLElement>(PAPER_CARD);
  if (focused) return focused;
  return papers().find((a) => a.getBoundingClientRect().bottom > 0);
}

type KeyEvent = Pick<KeyboardEvent, 'key' | 'target' | 'preventDefault'>;

/** `/`: the page's own search box (a day's filter, the search page), else the header's. */
function focusSearchBox(e: KeyEvent): void {
  const box =
    document.querySelector<HTMLInputElement>('main input[type="search"]') ??
    document.querySelector<HTMLInputElement>('header input[name="q"]');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
}

/** `j`/`k`: the next or previous paper, scrolled to the top and focused. */
function moveToPaper(key: 'j' | 'k', e: KeyEvent): void {
  const list = papers();
  if (list.length === 0) return;
  const at = currentPaper();
  const i = at ? list.indexOf(at) : -1;
  const focusedOnPaper = Boolean(document.activeElement?.closest(PAPER_CARD));
  const next =
    key === 'j'
      ? list[focusedOnPaper ? Math.min(i + 1, list.length - 1) : Math.max(i, 0)]
      : list[Math.max(i - 1, 0)];
  if (!next) return;
  e.preventDefault();
  next.scrollIntoView({ block: 'start' });
  next.focus({ preventScroll: true });
}

/**
 * `o`/Enter, `s`, `x`, `m` on the current paper: its Details, Save, Not interested or Read
 * button. Returns what to announce, or nothing when the key did nothing.
 */
function actOnPaper(key: string, e: KeyEvent, t: ShortcutMessages): string | undefined {
  const paper = currentPaper();
  if (!paper) return undefined;
  // The card's buttons say what they do in data-action, whatever the interface language.
  const click = (action: 'details' | 'save' | 'not-interested' | 'read') => {
    const button = paper.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    if (!button) return false;
    e.preventDefault();
    button.click();
    return true;
  };
  const title = paper.getAttribute('aria-label') ?? t.paper;
  if (key === 'o' || (key === 'Enter' && e.target === paper))
    return click('details') ? t.detailsToggled(title) : undefined;
  if (key === 's') return click('save') ? t.saveToggled(title) : undefined;
  if (key === 'x') return click('not-interested') ? t.notInterestedToggled(title) : undefined;
  if (key === 'm') return click('read') ? t.readToggled(title) : undefined;
  return undefined;
}

/** Loaded on the first shortcut key (src/app/shortcut-keys.ts), which it then handles too. */
export default function Shortcuts() {
  const navigate = useNavigate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    let pendingG = 0;
    const onKey = (e: KeyEvent) => {
      if (dialogRef.current?.open) return;
      const key = e.key;
      const t = shortcutsMessages[getI18n().locale];
      if (pendingG && Date.now() - pendingG < 1500 && key === 'h') {
        pendingG = 0;
        e.preventDefault();
        startTransition(() => void navigate('/'));
        setAnnouncement(t.home);
        return;
      }
      pendingG = key === 'g' ? Date.now() : 0;
      if (key === '?') {
        e.preventDefault();
        dialogRef.current?.showModal();
        return;
      }
      if (key === '/') {
        focusSearchBox(e);
        return;
      }
      if (key === 'j' || key === 'k') {
        moveToPaper(key, e);
        return;
      }
      const done = actOnPaper(key, e, t);
      if (done) setAnnouncement(done);
    };
    const first = takeFirstKey();
    if (first) onKey(first);
    const listener = (e: KeyboardEvent) => {
      if (!isShortcutEvent(e)) return;
      onKey(e);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [navigate]);
  return (
    <>
      <ShortcutsDialog dialogRef={dialogRef} />
      {/* A live region, not role="status": a page keeps one status (its count of papers). */}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  );
}

function ShortcutsDialog({ dialogRef }: { dialogRef: React.RefObject<HTMLDialogElement | null> }) {
  const msg = usePageMessages(shortcutsMessages);
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="shortcuts-title"
      className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-black/40"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        {msg.title}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {shortcutList(msg).map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono">
                {keys}
              </kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <Button type="submit" variant="primary">
          {msg.close}
        </Button>
      </form>
    </dialog>
  );
}
