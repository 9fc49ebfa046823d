/** A paper's reading-list controls: Save, Mark read, and copying its citation. */
import { useState } from 'react';
import { useI18n } from '@/i18n';
import type { Citable } from './citation';
import { toggleRead, toggleSaved, useLibrary } from './store';

const button =
  'rounded-md border border-slate-300 px-2.5 py-1 font-medium text-slate-800 hover:bg-slate-100 aria-pressed:border-blue-700 aria-pressed:bg-blue-50 aria-pressed:text-blue-900';

export function SaveButton({ paper, date }: { paper: Citable; date?: string | undefined }) {
  const saved = Boolean(useLibrary().saved[paper.id]);
  const { t } = useI18n();
  return (
    <button
      type="button"
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
      className={button}
    >
      <span aria-hidden="true">{saved ? '★ ' : '☆ '}</span>
      {saved ? t.library.saved : t.library.save}
      <span className="sr-only">{t.library.readingListHint}</span>
    </button>
  );
}

export function ReadButton({ id }: { id: string }) {
  const read = Boolean(useLibrary().read[id]);
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-pressed={read}
      data-action="read"
      onClick={() => toggleRead(id)}
      className={button}
    >
      {read ? t.library.read : t.library.markRead}
    </button>
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
      <button type="button" onClick={() => void copy('bibtex')} className={button}>
        {t.library.copyBibtex}
      </button>
      <button type="button" onClick={() => void copy('plain')} className={button}>
        {t.library.copyCitation}
      </button>
      {/* A live region, not role="status": a page keeps one status (its count of papers). */}
      <span aria-live="polite" className="text-slate-600">
        {said}
      </span>
    </div>
  );
}
