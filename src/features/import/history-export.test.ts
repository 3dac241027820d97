import { describe, expect, it } from 'vitest';
import { historyToCsv, historyToJson, type HistoryExportInput } from './history-export';

const input: HistoryExportInput = {
  entity: 'track',
  metric: 'plays',
  allStreams: false,
  periodSlug: '2021',
  periodLabel: '2021',
  span: { from: '2021-01-01', to: '2021-12-31' },
  rows: [
    {
      rank: 1,
      key: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC',
      uri: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC',
      name: '=cmd|"/c calc"',
      artist: 'Someone, Else',
      album: 'An "Album"',
      count: 12,
      ms: 2_400_000,
    },
  ],
};

describe('imported-history export', () => {
  it('writes the ranked rows as CSV, names quoted and formulas defused', () => {
    const file = historyToCsv(input);
    expect(file.name).toBe('heavy-rotation-history-top-tracks-2021.csv');
    const lines = file.content
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('rank,name,artist,album,plays,ms_played,spotify_uri,spotify_url');
    expect(lines[1]).toBe(
      `1,"'=cmd|""/c calc""","Someone, Else","An ""Album""",12,2400000,spotify:track:4uLU6hMCjMI75M1A2tKUQC,https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC`,
    );
  });

  it('writes JSON with the period and what was counted', () => {
    const parsed = JSON.parse(historyToJson({ ...input, allStreams: true }, new Date('2026-01-01T00:00:00Z')).content);
    expect(parsed).toMatchObject({ type: 'tracks', period: '2021', from: '2021-01-01', counting: 'every stream' });
    expect(parsed.items[0]).toEqual({
      rank: 1,
      name: '=cmd|"/c calc"',
      artist: 'Someone, Else',
      album: 'An "Album"',
      streams: 12,
      ms_played: 2_400_000,
      uri: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC',
      url: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
    });
  });

  it('writes artists without track columns', () => {
    const file = historyToCsv({
      ...input,
      entity: 'artist',
      rows: [{ ...input.rows[0]!, artist: undefined, uri: undefined }],
    });
    expect(file.content).toContain('rank,name,plays,ms_played\r\n');
  });
});
