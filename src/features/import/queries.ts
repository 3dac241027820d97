// The imported history's answers, cached by TanStack Query like any other data. They come from
// the import worker, not from Spotify, and change only by this page's own actions (an import, a
// delete), which invalidate them: so they never go stale on their own and never retry.
//
// A client of its own: the import page works signed out, where the app's client (in the signed-in
// chunk) is not loaded; the signed-in pages' badges use this same client, so one import updates
// every view of it.
import { hashKey, notifyManager, QueryClient, queryOptions } from '@tanstack/react-query';
import {
  entityDetail,
  KEPT_TOP_PARAMS,
  historyStatus,
  loadKept,
  playsByArtistName,
  playsByUri,
  query,
  storageInfo,
  summary,
  type Entity,
  type ImportResult,
  type Period,
  type QueryParams,
} from './history-client';

export const importQueryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
});

export const importQueries = {
  all: () => ['import'] as const,
  /** What a reload finds on the device (status and the all-time top tracks), asked once per page load. */
  kept: () =>
    queryOptions({
      queryKey: [...importQueries.all(), 'kept'],
      queryFn: async () => {
        const kept = await loadKept();
        // The first screen paints from these at once: the worker needn't be asked again.
        if (kept) {
          importQueryClient.setQueryData(importQueries.status().queryKey, kept.status);
          importQueryClient.setQueryData(importQueries.ranked(KEPT_TOP_PARAMS).queryKey, kept.topTracks);
        }
        return kept;
      },
    }),
  status: () => queryOptions({ queryKey: [...importQueries.all(), 'status'], queryFn: () => historyStatus() }),
  ranked: (params: QueryParams) =>
    queryOptions({ queryKey: [...importQueries.all(), 'ranked', params], queryFn: () => query(params) }),
  summary: (period: Period, allStreams: boolean) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'summary', period, allStreams],
      queryFn: () => summary(period, allStreams),
    }),
  detail: (entity: Entity, key: string, period: Period, allStreams: boolean) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'detail', entity, key, period, allStreams],
      queryFn: () => entityDetail(entity, key, period, allStreams),
    }),
  storage: () => queryOptions({ queryKey: [...importQueries.all(), 'storage'], queryFn: () => storageInfo() }),
  /** All-time plays of these track URIs (sorted, so the key doesn't depend on their order). */
  playsByUri: (uris: readonly string[]) => {
    const sorted = [...new Set(uris)].sort();
    return queryOptions({
      queryKey: [...importQueries.all(), 'plays-by-uri', sorted],
      queryFn: () => playsByUri(sorted),
    });
  },
  playsByArtist: (name: string) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'plays-by-artist', name],
      queryFn: () => playsByArtistName(name),
    }),
};

/**
 * After an import, a delete or a move: every answer is asked again, but for what the page load
 * found kept (it only seeds the first screen; the worker's status now says what there is).
 */
export function historyChanged(): Promise<void> {
  return importQueryClient.invalidateQueries({
    queryKey: importQueries.all(),
    predicate: (query) => query.queryKey[1] !== 'kept',
  });
}

/**
 * After an import: its answer carries the status and the all-time top tracks, so the first
 * screen paints from them at once (no round trip to the worker, one render); every other
 * answer is asked again. `alongside` (the page's own "imported" state) runs in the same
 * notification, so that one render shows it all: no frame with the results under a progress bar.
 */
export function historyImported(result: ImportResult, alongside?: () => void): Promise<void> {
  const seeded = [importQueries.status().queryKey, importQueries.ranked(KEPT_TOP_PARAMS).queryKey];
  notifyManager.batch(() => {
    importQueryClient.setQueryData(importQueries.ranked(KEPT_TOP_PARAMS).queryKey, result.topTracks);
    importQueryClient.setQueryData(importQueries.status().queryKey, result.status);
    if (alongside) notifyManager.schedule(alongside);
  });
  const fresh = new Set(seeded.map((key) => hashKey(key)));
  return importQueryClient.invalidateQueries({
    queryKey: importQueries.all(),
    predicate: (query) => query.queryKey[1] !== 'kept' && !fresh.has(query.queryHash),
  });
}
