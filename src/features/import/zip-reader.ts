// Reads a zip's central directory (PKWARE APPNOTE §4.3.12–16, zip64 included) through a
// byte-range reader, so a File is never read whole: the directory is at its end, and each
// entry's data is then inflated as a stream (read-entry.ts).

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else we can't read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export class ZipError extends Error {
  constructor(readonly problem: 'not-zip' | 'corrupt-zip') {
    super(problem);
    this.name = 'ZipError';
  }
}

export type ReadRange = (start: number, end: number) => Promise<Uint8Array>;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;

/** True when the first bytes are a zip's (a local header, or the end record of an empty zip). */
export function looksLikeZip(head: Uint8Array): boolean {
  if (head.length < 4) return false;
  const signature = new DataView(head.buffer, head.byteOffset, 4).getUint32(0, true);
  return signature === LOCAL || signature === END;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const u64 = (dv: DataView, at: number) => dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;

export async function readZipDirectory(read: ReadRange, fileSize: number): Promise<ZipEntry[]> {
  if (fileSize < 22) throw new ZipError('not-zip');
  const head = await read(0, 4);
  if (!looksLikeZip(head)) throw new ZipError('not-zip');

  // The end record is the last 22 bytes plus a comment of up to 65,535.
  const tailStart = Math.max(0, fileSize - 22 - 65_535);
  const tail = await read(tailStart, fileSize);
  const tv = view(tail);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new ZipError('corrupt-zip');
  let count = tv.getUint16(end + 10, true);
  let directorySize = tv.getUint32(end + 12, true);
  let directoryOffset = tv.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || tv.getUint32(locator, true) !== LOCATOR64) throw new ZipError('corrupt-zip');
    const recordOffset = u64(tv, locator + 8);
    const record = view(await read(recordOffset, recordOffset + 56));
    if (record.byteLength < 56 || record.getUint32(0, true) !== END64) throw new ZipError('corrupt-zip');
    count = u64(record, 32);
    directorySize = u64(record, 40);
    directoryOffset = u64(record, 48);
  }
  if (directoryOffset + directorySize > fileSize) throw new ZipError('corrupt-zip');

  const directory = await read(directoryOffset, directoryOffset + directorySize);
  const dv = view(directory);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || dv.getUint32(at, true) !== CENTRAL) throw new ZipError('corrupt-zip');
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    let compressedSize = dv.getUint32(at + 20, true);
    let size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    let offset = dv.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > directory.length) throw new ZipError('corrupt-zip');
    const name = decoder.decode(directory.subarray(at + 46, nameEnd));
    // Zip64 extra field: the 64-bit values, in this order, for the fields that overflowed.
    for (let e = nameEnd; e + 4 <= nameEnd + extraLength;) {
      const id = dv.getUint16(e, true);
      const length = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let p = e + 4;
        if (size === 0xffffffff) {
          size = u64(dv, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(dv, p);
          p += 8;
        }
        if (offset === 0xffffffff) offset = u64(dv, p);
      }
      e += 4 + length;
    }
    if (!name.endsWith('/')) entries.push({ name, method, encrypted: (flags & 1) !== 0, compressedSize, size, offset });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose extra field may differ from the directory's. */
export async function entryDataStart(read: ReadRange, offset: number): Promise<number> {
  const header = await read(offset, offset + 30);
  const hv = view(header);
  if (header.length < 30 || hv.getUint32(0, true) !== LOCAL) throw new ZipError('corrupt-zip');
  return offset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
}
