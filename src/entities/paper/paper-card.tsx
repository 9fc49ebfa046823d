import { memo, useId, useState, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/variants';
import { ButtonLink, ExternalButtonLink, ExternalLink, Link } from '@/components/ui/link';
import { Paragraphs, RichText } from '@/components/ui/rich-text';
import { useI18n } from '@/i18n';
import { langAttr } from '@/lib/languages';
import {
  CitationButtons,
  NotInterestedButton,
  ReadButton,
  SaveButton,
} from '@/entities/reading-list/controls';
import { useLibraryValue } from '@/entities/reading-list/store';
import type { PaperDetails, PaperEntry } from '@/schema/digest';
import { paperCardId } from './cards-on-page';

/** Long author lists show this many names until asked for all. */
export const AUTHORS_SHOWN = 8;

const SECTIONS = ['motivation', 'method', 'result', 'conclusion'] as const;
const NO_TERMS: readonly string[] = [];

export interface PaperCardProps {
  paper: PaperEntry;
  /** The paper's details (abstract, summary sections), once its day's details are loaded. */
  details?: PaperDetails | undefined;
  /** Why the details could not be loaded, and a way to try again. */
  detailsError?: { message: string; retry: () => void } | undefined;
  /** The reader is about to open the details (pointer over or focus on the button). */
  onDetailsWanted?: (() => void) | undefined;
  /** The digest's summary language. */
  language: string | null;
  /** The digest's date (kept with a saved paper, to link back to its day). */
  date?: string | undefined;
  expanded: boolean;
  onToggle?: (id: string) => void;
  terms?: readonly string[];
  /** The heading level of the title (cards sit under h2 category headings by default). */
  headingLevel?: 1 | 2 | 3;
  /** The paper page shows everything open and no Details button. */
  alwaysOpen?: boolean;
  /** Its place in the list shown (1 = first) and the list's length (aria-posinset/setsize). */
  position?: number | undefined;
  setSize?: number | undefined;
  /** A line under the categories (in the For-you order, why it ranks there). */
  note?: ReactNode;
}

const Authors = memo(function Authors({
  authors,
  terms,
}: {
  authors: readonly string[];
  terms: readonly string[];
}) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const i18n = useI18n();
  const { t } = i18n;
  if (authors.length === 0) return null;
  const long = authors.length > AUTHORS_SHOWN;
  const shown = long && !all ? authors.slice(0, AUTHORS_SHOWN) : authors;
  return (
    <p className="mt-1 text-sm text-slate-700">
      <span className="sr-only">{t.card.authors}</span>
      <span id={listId}>
        <RichText text={shown.join(', ')} terms={terms} />
        {long && !all ? t.common.andMore(i18n.number(authors.length - AUTHORS_SHOWN)) : ''}
      </span>
      {long ? (
        <>
          {' '}
          <Button
            variant="link"
            size="sm"
            className="underline"
            aria-expanded={all}
            aria-controls={listId}
            onClick={() => setAll((v) => !v)}
          >
            {all ? t.card.showFewer : t.card.showAll(i18n.number(authors.length))}
          </Button>
        </>
      ) : null}
    </p>
  );
});

type SubHeading = 'h2' | 'h3' | 'h4';

function Section({
  label,
  text,
  lang,
  terms,
  as: H,
}: {
  label: string;
  text: string;
  lang?: string | undefined;
  terms: readonly string[];
  as: SubHeading;
}) {
  return (
    <div className="mt-3">
      <H className="text-sm font-semibold text-slate-900">{label}</H>
      <div lang={lang} className="mt-0.5 space-y-2 leading-relaxed text-slate-800">
        <Paragraphs text={text} terms={terms} />
      </div>
    </div>
  );
}

/**
 * A link out; its accessible name is its visible text followed by `of`, the hidden words
 * saying what it belongs to (the card formats them once for all its links). `secondary`
 * links are left out of the compact view.
 */
function OutLink({
  href,
  children,
  of,
  secondary = false,
}: {
  href: string;
  children: string;
  of: string;
  secondary?: boolean;
}) {
  return (
    <ExternalButtonLink href={href} className={secondary ? 'compact:hidden' : undefined}>
      {children}
      <span className="sr-only">{of}</span>
    </ExternalButtonLink>
  );
}

export const PaperCard = memo(function PaperCard({
  paper,
  details,
  detailsError,
  onDetailsWanted,
  language,
  date,
  expanded,
  onToggle,
  terms = NO_TERMS,
  headingLevel = 3,
  alwaysOpen = false,
  position,
  setSize,
  note,
}: PaperCardProps) {
  const detailsId = useId();
  const summaryLang = langAttr(paper.summaryLanguage ?? language);
  const open = alwaysOpen || expanded;
  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1]!;
  const Sub = (['h2', 'h3', 'h4'] as const)[headingLevel - 1]!;
  const read = useLibraryValue((lib) => Boolean(lib.read[paper.id]));

  return (
    <article
      id={paperCardId(paper.id)}
      // Named by the title exactly as in the data (the visible heading typesets its TeX).
      aria-label={paper.title}
      tabIndex={-1}
      aria-posinset={position}
      aria-setsize={setSize}
      data-read={read || undefined}
      // Below the daily filters' bar, which stays at the top of a phone's screen.
      className={cardVariants({ className: 'scroll-mt-32 data-read:bg-slate-50 sm:scroll-mt-4' })}
    >
      <CardTitle paper={paper} terms={terms} as={Heading} />
      <Authors authors={paper.authors} terms={terms} />
      <CategoryLine paper={paper} />
      {note}

      <Tldr paper={paper} language={summaryLang} terms={terms} as={Sub} />

      <CardActions
        paper={paper}
        date={date}
        detailsId={detailsId}
        open={open}
        alwaysOpen={alwaysOpen}
        onToggle={onToggle}
        onDetailsWanted={onDetailsWanted}
      />

      {open ? (
        <div id={detailsId} className="mt-1 border-t border-slate-100 pt-1">
          <DetailsRegion
            paper={paper}
            details={details}
            detailsError={detailsError}
            summaryLanguage={paper.summaryLanguage ?? language}
            terms={terms}
            as={Sub}
          />
          {!alwaysOpen ? <SimilarLink paper={paper} /> : null}
        </div>
      ) : (
        <div id={detailsId} hidden />
      )}
    </article>
  );
});

type PaperEntryOf = PaperCardProps['paper'];
type HeadingTag = 'h2' | 'h3' | 'h4';

/*
 * The card's parts are memoised on their own: a card is drawn again when its place in the
 * list or its note changes (the For-you order after a signal), and its title, authors, summary
 * and buttons, the costly part (TeX, highlighted terms), are then left as they are.
 */

const CardTitle = memo(function CardTitle({
  paper,
  terms,
  as: Heading,
}: {
  paper: PaperEntryOf;
  terms: readonly string[];
  as: 'h1' | HeadingTag;
}) {
  return (
    <Heading className="text-base leading-snug font-semibold text-slate-950 sm:text-lg">
      <ExternalLink href={paper.links.abs} variant="title">
        <RichText text={paper.title} terms={terms} />
      </ExternalLink>
    </Heading>
  );
});

/** The primary category, the others, the classifications and the arXiv id. */
const CategoryLine = memo(function CategoryLine({ paper }: { paper: PaperEntryOf }) {
  const { t } = useI18n();
  const [primary, ...others] = paper.categories;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-1.5 text-xs compact:hidden">
      {primary ? (
        <Badge tone="accent" mono>
          <span className="sr-only">{t.card.primary}</span>
          {primary}
        </Badge>
      ) : null}
      {others.map((c) => (
        <Badge key={c} mono>
          {c}
        </Badge>
      ))}
      {paper.classifications.length > 0 ? (
        <span className="text-slate-600">
          <span className="sr-only">{t.card.classifications}</span>
          {paper.classifications.join(' · ')}
        </span>
      ) : null}
      <span className="font-mono text-slate-600">arXiv:{paper.id}</span>
    </p>
  );
});

const Tldr = memo(function Tldr({
  paper,
  language,
  terms,
  as: Sub,
}: {
  paper: PaperEntryOf;
  language: string | undefined;
  terms: readonly string[];
  as: HeadingTag;
}) {
  const { t } = useI18n();
  return paper.tldr !== undefined ? (
    <div className="mt-3 rounded-md bg-slate-50 px-3 py-2 compact:mt-2">
      <Sub className="sr-only">{t.card.tldr}</Sub>
      <p lang={language} data-part="tldr" className="leading-relaxed text-slate-900">
        <span
          aria-hidden="true"
          className="mr-1.5 text-xs font-bold tracking-wide text-slate-600 uppercase"
        >
          {t.card.tldr}
        </span>
        <RichText text={paper.tldr} terms={terms} />
      </p>
    </div>
  ) : (
    <p data-part="tldr" className="mt-3 text-sm text-slate-600 italic">
      {paper.summarised ? t.card.noTldr : t.card.noSummary}
    </p>
  );
});

/** Details, Save, Read, the paper's links and its page. */
const CardActions = memo(function CardActions({
  paper,
  date,
  detailsId,
  open,
  alwaysOpen,
  onToggle,
  onDetailsWanted,
}: {
  paper: PaperEntryOf;
  date: string | undefined;
  detailsId: string;
  open: boolean;
  alwaysOpen: boolean;
  onToggle: ((id: string) => void) | undefined;
  onDetailsWanted: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const ofPaper = t.card.of(paper.title);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-1.5 gap-y-1.5 text-sm compact:mt-2">
      {!alwaysOpen ? (
        <Button
          aria-expanded={open}
          aria-controls={detailsId}
          data-action="details"
          onClick={() => onToggle?.(paper.id)}
          onPointerEnter={onDetailsWanted}
          onFocus={onDetailsWanted}
        >
          <span
            aria-hidden="true"
            className={`mr-1 inline-block transition-transform ${open ? 'rotate-90' : ''}`}
          >
            ▸
          </span>
          {t.card.details}
        </Button>
      ) : null}
      <SaveButton paper={paper} date={date} />
      <NotInterestedButton id={paper.id} date={date} />
      <ReadButton id={paper.id} className="compact:hidden" />
      <OutLink href={paper.links.abs} of={ofPaper} secondary>
        arXiv
      </OutLink>
      {paper.links.pdf ? (
        <OutLink href={paper.links.pdf} of={ofPaper}>
          PDF
        </OutLink>
      ) : null}
      {paper.links.html ? (
        <OutLink href={paper.links.html} of={ofPaper} secondary>
          HTML
        </OutLink>
      ) : null}
      {paper.links.code ? (
        <OutLink href={paper.links.code} of={ofPaper} secondary>
          {paper.codeStars !== undefined ? `${t.card.code} ★ ${paper.codeStars}` : t.card.code}
        </OutLink>
      ) : null}
      {!alwaysOpen ? (
        <ButtonLink to={`/paper/${paper.id}`} variant="ghost" className="compact:hidden">
          {t.card.paperPage}
          <span className="sr-only">: {paper.title}</span>
        </ButtonLink>
      ) : null}
    </div>
  );
});

/** From a card's details to the papers of the archive most like it, on its paper page. */
function SimilarLink({ paper }: { paper: PaperEntry }) {
  const { t } = useI18n();
  return (
    <p className="mt-3 text-sm">
      <Link to={`/paper/${paper.id}#similar-papers`} size="touch">
        {t.card.similarPapers}
        <span className="sr-only">{t.card.of(paper.title)}</span>
      </Link>
    </p>
  );
}

/** An open card's details: the sections, or why they are not there yet. */
function DetailsRegion({
  paper,
  details,
  detailsError,
  summaryLanguage,
  terms,
  as,
}: {
  paper: PaperEntryOf;
  details: PaperCardProps['details'];
  detailsError: PaperCardProps['detailsError'];
  summaryLanguage: string | null;
  terms: readonly string[];
  as: HeadingTag;
}) {
  const { t } = useI18n();
  const Sub = as;
  return (
    <>
      {details ? (
        <DetailsBody
          paper={paper}
          details={details}
          hasSummary={paper.summarised}
          summaryLanguage={summaryLanguage}
          terms={terms}
          as={Sub}
        />
      ) : detailsError ? (
        <div role="alert" className="mt-2 text-sm text-red-900">
          <p>{t.card.detailsFailed(detailsError.message)}</p>
          <Button variant="danger" className="mt-1" onClick={detailsError.retry}>
            {t.common.tryAgain}
          </Button>
        </div>
      ) : (
        <p role="status" className="mt-2 text-sm text-slate-600">
          {t.card.loadingDetails}
        </p>
      )}
    </>
  );
}

function DetailsBody({
  paper,
  details,
  hasSummary,
  summaryLanguage,
  terms,
  as: Sub,
}: {
  paper: PaperEntry;
  details: PaperDetails;
  hasSummary: boolean;
  summaryLanguage: string | null;
  terms: readonly string[];
  as: SubHeading;
}) {
  const { summary } = details;
  const lang = langAttr(summaryLanguage);
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <p className="mt-2 text-xs text-slate-600">
        {hasSummary ? t.card.summaryIn(i18n.language(summaryLanguage)) : ''}
        {t.card.abstractInEnglish}
      </p>
      {SECTIONS.map((key) =>
        summary[key] !== undefined ? (
          <Section
            key={key}
            label={t.card.sections[key]}
            text={summary[key]}
            lang={lang}
            terms={terms}
            as={Sub}
          />
        ) : null,
      )}
      {summary.extra.map((e) => (
        <Section key={e.key} label={e.label} text={e.text} lang={lang} terms={terms} as={Sub} />
      ))}
      {!hasSummary ? (
        <p className="mt-3 text-sm text-slate-600 italic">{t.card.noSummaryFollows}</p>
      ) : null}
      {details.abstract ? (
        <Section label={t.card.abstract} text={details.abstract} lang="en" terms={terms} as={Sub} />
      ) : null}
      {details.comment ? (
        <p className="mt-3 text-sm text-slate-600">
          <span className="font-semibold">{t.card.comment}</span>
          <RichText text={details.comment} terms={terms} />
        </p>
      ) : null}
      <CitationButtons paper={paper} />
    </>
  );
}
