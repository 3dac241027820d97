// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../fixtures';
import { EXPORT_USERNAME, exportFiles, type ExportFile } from './export-files';
import { writeZip } from './zip-writer';
import { deflateRaw } from './index';

type Extended = Record<string, string | number | boolean | null>;
const parse = (file: ExportFile) => JSON.parse(file.text ?? '') as Extended[];
const records = (files: ExportFile[]) => files.filter((f) => f.records > 0).flatMap(parse);

describe('the data-export generator', () => {
  const extended = [...exportFiles({ streams: 40_000, years: 3, format: 'extended' })];

  it('gives the same files for the same options', () => {
    const again = [...exportFiles({ streams: 40_000, years: 3, format: 'extended' })];
    expect(again.map((f) => f.text)).toEqual(extended.map((f) => f.text));
  });

  it('writes audio files split by size, a video file and the ReadMe', () => {
    const names = extended.map((f) => f.path);
    expect(names.every((n) => n.startsWith('Spotify Extended Streaming History/'))).toBe(true);
    expect(names.filter((n) => /Streaming_History_Audio_\d{4}(-\d{4})?_\d+\.json$/.test(n)).length).toBeGreaterThan(1);
    expect(names.some((n) => /Streaming_History_Video_/.test(n))).toBe(true);
    expect(names.some((n) => n.endsWith('.pdf'))).toBe(true);
  });

  it('has the quirks of real exports', () => {
    const all = records(extended);
    const [first, second] = extended.filter((f) => f.records > 0).map(parse);
    // The second file starts with the end of the first.
    expect(second!.slice(0, 250)).toEqual(first!.slice(-250));
    expect(all.some((r) => r.ms_played === 29_999)).toBe(true);
    expect(all.some((r) => r.ms_played === 30_000)).toBe(true);
    expect(all.some((r) => r.spotify_episode_uri && !r.spotify_track_uri)).toBe(true);
    expect(all.some((r) => r.audiobook_uri)).toBe(true);
    expect(all.some((r) => !r.spotify_track_uri && !r.spotify_episode_uri && !r.audiobook_uri)).toBe(true);
    expect(all.some((r) => String(r.ts).endsWith('-12-31T23:59:59Z'))).toBe(true);
    expect(all.some((r) => String(r.ts).endsWith('-01-01T00:00:00Z'))).toBe(true);
    // A track renamed: one URI, two names; two URIs, one title.
    const names = new Map<string, Set<string>>();
    const uris = new Map<string, Set<string>>();
    for (const r of all) {
      if (typeof r.spotify_track_uri !== 'string') continue;
      const name = String(r.master_metadata_track_name);
      names.set(r.spotify_track_uri, (names.get(r.spotify_track_uri) ?? new Set()).add(name));
      uris.set(name, (uris.get(name) ?? new Set()).add(r.spotify_track_uri));
    }
    expect([...names.values()].some((set) => set.size === 2)).toBe(true);
    expect([...uris.values()].some((set) => set.size === 2)).toBe(true);
  });

  it("plays the demo catalogue's tracks most", () => {
    const catalogue = new Set([...getCatalog('default').tracks.keys()].map((id) => `spotify:track:${id}`));
    const plays = new Map<string, number>();
    for (const r of records(extended))
      if (typeof r.spotify_track_uri === 'string')
        plays.set(r.spotify_track_uri, (plays.get(r.spotify_track_uri) ?? 0) + 1);
    const top = [...plays].sort((a, b) => b[1] - a[1]).slice(0, 10);
    expect(top.filter(([uri]) => catalogue.has(uri)).length).toBeGreaterThanOrEqual(8);
  });

  it('keeps identifying fields only where the formats have them', () => {
    const endsong = [...exportFiles({ streams: 5_000, years: 2, format: 'endsong' })];
    expect(endsong[0]!.path).toBe('MyData/endsong_0.json');
    const row = parse(endsong[0]!)[0]!;
    expect(row.username).toBe(EXPORT_USERNAME);
    expect(row.ip_addr_decrypted).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(row).toHaveProperty('user_agent_decrypted');
  });

  it('renders the last year as account data, by name and to the minute', () => {
    const account = [...exportFiles({ streams: 40_000, years: 3, format: 'account' })];
    const music = account.filter((f) => f.path.includes('StreamingHistory_music_'));
    expect(music.length).toBeGreaterThan(0);
    const rows = music.flatMap(parse);
    expect(Object.keys(rows[0]!)).toEqual(['endTime', 'artistName', 'trackName', 'msPlayed']);
    expect(rows[0]!.endTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    const span =
      Date.parse(String(rows.at(-1)!.endTime).replace(' ', 'T') + 'Z') -
      Date.parse(String(rows[0]!.endTime).replace(' ', 'T') + 'Z');
    expect(span).toBeLessThanOrEqual(366 * 86_400_000);
    expect(account.some((f) => f.path.endsWith('Userdata.json'))).toBe(true);
    expect(account.some((f) => f.path.includes('StreamingHistory_podcast_'))).toBe(true);
  });

  it('zips with deflate into a file a zip reader accepts', async () => {
    const data = new TextEncoder().encode('[{"a": 1}]'.repeat(100));
    const zip = await writeZip([{ path: 'x/y.json', data }], deflateRaw);
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint32(zip.length - 22, true)).toBe(0x06054b50);
    expect(view.getUint16(8, true)).toBe(8);
    const compressed = view.getUint32(18, true);
    expect(compressed).toBeLessThan(data.length);
    const inflated = await new Response(
      new Blob([zip.slice(30 + 'x/y.json'.length, 30 + 'x/y.json'.length + compressed)])
        .stream()
        .pipeThrough(new DecompressionStream('deflate-raw')),
    ).arrayBuffer();
    expect(new Uint8Array(inflated)).toEqual(data);
  });
});
