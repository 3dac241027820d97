// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { KIND_CODES, parseExportTime, parseHistoryText, recogniseRecords } from './parse-records';
import { account, extended } from './test-records';

const parse = (text: string, name = 'x.json', inZip = false) => parseHistoryText(text, name, inZip);

describe('format recognition, by the records’ shape', () => {
  it('knows extended history whatever the file is called, video by its name', () => {
    const rows = JSON.parse(
      extended([{ ts: '2020-01-01T10:00:00Z', ms: 40_000, uri: 'spotify:track:a' }]),
    ) as unknown[];
    expect(recogniseRecords(rows, 'renamed.json')).toBe('extended');
    expect(recogniseRecords(rows, 'MyData/endsong_3.json')).toBe('extended');
    expect(recogniseRecords(rows, 'Streaming_History_Video_2020-2024.json')).toBe('extended-video');
  });

  it('knows account data, music and podcasts, old and new names', () => {
    const music = JSON.parse(account([{ endTime: '2024-03-01 13:45', artist: 'A', track: 'T', ms: 1 }])) as unknown[];
    expect(recogniseRecords(music, 'StreamingHistory0.json')).toBe('account');
    expect(recogniseRecords(music, 'StreamingHistory_music_0.json')).toBe('account');
    const podcast = [{ endTime: '2024-03-01 13:45', podcastName: 'P', episodeName: 'E', msPlayed: 1 }];
    expect(recogniseRecords(podcast, 'StreamingHistory_podcast_0.json')).toBe('account-podcast');
  });

  it('knows nothing else', () => {
    expect(recogniseRecords([{ playlists: [] }], 'Playlist1.json')).toBeNull();
    expect(recogniseRecords([1, 2, 3], 'x.json')).toBeNull();
    expect(recogniseRecords([], 'x.json')).toBeNull();
  });
});

describe('normalisation', () => {
  it('reads extended streams by URI, episodes and audiobooks apart, and skips records without any URI', () => {
    const outcome = parse(
      extended([
        { ts: '2020-01-01T10:00:00Z', ms: 40_000, uri: 'spotify:track:a', track: 'Old name', artist: 'A', album: 'X' },
        { ts: '2021-01-01T10:00:00Z', ms: 10_000, uri: 'spotify:track:a', track: 'New name', artist: 'A', album: 'X' },
        { ts: '2020-06-01T10:00:00Z', ms: 50_000, episode: { uri: 'spotify:episode:e', name: 'Ep', show: 'Show' } },
        {
          ts: '2020-06-02T10:00:00Z',
          ms: 60_000,
          audiobook: { uri: 'spotify:audiobook:b', chapterUri: 'spotify:chapter:c', title: 'Book', chapter: 'One' },
        },
        { ts: '2020-06-03T10:00:00Z', ms: 60_000 },
      ]),
    );
    expect(outcome.ok && outcome.chunk).toBeTruthy();
    if (!outcome.ok || !outcome.chunk) return;
    expect(outcome.kind).toBe('extended');
    expect(outcome.plays).toBe(3);
    const { chunk } = outcome;
    expect(chunk.ts.length).toBe(4);
    // Sorted by time, names from the latest record.
    expect([...chunk.ts]).toEqual([...chunk.ts].sort((a, b) => a - b));
    expect(chunk.tracks.key).toEqual(['spotify:track:a', 'spotify:episode:e', 'spotify:chapter:c']);
    expect(chunk.tracks.name).toEqual(['New name', 'Ep', 'One']);
    expect([...chunk.tracks.kind]).toEqual([KIND_CODES.music, KIND_CODES.podcast, KIND_CODES.audiobook]);
  });

  it('drops IP addresses, user agents and user names as it reads', () => {
    const outcome = parse(extended([{ ts: '2022-05-01T10:00:00Z', ms: 40_000, uri: 'spotify:track:a' }], true));
    const kept = JSON.stringify(outcome.ok ? outcome.chunk?.tracks : null);
    expect(outcome.ok && outcome.chunk?.ts.length).toBe(1);
    for (const secret of ['203.0.113.7', 'secret-user', 'secret-agent', 'SE', 'android'])
      expect(kept).not.toContain(secret);
  });

  it('keys account data by artist and track name, to the minute in UTC', () => {
    const outcome = parse(
      account([
        { endTime: '2024-03-01 13:45', artist: 'A', track: 'Same', ms: 40_000 },
        { endTime: '2024-03-01 13:50', artist: 'B', track: 'Same', ms: 40_000 },
      ]),
    );
    if (!outcome.ok || !outcome.chunk) throw new Error('expected a chunk');
    expect(outcome.kind).toBe('account');
    expect(outcome.chunk.tracks.artist).toEqual(['A', 'B']);
    expect(outcome.chunk.tracks.name).toEqual(['Same', 'Same']);
    expect(outcome.chunk.tracks.key.every((key) => !key.startsWith('spotify:'))).toBe(true);
    expect(outcome.chunk.ts[0]).toBe(Date.UTC(2024, 2, 1, 13, 45) / 1000);
  });

  it('parses both time formats and refuses others', () => {
    expect(parseExportTime('2019-12-31T23:59:59Z')).toBe(Date.UTC(2019, 11, 31, 23, 59, 59) / 1000);
    expect(parseExportTime('2019-12-31 23:59')).toBe(Date.UTC(2019, 11, 31, 23, 59) / 1000);
    expect(parseExportTime('2019-12-31T23:59:59.500Z')).toBe(Date.UTC(2019, 11, 31, 23, 59, 59) / 1000);
    expect(parseExportTime('yesterday')).toBeNaN();
    expect(parseExportTime(12)).toBeNaN();
  });
});

describe('bad input', () => {
  it('names each problem', () => {
    expect(parse('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parse('  \n')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parse('[]')).toMatchObject({ ok: false, problem: 'empty' });
    expect(
      parse(extended([{ ts: '2020-01-01T10:00:00Z', ms: 1, uri: 'spotify:track:a' }]).slice(0, 200)),
    ).toMatchObject({
      ok: false,
      problem: 'truncated-json',
    });
    expect(parse('hello, world')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parse('[{"a": 1}]')).toMatchObject({ ok: false, problem: 'unknown-shape' });
    expect(parse('{"username": "x"}')).toMatchObject({ ok: false, problem: 'unknown-shape' });
  });

  it('calls the other files of an export "not history", not errors', () => {
    expect(parse('{"username": "x"}', 'Spotify Account Data/Userdata.json', true)).toMatchObject({
      ok: true,
      kind: 'other',
    });
    expect(parse('[{"a": 1}]', 'Spotify Account Data/SearchQueries.json', true)).toMatchObject({
      ok: true,
      kind: 'other',
    });
    expect(parse('[]', 'Spotify Account Data/StreamingHistory_podcast_0.json', true)).toMatchObject({
      ok: true,
      chunk: null,
    });
    expect(parse('[{"a": 1}]', 'MyData/StreamingHistory0.json', true)).toMatchObject({
      ok: false,
      problem: 'unknown-shape',
    });
  });

  it('counts a history of skips as history with no plays', () => {
    const outcome = parse(extended([{ ts: '2020-01-01T10:00:00Z', ms: 29_999, uri: 'spotify:track:a' }]));
    expect(outcome).toMatchObject({ ok: true, kind: 'extended', plays: 0 });
  });
});
