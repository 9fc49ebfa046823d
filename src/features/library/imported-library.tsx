/**
 * The reader's own library on the reading-list page: Import library (BibTeX, RIS, arXiv ids)
 * and what was imported, which the For-you order learns from (./import-library.ts).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FileInput } from '@/components/ui/field';
import { Link } from '@/components/ui/link';
import { cardVariants } from '@/components/ui/variants';
import { getLibrary, setLibrary, type ImportedPaper } from '@/entities/reading-list/store';
import { useI18n, usePageMessages } from '@/i18n';
import { importLibraryFile } from './import-library';
import { clearImported } from './imported';
import { libraryMessages } from './messages';

/** Titles listed on the page; the rest are counted. */
const LISTED = 200;

type Said =
  | { kind: 'busy' }
  | { kind: 'ok' | 'error'; text: string }
  | { kind: 'removed'; text: string; undo: Record<string, ImportedPaper> };

export function ImportedLibrary({ imported }: { imported: Record<string, ImportedPaper> }) {
  const msg = usePageMessages(libraryMessages);
  const i18n = useI18n();
  const client = useQueryClient();
  const inputId = useId();
  const headingId = useId();
  const [said, setSaid] = useState<Said | null>(null);
  const importFile = async (file: File) => {
    setSaid({ kind: 'busy' });
    try {
      const r = await importLibraryFile(client, file);
      const skipped = r.skipped > 0 ? msg.librarySkipped(i18n.number(r.skipped)) : '';
      const n = i18n.number;
      setSaid({
        kind: 'ok',
        text: msg.libraryImported(file.name, n(r.read), n(r.added), n(r.inArchive)) + skipped,
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      setSaid({ kind: 'error', text: msg.libraryNotImported(file.name, reason) });
    }
  };
  const papers = Object.values(imported);
  const inArchive = papers.filter((p) => p.date).length;

  return (
    <section
      aria-labelledby={headingId}
      className={cardVariants({ tone: 'muted', padding: 'sm', className: 'mt-4' })}
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {msg.libraryHeading}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {papers.length > 0
          ? msg.libraryIntro(i18n.number(papers.length), i18n.number(inArchive))
          : msg.libraryNone}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="text-sm font-medium">
          {msg.importLibrary}
        </label>
        <FileInput
          id={inputId}
          accept=".bib,.bibtex,.ris,.txt,text/plain,application/x-bibtex,application/x-research-info-systems"
          disabled={said?.kind === 'busy'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        {papers.length > 0 ? (
          <Button
            onClick={() => {
              const undo = getLibrary().imported ?? {};
              clearImported();
              setSaid({
                kind: 'removed',
                text: msg.libraryRemoved(i18n.number(Object.keys(undo).length)),
                undo,
              });
            }}
          >
            {msg.removeLibrary}
          </Button>
        ) : null}
      </div>
      <ImportStatus said={said} onUndo={() => setSaid(null)} />
      {papers.length > 0 ? <ImportedList papers={papers} /> : null}
    </section>
  );
}

function ImportedList({ papers }: { papers: readonly ImportedPaper[] }) {
  const msg = usePageMessages(libraryMessages);
  const i18n = useI18n();
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium">
        {msg.showLibrary(i18n.number(papers.length))}
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {papers.slice(0, LISTED).map((p) => (
          <li key={p.id ?? p.title}>
            {p.id ? <Link to={`/paper/${p.id}`}>{p.title || `arXiv:${p.id}`}</Link> : p.title}
            {p.date ? <span className="text-slate-600"> · {p.date}</span> : null}
          </li>
        ))}
      </ul>
      {papers.length > LISTED ? (
        <p className="mt-1 text-slate-600">
          {msg.moreLibrary(i18n.number(papers.length - LISTED))}
        </p>
      ) : null}
    </details>
  );
}

function ImportStatus({ said, onUndo }: { said: Said | null; onUndo: () => void }) {
  const msg = usePageMessages(libraryMessages);
  return (
    <>
      <p role="status" className="mt-2 text-sm empty:hidden">
        {said?.kind === 'busy' ? msg.importing : null}
        {said?.kind === 'ok' || said?.kind === 'removed' ? said.text : null}
        {said?.kind === 'removed' ? (
          <>
            {' '}
            <Button
              onClick={() => {
                setLibrary({ ...getLibrary(), imported: said.undo });
                onUndo();
              }}
            >
              {msg.undo}
            </Button>
          </>
        ) : null}
      </p>
      {said?.kind === 'error' ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {said.text}
        </p>
      ) : null}
    </>
  );
}
