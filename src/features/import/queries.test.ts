// @vitest-environment node
import { QueryObserver } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KEPT_TOP_PARAMS, type ImportResult, type QueryResult } from './history-client';
import { historyImported, importQueries, importQueryClient } from './queries';

const topTracks: QueryResult = {
  rows: [{ rank: 1, key: 'spotify:track:a', name: 'Song A', artist: 'Artist A', count: 3, ms: 600_000 }],
  total: 1,
  span: { from: '2020-01-01', to: '2020-12-31' },
};

const result: ImportResult = {
  files: [],
  sources: { extended: { from: '2020-01-01', to: '2020-12-31' }, account: null, accountCounted: [] },
  totals: { streamsRead: 3, streamsAdded: 3, duplicates: 0, streamsInHistory: 3 },
  status: {
    streams: 3,
    storage: 'device',
    sources: { extended: { from: '2020-01-01', to: '2020-12-31' }, account: null, accountCounted: [] },
    first: Date.UTC(2020, 0, 1),
    last: Date.UTC(2020, 11, 31),
    years: [2020],
    timeZone: 'UTC',
  },
  topTracks,
};

describe('after an import', () => {
  beforeEach(() => importQueryClient.clear());

  it('paints the status and the all-time top tracks from its answer, and asks every other answer again', async () => {
    const year = importQueries.ranked({ ...KEPT_TOP_PARAMS, period: { kind: 'year', year: 2020 } });
    const before: QueryResult = { rows: [], total: 0, span: null };
    importQueryClient.setQueryData(year.queryKey, before);

    await historyImported(result);

    const top = importQueries.ranked(KEPT_TOP_PARAMS).queryKey;
    expect(importQueryClient.getQueryData(top)).toEqual(topTracks);
    expect(importQueryClient.getQueryState(top)?.isInvalidated).toBe(false);
    expect(importQueryClient.getQueryData(importQueries.status().queryKey)).toEqual(result.status);
    expect(importQueryClient.getQueryState(importQueries.status().queryKey)?.isInvalidated).toBe(false);
    expect(importQueryClient.getQueryState(year.queryKey)?.isInvalidated).toBe(true);
  });

  it('tells the page it is done in the same notification that hands its lists the answer', async () => {
    const seen: string[] = [];
    const observer = new QueryObserver(importQueryClient, { ...importQueries.status(), enabled: false });
    const unsubscribe = observer.subscribe((state) => seen.push(state.data ? 'status' : 'empty'));
    const done = vi.fn(() => seen.push('done'));

    await historyImported(result, done);

    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect(seen).toEqual(['status', 'done']);
    unsubscribe();
  });
});
