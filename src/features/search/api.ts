/** Query factories for the search index files: each file is fetched once and cached. */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { fetchData } from '@/lib/data';
import type { Validator } from '@/schema/digest';
import { searchDocSchema, searchMetaSchema } from '@/schema/search';

/**
 * Postings shards hold up to hundreds of thousands of numbers: checking each with zod costs
 * more than the search itself, so a shard is checked for its shape (an object of arrays) and
 * the engine reads numbers defensively.
 */
const postingsValidator: Validator<Record<string, number[]>> = {
  safeParse(value) {
    const ok =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every(Array.isArray);
    return ok
      ? { success: true, data: value as Record<string, number[]> }
      : {
          success: false,
          error: { issues: [{ path: [], message: 'expected an object of term postings' }] },
        };
  },
};
const docsSchema = z.array(searchDocSchema);

export const searchMetaQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['search', 'meta', file],
    queryFn: ({ signal }) => fetchData(file, searchMetaSchema, signal),
    staleTime: Infinity,
  });

/** Fetches a postings shard or a docs chunk (paths relative to the data folder), cached. */
export function indexFileLoader(queryClient: QueryClient) {
  return (path: string): Promise<unknown> =>
    queryClient.fetchQuery({
      queryKey: ['search', 'file', path],
      queryFn: ({ signal }) =>
        fetchData<unknown>(path, path.includes('/p/') ? postingsValidator : docsSchema, signal),
      staleTime: Infinity,
    });
}
