// One import, from the chosen files to chunks of streams: each file is sorted out (zip or
// JSON, too large, empty), a zip's directory read, and every JSON file or entry becomes a
// parse job handed to whichever parser is free, largest first. Reports come back in the
// order the files were chosen, each zip followed by its entries. Merging is the caller's.
import {
  MAX_FILE_BYTES,
  type FileReport,
  type ImportProgress,
  type ParseJob,
  type ParseOutcome,
  type StreamChunk,
} from './protocol';
import { looksLikeZip, readZipDirectory, ZipError } from './zip-reader';

/** Runs one job somewhere (this worker, or a parser worker); reports inflated bytes on the way. */
export type JobRunner = (job: ParseJob, onBytes: (bytes: number) => void) => Promise<ParseOutcome>;

/** A zip is not a file anyone means as history: up to 4 GB (zip without zip64 limits), entries checked one by one. */
const MAX_ZIP_BYTES = 4 * 1024 ** 3;

export interface RunResult {
  reports: FileReport[];
  /** The chunks, unless `onChunk` took them as they came. */
  chunks: StreamChunk[];
  streamsRead: number;
}

const report = (name: string, fields: Partial<FileReport> & Pick<FileReport, 'outcome' | 'kind'>): FileReport => ({
  name,
  streams: 0,
  ...fields,
});

const failed = (name: string, problem: NonNullable<FileReport['problem']>, container?: string): FileReport =>
  report(name, {
    outcome: 'error',
    kind: 'other',
    problem,
    ...(container ? { container } : {}),
  });

async function readRange(file: File, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

const looksLikeJson = (head: Uint8Array) => {
  for (const byte of head) {
    if (byte === 0xef || byte === 0xbb || byte === 0xbf || byte <= 32) continue; // BOM, whitespace
    return byte === 0x5b || byte === 0x7b; // [ {
  }
  return false;
};

interface Plan {
  reports: FileReport[];
  jobs: { job: ParseJob; report: number; zip?: number }[];
}

/** Sorts out the chosen files: their reports so far and the jobs to run. */
export async function planImport(files: readonly File[]): Promise<Plan> {
  const plan: Plan = { reports: [], jobs: [] };
  const addJob = (job: Omit<ParseJob, 'job'>, name: string, container?: string, zip?: number) => {
    const index =
      plan.reports.push(report(name, { outcome: 'history', kind: 'other', ...(container ? { container } : {}) })) - 1;
    plan.jobs.push({ job: { ...job, job: plan.jobs.length }, report: index, ...(zip !== undefined ? { zip } : {}) });
  };
  for (const file of files) {
    if (file.size === 0) {
      plan.reports.push(failed(file.name, 'empty'));
      continue;
    }
    let head: Uint8Array;
    try {
      head = await readRange(file, 0, Math.min(file.size, 64));
    } catch {
      plan.reports.push(failed(file.name, 'unreadable'));
      continue;
    }
    if (looksLikeZip(head)) {
      if (file.size > MAX_ZIP_BYTES) {
        plan.reports.push(failed(file.name, 'too-large'));
        continue;
      }
      const zipIndex = plan.reports.push(report(file.name, { outcome: 'history', kind: 'zip' })) - 1;
      try {
        const entries = await readZipDirectory((start, end) => readRange(file, start, end), file.size);
        for (const entry of entries) {
          if (!/\.json$/i.test(entry.name)) {
            plan.reports.push(report(entry.name, { outcome: 'not-history', kind: 'other', container: file.name }));
          } else if (entry.size > MAX_FILE_BYTES) {
            plan.reports.push(failed(entry.name, 'too-large', file.name));
          } else if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) {
            plan.reports.push(failed(entry.name, 'corrupt-zip', file.name));
          } else {
            addJob(
              {
                file,
                start: 0,
                end: 0,
                zipEntry: { offset: entry.offset, compressedSize: entry.compressedSize },
                compression: entry.method === 8 ? 'deflate' : 'none',
                size: entry.size,
                name: entry.name,
                inZip: true,
              },
              entry.name,
              file.name,
              zipIndex,
            );
          }
        }
      } catch (error) {
        plan.reports[zipIndex] = failed(file.name, error instanceof ZipError ? error.problem : 'corrupt-zip');
      }
      continue;
    }
    if (/\.zip$/i.test(file.name)) {
      plan.reports.push(failed(file.name, 'not-zip'));
    } else if (/\.json$/i.test(file.name) || looksLikeJson(head)) {
      if (file.size > MAX_FILE_BYTES) plan.reports.push(failed(file.name, 'too-large'));
      else
        addJob(
          { file, start: 0, end: file.size, compression: 'none', size: file.size, name: file.name, inZip: false },
          file.name,
        );
    } else {
      plan.reports.push(report(file.name, { outcome: 'not-history', kind: 'other' }));
    }
  }
  return plan;
}

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

/**
 * Runs the plan on the runners (one job at a time each), largest job first so the last to
 * finish is a small one. `cancelled()` is polled between jobs. `onChunk` takes each file's
 * streams as it finishes (the caller merges while the others are read).
 */
export async function runImport(
  files: readonly File[],
  runners: readonly JobRunner[],
  onProgress: (progress: ImportProgress) => void,
  cancelled: () => boolean,
  onChunk?: (chunk: StreamChunk) => void,
): Promise<RunResult> {
  const plan = await planImport(files);
  const bytesTotal = files.reduce((sum, file) => sum + file.size, 0);
  const progress: ImportProgress = { filesDone: 0, filesTotal: plan.jobs.length, bytesRead: 0, bytesTotal, streams: 0 };
  // Files with nothing to parse count as read.
  const jobBytes = plan.jobs.reduce((sum, { job }) => sum + (job.zipEntry?.compressedSize ?? job.end - job.start), 0);
  progress.bytesRead = Math.max(0, bytesTotal - jobBytes);
  onProgress({ ...progress });

  const queue = [...plan.jobs].sort(
    (a, b) => (b.job.zipEntry?.compressedSize ?? b.job.size) - (a.job.zipEntry?.compressedSize ?? a.job.size),
  );
  const chunks: StreamChunk[] = [];
  const zipsWithHistory = new Set<number>();
  const inFlight = new Map<number, number>();
  const settled = new Set<number>();
  let doneBytes = progress.bytesRead;
  const publish = () => {
    let flying = 0;
    for (const bytes of inFlight.values()) flying += bytes;
    progress.bytesRead = doneBytes + flying;
    onProgress({ ...progress });
  };

  const work = async (runner: JobRunner) => {
    for (let next = queue.shift(); next && !cancelled(); next = queue.shift()) {
      const { job, report: reportIndex, zip } = next;
      const outcome = await runner(job, (bytes) => {
        inFlight.set(job.job, bytes);
        publish();
      });
      if (cancelled() || settled.has(job.job)) return;
      settled.add(job.job);
      inFlight.delete(job.job);
      doneBytes += outcome.bytes;
      progress.filesDone++;
      const base = plan.reports[reportIndex]!;
      if (!outcome.ok) {
        plan.reports[reportIndex] = { ...failed(base.name, outcome.problem, base.container), kind: outcome.kind };
      } else if (!outcome.chunk) {
        plan.reports[reportIndex] = {
          ...base,
          outcome: outcome.kind === 'other' ? 'not-history' : 'history',
          kind: outcome.kind,
        };
        if (outcome.kind !== 'other' && zip !== undefined) zipsWithHistory.add(zip);
      } else {
        const streams = outcome.chunk.ts.length;
        if (onChunk) onChunk(outcome.chunk);
        else chunks.push(outcome.chunk);
        progress.streams += streams;
        if (zip !== undefined) zipsWithHistory.add(zip);
        plan.reports[reportIndex] = {
          ...base,
          outcome: 'history',
          kind: outcome.kind,
          streams,
          ...(outcome.plays === 0 ? { problem: 'no-plays' as const } : {}),
        };
      }
      publish();
    }
  };
  await Promise.all(runners.map((runner) => work(runner)));
  if (cancelled()) throw new ImportCancelled();

  const zipStreams = new Map<number, number>();
  for (const { report: reportIndex, zip } of plan.jobs) {
    if (zip !== undefined) zipStreams.set(zip, (zipStreams.get(zip) ?? 0) + plan.reports[reportIndex]!.streams);
  }
  plan.reports.forEach((entry, i) => {
    if (entry.kind !== 'zip' || entry.outcome !== 'history') return;
    plan.reports[i] = zipsWithHistory.has(i)
      ? { ...entry, streams: zipStreams.get(i) ?? 0 }
      : failed(entry.name, 'no-history-in-zip');
  });
  return { reports: plan.reports, chunks, streamsRead: progress.streams };
}
