// One parse job, start to end: a file's (or zip entry's) bytes, inflated as a stream with the
// browser's DecompressionStream (measured against fflate: faster, and no library to ship),
// decoded, parsed and turned into columns. Runs in any worker; plain Blob and stream APIs, so
// unit tests run it in Node too.
import { parseHistoryText } from './parse-records';
import { entryDataStart } from './zip-reader';
import { MAX_FILE_BYTES, type FileProblem, type ParseJob, type ParseOutcome } from './protocol';

class JobError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem);
  }
}

/** Reports roughly every 4 MB inflated, as compressed bytes consumed so far. */
export type OnBytes = (compressedBytes: number) => void;

async function inflate(blob: Blob, size: number, onBytes: OnBytes): Promise<Uint8Array> {
  if (size > MAX_FILE_BYTES) throw new JobError('too-large');
  const stream = blob.stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let out = new Uint8Array(size >= 0 ? size : Math.min(MAX_FILE_BYTES, Math.max(65_536, blob.size * 8)));
  let length = 0;
  let reported = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > out.length) {
        // More than the directory said: a broken zip, unless it didn't say (size −1).
        if (size >= 0) throw new JobError('corrupt-zip');
        if (length + value.length > MAX_FILE_BYTES) throw new JobError('too-large');
        const grown = new Uint8Array(Math.min(MAX_FILE_BYTES, Math.max(out.length * 2, length + value.length)));
        grown.set(out.subarray(0, length));
        out = grown;
      }
      out.set(value, length);
      length += value.length;
      if (length - reported >= 4 << 20) {
        reported = length;
        onBytes(size > 0 ? Math.round((blob.size * length) / size) : 0);
      }
    }
  } catch (error) {
    void reader.cancel().catch(() => {});
    if (error instanceof JobError) throw error;
    throw new JobError('corrupt-zip');
  }
  if (size >= 0 && length !== size) throw new JobError('corrupt-zip');
  return out.subarray(0, length);
}

const decoder = new TextDecoder();

async function rangeOf(job: ParseJob): Promise<[number, number]> {
  if (!job.zipEntry) return [job.start, job.end];
  const { offset, compressedSize } = job.zipEntry;
  const read = async (start: number, end: number) => new Uint8Array(await job.file.slice(start, end).arrayBuffer());
  try {
    const start = await entryDataStart(read, offset);
    return [start, start + compressedSize];
  } catch {
    throw new JobError('corrupt-zip');
  }
}

export async function readJobBytes(job: ParseJob, onBytes: OnBytes = () => {}): Promise<Uint8Array> {
  const [start, end] = await rangeOf(job);
  if (end > job.file.size) throw new JobError('corrupt-zip');
  const slice = job.file.slice(start, end);
  if (job.compression === 'deflate') return inflate(slice, job.size, onBytes);
  if (slice.size > MAX_FILE_BYTES) throw new JobError('too-large');
  try {
    return new Uint8Array(await slice.arrayBuffer());
  } catch {
    throw new JobError('unreadable');
  }
}

export async function runParseJob(job: ParseJob, onBytes?: OnBytes): Promise<ParseOutcome> {
  const bytes = job.zipEntry ? job.zipEntry.compressedSize : job.end - job.start;
  try {
    const data = await readJobBytes(job, onBytes);
    const outcome = parseHistoryText(decoder.decode(data), job.name, job.inZip);
    if (!outcome.ok)
      return { job: job.job, ok: false, kind: outcome.kind, problem: outcome.problem, message: '', bytes };
    return { job: job.job, ok: true, kind: outcome.kind, chunk: outcome.chunk, plays: outcome.plays, bytes };
  } catch (error) {
    const problem = error instanceof JobError ? error.problem : 'unreadable';
    return { job: job.job, ok: false, kind: 'other', problem, message: '', bytes };
  }
}
