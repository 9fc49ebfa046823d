/**
 * The daily page's filters as the reader sets them: read from the URL and written back to it
 * (src/lib/url-state.ts), the text box ahead of the URL while typing (src/lib/url-text.ts).
 */
import { useCallback, useMemo } from 'react';
import { useUrlState } from '@/lib/url-state';
import { useUrlText } from '@/lib/url-text';
import { DAILY_PARAMS, filtersOf, paramsOf, type DailyFilters } from './filters';

/** How long typing may pause before the text filter is written into the URL. */
export const URL_WRITE_DELAY_MS = 300;

export function useDailyFilters() {
  const [values, set] = useUrlState(DAILY_PARAMS);
  const filters = useMemo(() => filtersOf(values), [values]);
  /** A change to some filters: a new history entry (Back undoes it), or `replace` (typing). */
  const update = useCallback(
    (change: Partial<DailyFilters>, replace = false) => set(paramsOf(change), { replace }),
    [set],
  );
  const [text, setText] = useUrlText(
    filters.query,
    (query) => update({ query }, true),
    URL_WRITE_DELAY_MS,
  );
  const clear = () => {
    setText('', { immediate: true });
    update({ categories: [], trends: [], query: '', hideRead: false, watched: false });
  };
  return { filters, update, text, setText, clear };
}

export type DailyFiltering = ReturnType<typeof useDailyFilters>;
