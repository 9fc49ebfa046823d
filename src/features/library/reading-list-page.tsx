import { useId, useState } from 'react';
import { Link } from '@/components/ui/link';
import { Button, ToggleChip } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/variants';
import { FileInput } from '@/components/ui/field';
import { RichText } from '@/components/ui/rich-text';
import { AUTHORS_SHOWN } from '@/entities/paper/paper-card';
import { useI18n, usePageMessages } from '@/i18n';
import { bibtexAll } from '@/entities/reading-list/citation';
import { CitationButtons, ReadButton, SaveButton } from '@/entities/reading-list/controls';
import { useLibrary, type SavedPaper } from '@/entities/reading-list/store';
import { ImportedLibrary } from './imported-library';
import { libraryMessages } from './messages';
import { exportLibrary, importLibrary } from './transfer';
import { paperOnDay } from '@/entities/paper/paper-on-day';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ReadingListPage() {
  const msg = usePageMessages(libraryMessages);
  const library = useLibrary();
  const [hideRead, setHideRead] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const importId = useId();
  const i18n = useI18n();
  const { t } = i18n;
  const all = Object.values(library.saved).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const shown = hideRead ? all.filter((p) => !library.read[p.id]) : all;
  const unread = all.filter((p) => !library.read[p.id]).length;

  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">{msg.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {msg.intro(i18n.number(all.length), i18n.number(unread))}
      </p>
      <section
        aria-label={msg.tools}
        className={cardVariants({
          tone: 'muted',
          padding: 'sm',
          className: 'mt-4 flex flex-wrap items-center gap-2',
        })}
      >
        <ToggleChip pressed={hideRead} onClick={() => setHideRead((v) => !v)}>
          {t.common.hideRead}
        </ToggleChip>
        <Button
          disabled={all.length === 0}
          onClick={() => download('reading-list.bib', 'application/x-bibtex', bibtexAll(all))}
        >
          {msg.exportBibtex}
        </Button>
        <Button onClick={() => download('reading-list.json', 'application/json', exportLibrary())}>
          {msg.exportJson}
        </Button>
        <label htmlFor={importId} className="text-sm font-medium">
          {msg.import}
        </label>
        <FileInput
          id={importId}
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            try {
              const added = importLibrary(await file.text());
              setSaid({ ok: true, text: msg.imported(i18n.number(added)) });
            } catch (err) {
              setSaid({ ok: false, text: msg.notImported((err as Error).message) });
            }
          }}
        />
        {said ? (
          <p role={said.ok ? 'status' : 'alert'} className="w-full text-sm">
            {said.text}
          </p>
        ) : null}
      </section>
      <ImportedLibrary imported={library.imported ?? {}} />

      {shown.length === 0 ? (
        <p
          className={cardVariants({ tone: 'dashed', padding: 'lg', className: 'mt-6 text-center' })}
        >
          {all.length === 0 ? msg.empty : msg.allRead}
        </p>
      ) : (
        <div className="mt-4 space-y-3">
          {shown.map((p) => (
            <SavedCard key={p.id} paper={p} />
          ))}
        </div>
      )}
    </div>
  );
}

function SavedCard({ paper }: { paper: SavedPaper }) {
  const i18n = useI18n();
  return (
    <article aria-label={paper.title} className={cardVariants()}>
      <h2 className="font-semibold">
        <Link to={`/paper/${paper.id}`} variant="title">
          <RichText text={paper.title} />
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {paper.authors.slice(0, AUTHORS_SHOWN).join(', ')}
        {paper.authors.length > AUTHORS_SHOWN
          ? i18n.t.common.andMore(i18n.number(paper.authors.length - AUTHORS_SHOWN))
          : ''}
      </p>
      <p className="mt-1 text-xs text-slate-600">
        <span className="font-mono">arXiv:{paper.id}</span>
        {paper.categories[0] ? <> · {paper.categories[0]}</> : null}
        {paper.date ? (
          <>
            {' '}
            ·{' '}
            <Link to={paperOnDay(paper.date, paper.id)} size="target">
              {paper.date}
            </Link>
          </>
        ) : null}
      </p>
      <div className="mt-2 flex flex-wrap gap-2 text-sm">
        <SaveButton paper={paper} date={paper.date} />
        <ReadButton id={paper.id} />
      </div>
      <CitationButtons paper={paper} />
    </article>
  );
}
