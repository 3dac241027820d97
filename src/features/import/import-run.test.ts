// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runImport, type JobRunner } from './import-run';
import { MAX_FILE_BYTES } from './protocol';
import { runParseJob } from './read-entry';
import { account, extended } from './test-records';

const encoder = new TextEncoder();

async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A zip of deflated entries (no CRCs: the reader doesn't check them), laid out per APPNOTE §4.3. */
async function zip(entries: Record<string, string>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [path, text] of Object.entries(entries)) {
    const name = encoder.encode(path);
    const data = encoder.encode(text);
    const packed = await deflate(data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    entry.set(name, 46);
    parts.push(local, packed);
    central.push(entry);
    offset += local.length + packed.length;
  }
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, size, true);
  ev.setUint32(16, offset, true);
  return new Uint8Array(await new Blob([...parts, ...central, end] as BlobPart[]).arrayBuffer());
}

const file = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name);
const history = extended([
  { ts: '2020-01-01T10:00:00Z', ms: 100_000, uri: 'spotify:track:a' },
  { ts: '2020-01-02T10:00:00Z', ms: 100_000, uri: 'spotify:track:b' },
]);
const runners: JobRunner[] = [runParseJob, runParseJob];
const run = (files: File[]) =>
  runImport(
    files,
    runners,
    () => {},
    () => false,
  );

describe('an import run', () => {
  it('reads a zip’s history and lists its other files as not history', async () => {
    const bytes = await zip({
      'Spotify Extended Streaming History/Streaming_History_Audio_2020_0.json': history,
      'Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf': '%PDF-1.4',
      'Spotify Account Data/Userdata.json': '{"username": "someone"}',
    });
    const result = await run([file('my_spotify_data.zip', bytes)]);
    expect(result.reports.map((r) => [r.name, r.outcome, r.kind, r.streams])).toEqual([
      ['my_spotify_data.zip', 'history', 'zip', 2],
      ['Spotify Extended Streaming History/Streaming_History_Audio_2020_0.json', 'history', 'extended', 2],
      ['Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf', 'not-history', 'other', 0],
      ['Spotify Account Data/Userdata.json', 'not-history', 'other', 0],
    ]);
    expect(result.chunks.map((c) => c.ts.length)).toEqual([2]);
  });

  it('gives each bad file its problem and keeps the files that parsed', async () => {
    const good = await zip({ 'a/Streaming_History_Audio_2020_0.json': history });
    const corrupt = good.slice();
    corrupt.fill(0x55, 80, 110); // inside the deflated data (the local header ends at 68)
    const noHistory = await zip({
      'Spotify Account Data/Userdata.json': '{}',
      'x/Playlist1.json': '{"playlists": []}',
    });
    const result = await run([
      file('not-really.zip', 'hello'),
      file('broken.zip', corrupt),
      file('cut.zip', good.slice(0, good.length - 30)),
      file('nothing.zip', noHistory),
      file('empty.json', ''),
      file('truncated.json', history.slice(0, history.length - 20)),
      file('shape.json', '[{"hello": "world"}]'),
      file(
        'StreamingHistory_music_0.json',
        account([{ endTime: '2024-01-01 10:00', artist: 'A', track: 'T', ms: 5_000 }]),
      ),
      file('Streaming_History_Audio_2020_0.json', history),
      file('ReadMe.pdf', '%PDF-1.4'),
    ]);
    expect(result.reports.filter((r) => !r.container).map((r) => [r.name, r.outcome, r.problem])).toEqual([
      ['not-really.zip', 'error', 'not-zip'],
      ['broken.zip', 'error', 'no-history-in-zip'],
      ['cut.zip', 'error', 'corrupt-zip'],
      ['nothing.zip', 'error', 'no-history-in-zip'],
      ['empty.json', 'error', 'empty'],
      ['truncated.json', 'error', 'truncated-json'],
      ['shape.json', 'error', 'unknown-shape'],
      ['StreamingHistory_music_0.json', 'history', 'no-plays'],
      ['Streaming_History_Audio_2020_0.json', 'history', undefined],
      ['ReadMe.pdf', 'not-history', undefined],
    ]);
    expect(result.reports.find((r) => r.container === 'broken.zip')).toMatchObject({
      outcome: 'error',
      problem: 'corrupt-zip',
    });
    // Every failure carries a code for the page to word (no English from the worker).
    expect(result.reports.filter((r) => r.outcome === 'error' && r.problem === undefined)).toEqual([]);
    expect(result.reports.filter((r) => r.message !== undefined)).toEqual([]);
    expect(result.chunks.map((c) => c.kind).sort()).toEqual(['account', 'extended']);
  });

  it('refuses a file over the limit without reading it', async () => {
    const huge = { name: 'huge.json', size: MAX_FILE_BYTES + 1, slice: () => new Blob(['[']) } as unknown as File;
    const result = await run([huge]);
    expect(result.reports).toEqual([
      expect.objectContaining({ name: 'huge.json', outcome: 'error', problem: 'too-large' }),
    ]);
  });

  it('reports progress up to every byte and stream, and stops when cancelled', async () => {
    const files = [file('a.json', history), file('b.json', history)];
    const seen: number[] = [];
    const result = await runImport(
      files,
      runners,
      (p) => seen.push(p.bytesRead),
      () => false,
    );
    expect(seen.at(-1)).toBe(files[0]!.size + files[1]!.size);
    expect(result.streamsRead).toBe(4);
    await expect(
      runImport(
        files,
        runners,
        () => {},
        () => true,
      ),
    ).rejects.toThrow(/cancelled/);
  });
});
