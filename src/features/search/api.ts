/** Query factories for the search index files: each file is fetched once and cached. */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { fetchData } from '@/lib/data';
import { searchDocSchema, searchMetaSchema } from '@/schema/search';

const postingsSchema = z.record(z.string(), z.array(z.number()));
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
        fetchData<unknown>(path, path.includes('/p/') ? postingsSchema : docsSchema, signal),
      staleTime: Infinity,
    });
}
