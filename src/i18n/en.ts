/**
 * The interface's English text: the default language, and the names the UI contract
 * (../shared/docs/ui-contract.md) and the tests rely on, for the shell, the daily page and the
 * cards (each lazily loaded page keeps its own text: ADR 0020). Every other language is a `Messages`
 * object of the same shape, checked by TypeScript for missing or extra entries.
 *
 * Functions take the numbers already formatted for the locale (see src/i18n/index.ts), and
 * pick the singular or plural form from the number itself.
 */
import { plural } from './plural';

export const en = {
  common: {
    tryAgain: 'Try again',
    loading: 'Loading',
    loadingDots: 'Loading…',
    waiting: 'Waiting for the connection: this page loads as soon as you are back online.',
    goHome: 'Go to the home page',
    seeArchive: 'See every digest in the archive',
    pageFailed: 'This page could not be shown.',
    manifestFailed: 'The list of digests could not be loaded.',
    papers: (n: number, f: string) => `${f} ${plural(n, 'paper', 'papers')}`,
    andMore: (more: string) => `, and ${more} more`,
    abstractsOnly: 'abstracts only',
    uncategorised: 'Uncategorised',
    hideRead: 'Hide read',
  },
  layout: {
    skip: 'Skip to content',
    appName: 'arXiv Digest Reader',
    mainNav: 'Main',
    archive: 'Archive',
    readingList: 'Reading list',
    stats: 'Stats',
    searchLabel: 'Search the archive',
    search: 'Search',
    offlineTitle: 'You are offline.',
    offlineText:
      'Pages you have opened still work; anything else loads as soon as the connection is back.',
    loadingPage: 'Loading the page',
    waitingPage: 'Waiting for the connection',
    theme: 'Colour theme',
    themes: { system: 'System theme', light: 'Light theme', dark: 'Dark theme' },
    language: 'Language',
    menu: 'Menu: pages, theme, language',
    updateReady: 'A new version of the reader is ready.',
    reload: 'Reload',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is nothing at this address.',
  },
  daily: {
    moreFilters: 'Filters',
    view: 'View',
    compact: 'Compact',
    full: 'Full',
    srTitle: 'Daily digest ',
    otherDays: 'Other days',
    previous: '← Previous day',
    next: 'Next day',
    none: (date: string) => `There is no daily digest for ${date}.`,
    failed: 'This daily digest could not be loaded.',
    summaryLanguage: 'Summary language',
    summaries: 'Summaries:',
    summariesIn: (language: string) => ` · AI summaries in ${language}`,
    noSummaries: ' · abstracts only (no AI summaries)',
    duplicates: (n: string) => ` · ${n} duplicates removed`,
    filters: 'Filters',
    categories: 'Categories',
    allCategories: 'All categories',
    trends: 'Trends',
    filterLabel: 'Filter papers',
    filterPlaceholder: 'Filter: title, author, summary…',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    showing: (shown: string, total: string) => `Showing ${shown} of ${total} papers`,
    searchingDetails:
      ' (titles, authors and TL;DRs searched; loading the summaries and abstracts…)',
    detailsFailed:
      ' (titles, authors and TL;DRs only: the summaries and abstracts could not be loaded)',
    toc: 'Table of contents',
    noPapers: 'This day has no papers.',
    noQuickMatch: 'No title, author or TL;DR matches; searching the summaries and abstracts…',
    noMatch: 'No papers match these filters.',
    clearFilters: 'Clear filters',
  },
  card: {
    authors: 'Authors: ',
    showFewer: 'Show fewer authors',
    showAll: (n: string) => `Show all ${n} authors`,
    of: (title: string) => ` of ${title}`,
    primary: 'Primary category: ',
    classifications: 'Classification codes: ',
    tldr: 'TL;DR',
    noTldr: 'No TL;DR for this paper.',
    noSummary: 'No AI summary for this paper; the abstract is shown under Details.',
    details: 'Details',
    code: 'Code',
    paperPage: 'Paper page',
    detailsFailed: (message: string) => `The details could not be loaded: ${message}`,
    loadingDetails: 'Loading details…',
    summaryIn: (language: string) => `AI summary in ${language} · `,
    abstractInEnglish: 'original abstract in English',
    sections: {
      motivation: 'Motivation',
      method: 'Method',
      result: 'Result',
      conclusion: 'Conclusion',
    },
    noSummaryFollows: 'No AI summary; the original abstract follows.',
    abstract: 'Abstract',
    comment: 'Comment: ',
  },
  library: {
    save: 'Save',
    saved: 'Saved',
    readingListHint: ' (reading list)',
    markRead: 'Mark read',
    read: 'Read',
    copyBibtex: 'Copy BibTeX',
    copyCitation: 'Copy citation',
    bibtexCopied: 'BibTeX copied.',
    citationCopied: 'Citation copied.',
    copyRefused: 'Copying is not allowed here; select the text instead.',
  },
};

export type Messages = typeof en;
