// The stored form: tables and columns packed into one buffer and deflated. Times go in as
// differences from the stream before (sorted, so small), and every column is laid out byte
// plane by byte plane (all low bytes, then the next …), which deflate squeezes far better
// than whole numbers: a few bytes per stream, names included.
import { type StoreData, type StoreTables } from './stream-store';

const FORMAT = 1;

async function pipe(data: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const SLICE = 1 << 20;

/**
 * Deflates a slice at a time, giving the worker back between slices: a million streams are
 * 12 MB to squeeze, and a query asked meanwhile is answered between two slices.
 */
async function deflateInSlices(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const transform = new CompressionStream('deflate-raw');
  const result = new Response(transform.readable).arrayBuffer();
  const writer = transform.writable.getWriter();
  for (let at = 0; at < data.length; at += SLICE) {
    await writer.write(data.subarray(at, at + SLICE));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await writer.close();
  return new Uint8Array(await result);
}

/** Byte planes of a Uint32 column, written at `out[at…]`. */
function writePlanes(column: Uint32Array, out: Uint8Array, at: number) {
  const n = column.length;
  for (let i = 0; i < n; i++) {
    const v = column[i]!;
    out[at + i] = v & 255;
    out[at + n + i] = (v >>> 8) & 255;
    out[at + 2 * n + i] = (v >>> 16) & 255;
    out[at + 3 * n + i] = v >>> 24;
  }
}

function readPlanes(data: Uint8Array, at: number, n: number): Uint32Array {
  const column = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    column[i] =
      (data[at + i]! | (data[at + n + i]! << 8) | (data[at + 2 * n + i]! << 16) | (data[at + 3 * n + i]! << 24)) >>> 0;
  }
  return column;
}

export async function encodeStore(store: StoreData): Promise<Uint8Array> {
  const tables: StoreTables & { format: number; streams: number } = {
    format: FORMAT,
    streams: store.ts.length,
    trackKey: store.trackKey,
    trackName: store.trackName,
    trackArtist: store.trackArtist,
    trackAlbum: store.trackAlbum,
    trackKind: store.trackKind,
    trackNamedAt: store.trackNamedAt,
    artistName: store.artistName,
    albumName: store.albumName,
    albumArtist: store.albumArtist,
  };
  const header = new TextEncoder().encode(JSON.stringify(tables));
  const n = store.ts.length;
  const packed = new Uint8Array(4 + header.length + 12 * n);
  new DataView(packed.buffer).setUint32(0, header.length, true);
  packed.set(header, 4);
  const deltas = new Uint32Array(n);
  for (let i = 0; i < n; i++) deltas[i] = store.ts[i]! - (i > 0 ? store.ts[i - 1]! : 0);
  const at = 4 + header.length;
  writePlanes(deltas, packed, at);
  writePlanes(store.track, packed, at + 4 * n);
  writePlanes(store.ms, packed, at + 8 * n);
  return deflateInSlices(packed);
}

export async function decodeStore(data: Uint8Array): Promise<StoreData> {
  const packed = await pipe(data, new DecompressionStream('deflate-raw'));
  const headerLength = new DataView(packed.buffer, packed.byteOffset).getUint32(0, true);
  const tables = JSON.parse(new TextDecoder().decode(packed.subarray(4, 4 + headerLength))) as StoreTables & {
    format: number;
    streams: number;
  };
  if (tables.format !== FORMAT) throw new Error('Unknown stored format');
  const n = tables.streams;
  const at = 4 + headerLength;
  const ts = readPlanes(packed, at, n);
  for (let i = 1; i < n; i++) ts[i] = ts[i]! + ts[i - 1]!;
  const { format: _format, streams: _streams, ...rest } = tables;
  return { ...rest, ts, track: readPlanes(packed, at + 4 * n, n), ms: readPlanes(packed, at + 8 * n, n) };
}
