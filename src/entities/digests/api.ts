/** Query factories for the published data: loaders and components share them. */
import { queryOptions } from '@tanstack/react-query';
import { fetchData } from '@/lib/data';
import type {
  DailyDetails,
  DailyList,
  Manifest,
  PaperIndex,
  WeeklyDigest,
  DailySimilar,
} from '@/schema/digest';

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['digests', 'manifest'],
    queryFn: ({ signal }): Promise<Manifest> => fetchData('manifest.json', 'manifest', signal),
    staleTime: 5 * 60_000,
  });

/** Digest shards are content-hashed: a file never changes, so it never goes stale. */
export const dailyQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['digests', 'daily', file],
    queryFn: ({ signal }): Promise<DailyList> => fetchData(file, 'dailyList', signal),
    staleTime: Infinity,
  });

/** A day's details (abstracts and summary sections), fetched when first needed. */
export const dailyDetailsQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['digests', 'details', file],
    queryFn: ({ signal }): Promise<DailyDetails> => fetchData(file, 'dailyDetails', signal),
    staleTime: Infinity,
  });

export const weeklyQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['digests', 'weekly', file],
    queryFn: ({ signal }): Promise<WeeklyDigest> => fetchData(file, 'weekly', signal),
    staleTime: Infinity,
  });

export const paperIndexQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['digests', 'paper-index', file],
    queryFn: ({ signal }): Promise<PaperIndex> => fetchData(file, 'paperIndex', signal),
    staleTime: Infinity,
  });

export const similarQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['digests', 'similar', file],
    queryFn: ({ signal }): Promise<DailySimilar> => fetchData(file, 'dailySimilar', signal),
    staleTime: Infinity,
  });
