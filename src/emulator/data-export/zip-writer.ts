// A minimal zip writer (PKWARE APPNOTE 6.3.x, §4.3): local headers, deflated or stored
// data, a central directory and its end record. Enough for an export's dozens of entries;
// no zip64 (a generated export stays far below 4 GB). Compression is passed in: Node's zlib
// in the CLI, CompressionStream('deflate-raw') in the browser.

export interface ZipEntryInput {
  path: string;
  data: Uint8Array;
}

/** Raw deflate (no zlib header), as zip's method 8 wants. */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array, crc = 0): number {
  const table = (crcTable ??= (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    return t;
  })());
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** 1980-01-01 is zip's epoch; a fixed time keeps the zip byte-identical run to run. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export interface ZipWriter {
  add(entry: ZipEntryInput): Promise<void>;
  /** The central directory and end record; call once, after the last add. */
  finish(): Uint8Array[];
}

/**
 * Writes entries as they come (each part goes to `write`), so a large export never sits in
 * memory whole. `crc` may be replaced by a faster one (Node's zlib.crc32).
 */
export function createZipWriter(
  write: (part: Uint8Array) => void,
  deflate: Deflate,
  crc: (data: Uint8Array) => number = crc32,
): ZipWriter {
  const encoder = new TextEncoder();
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  const emit = (part: Uint8Array) => {
    write(part);
    offset += part.length;
  };
  return {
    async add({ path, data }) {
      const name = encoder.encode(path);
      const compressed = await deflate(data);
      const sum = crc(data);
      const header = new Uint8Array(30 + name.length);
      const view = new DataView(header.buffer);
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true); // version needed: 2.0 (deflate)
      view.setUint16(6, 0x0800, true); // UTF-8 names
      view.setUint16(8, 8, true); // method: deflate
      view.setUint16(10, DOS_TIME, true);
      view.setUint16(12, DOS_DATE, true);
      view.setUint32(14, sum, true);
      view.setUint32(18, compressed.length, true);
      view.setUint32(22, data.length, true);
      view.setUint16(26, name.length, true);
      view.setUint16(28, 0, true);
      header.set(name, 30);
      const localOffset = offset;
      emit(header);
      emit(compressed);

      const entry = new Uint8Array(46 + name.length);
      const cv = new DataView(entry.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true); // made by
      cv.setUint16(6, 20, true);
      cv.setUint16(8, 0x0800, true);
      cv.setUint16(10, 8, true);
      cv.setUint16(12, DOS_TIME, true);
      cv.setUint16(14, DOS_DATE, true);
      cv.setUint32(16, sum, true);
      cv.setUint32(20, compressed.length, true);
      cv.setUint32(24, data.length, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, localOffset, true);
      entry.set(name, 46);
      central.push(entry);
      count++;
    },
    finish() {
      const size = central.reduce((sum, part) => sum + part.length, 0);
      const end = new Uint8Array(22);
      const ev = new DataView(end.buffer);
      ev.setUint32(0, 0x06054b50, true);
      ev.setUint16(8, count, true);
      ev.setUint16(10, count, true);
      ev.setUint32(12, size, true);
      ev.setUint32(16, offset, true);
      return [...central, end];
    },
  };
}

/** The whole zip in memory (small exports: the sample, tests). */
export async function writeZip(entries: Iterable<ZipEntryInput>, deflate: Deflate): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const writer = createZipWriter((part) => parts.push(part), deflate);
  for (const entry of entries) await writer.add(entry);
  parts.push(...writer.finish());
  const zip = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}
