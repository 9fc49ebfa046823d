/** A paper's reading-list controls: Save, Mark read, Not interested, and copying its citation. */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/i18n';
import { focusNextCardIfMoved } from '@/entities/paper/cards-on-page';
import type { Citable } from './citation';
import { toggleDismissed, toggleRead, toggleSaved, useLibraryValue } from './store';

export function SaveButton({ paper, date }: { paper: Citable; date?: string | undefined }) {
  const saved = useLibraryValue((lib) => Boolean(lib.saved[paper.id]));
  const { t } = useI18n();
  return (
    <Button
      variant="toggle"
      aria-pressed={saved}
      data-action="save"
      onClick={() =>
        toggleSaved({
          id: paper.id,
          title: paper.title,
          authors: [...paper.authors],
          categories: [...paper.categories],
          date,
        })
      }
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      {saved ? t.library.saved : t.library.save}
      <span className="sr-only">{t.library.readingListHint}</span>
    </Button>
  );
}

export function ReadButton({ id, className }: { id: string; className?: string | undefined }) {
  const read = useLibraryValue((lib) => Boolean(lib.read[id]));
  const { t } = useI18n();
  return (
    <Button
      variant="toggle"
      aria-pressed={read}
      data-action="read"
      onClick={(e) => {
        toggleRead(id);
        // With the day's "Hide read" filter on, the paper leaves the list.
        focusNextCardIfMoved(e.currentTarget);
      }}
      className={className}
    >
      {read ? t.library.read : t.library.markRead}
    </Button>
  );
}

/** Copy BibTeX (arXiv's style) and a plain-text citation; says what was copied. */
export function CitationButtons({ paper }: { paper: Citable }) {
  const [said, setSaid] = useState('');
  const { t } = useI18n();
  const copy = async (kind: 'bibtex' | 'plain') => {
    const { bibtex, plainCitation } = await import('./citation');
    const text = kind === 'bibtex' ? bibtex(paper) : plainCitation(paper);
    try {
      await navigator.clipboard.writeText(text);
      setSaid(kind === 'bibtex' ? t.library.bibtexCopied : t.library.citationCopied);
    } catch {
      setSaid(t.library.copyRefused);
    }
  };
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <Button onClick={() => void copy('bibtex')}>{t.library.copyBibtex}</Button>
      <Button onClick={() => void copy('plain')}>{t.library.copyCitation}</Button>
      {/* A live region, not role="status": a page keeps one status (its count of papers). */}
      <span aria-live="polite" className="text-slate-600">
        {said}
      </span>
    </div>
  );
}

/** Not interested: the For-you ranking learns from it and puts the paper last. */
export function NotInterestedButton({
  id,
  date,
  className,
}: {
  id: string;
  date?: string | undefined;
  className?: string | undefined;
}) {
  const dismissed = useLibraryValue((lib) => Boolean(lib.dismissed?.[id]));
  const { t } = useI18n();
  return (
    <Button
      variant="toggle"
      aria-pressed={dismissed}
      data-action="not-interested"
      onClick={(e) => {
        toggleDismissed(id, date);
        // In the For-you order the paper goes last: the focus stays where the reader is.
        focusNextCardIfMoved(e.currentTarget);
      }}
      className={className}
    >
      {t.library.notInterested}
    </Button>
  );
}
