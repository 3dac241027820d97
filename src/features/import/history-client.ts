// The page's side of the import worker: an async API over the typed protocol. The page
// only renders; reading files, counting and ranking happen in import.worker.ts (the main
// worker, which holds the history) and its parser workers (one per core, started for an
// import and ended after it).
//
// Usage, in short:
//   const kept = await loadKept();                      // after a reload: status + all-time top tracks
//   const result = await importFiles(files, { storage: 'device', signal, onProgress });
//   const page = await query({ period: { kind: 'year', year: 2021 }, entity: 'track',
//                              metric: 'plays', allStreams: false, offset: 0, limit: 50 });
//   const overview = await summary({ kind: 'all' }, false);
//   await deleteAll();
//
// Every call may reject with an Error whose message is a code (import-errors.ts words it).
// A cancelled import rejects with a DOMException named 'AbortError' and leaves the history as
// it was. Calls are answered in order per kind; a newer query does not cancel an older one,
// so the UI keeps the latest answer it asked for (TanStack Query does this by key).
import {
  type CallName,
  type Calls,
  type Entity,
  type EntityDetail,
  type HistoryStatus,
  type ImportProgress,
  type ImportResult,
  type KeptHistory,
  type Period,
  type PlayCounts,
  type QueryParams,
  type QueryResult,
  type StorageChoice,
  type StorageInfo,
  type Summary,
  type WorkerInit,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { readSnapshot } from './kept-store';

export type * from './protocol';
export { KEPT_TOP_LIMIT, KEPT_TOP_PARAMS, MAX_FILE_BYTES, PLAY_MS } from './protocol';

export interface ImportOptions {
  /** 'device': kept in IndexedDB (survives a reload); 'visit': memory only, and any device copy is removed. */
  storage: StorageChoice;
  signal?: AbortSignal;
  /** Called at most every ~250 ms while files are read, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  onProgress?: (progress: ImportProgress) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  started.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if ('progress' in message) {
      waiting.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(message.aborted ? new DOMException(message.message, 'AbortError') : new Error(message.message));
  };
  started.onerror = (event) => {
    event.preventDefault();
    const error = new Error('worker-stopped'); // a code: import-errors.ts words it
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = undefined;
    started.terminate();
  };
  started.postMessage({ init: 'main', parsers: [] } satisfies WorkerInit);
  worker = started;
  return started;
}

/**
 * While a reload reads its snapshot, other calls wait: their first would have the worker read
 * the whole history from IndexedDB, and that read holds up the snapshot's (one store per origin).
 * Null once it is read, so a call posts its message at once, not a microtask later (an import
 * chosen in a click would otherwise wait behind the render that click started).
 */
let snapshotRead: Promise<void> | null = null;

async function call<K extends CallName>(
  name: K,
  args: Calls[K][0],
  options: { transfer?: Transferable[]; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<Calls[K][1]> {
  if (snapshotRead) await snapshotRead;
  const target = startWorker();
  const id = nextId++;
  return new Promise<Calls[K][1]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress });
    target.postMessage({ id, call: name, args } as WorkerRequest, options.transfer ?? []);
  });
}

interface ParserPool {
  ports: MessagePort[];
  stop: () => void;
}

let pool: ParserPool | undefined;

/** Parser workers for one import: one per core (the main worker merges), ended when it finishes. */
function startParsers(): ParserPool {
  const count = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
  const parsers: Worker[] = [];
  const ports: MessagePort[] = [];
  for (let i = 0; i < count; i++) {
    const parser = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: `parse-${i}` });
    const channel = new MessageChannel();
    parser.postMessage({ init: 'parser' } satisfies WorkerInit);
    parser.postMessage(channel.port2, [channel.port2]);
    parsers.push(parser);
    ports.push(channel.port1);
  }
  return { ports, stop: () => parsers.forEach((parser) => parser.terminate()) };
}

/**
 * Starts the workers an import needs ahead of it (the page calls this when it shows the
 * file picker), so choosing files starts reading at once. Idle workers cost a few MB; an
 * import ends them, and the next call starts fresh ones.
 */
export function prepareImport(): void {
  startWorker();
  pool ??= startParsers();
}

/** A boolean only ("1"): whether a history is kept on this device, readable without IndexedDB or the worker. */
export const KEPT_MARKER = 'heavy-rotation:import-kept';
let visitHistory = false;

function markKept(status: { streams: number; storage: StorageChoice | null }) {
  visitHistory = status.streams > 0;
  try {
    if (status.streams > 0 && status.storage === 'device') localStorage.setItem(KEPT_MARKER, '1');
    else localStorage.removeItem(KEPT_MARKER);
  } catch {
    // Storage refused (private window): the flag for this visit still answers.
  }
}

/**
 * True when there is a history to ask about: this page imported one, or one is kept on the
 * device. Synchronous and cheap: pages that merely might show plays call it before starting
 * the worker.
 */
export function hasHistory(): boolean {
  if (visitHistory) return true;
  try {
    return localStorage.getItem(KEPT_MARKER) === '1';
  } catch {
    return false;
  }
}

let importCount = 0;

/**
 * Reads the chosen files (zips and loose .json, any mix) into the history. Files that parse
 * are added even when others fail; each file (and each zip entry) gets a report. Importing
 * the same files again adds nothing (streams are deduplicated by time, track and ms played).
 */
export async function importFiles(files: File[], options: ImportOptions): Promise<ImportResult> {
  const { signal, storage, onProgress } = options;
  signal?.throwIfAborted();
  const importId = ++importCount;
  const parsers = pool ?? startParsers();
  pool = undefined;
  const target = startWorker();
  target.postMessage({ init: 'main', parsers: parsers.ports } satisfies WorkerInit, parsers.ports);
  const onAbort = () => void call('cancel', { importId });
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await call('import', { files, storage, importId }, { onProgress });
    markKept(result.status);
    signal?.throwIfAborted();
    return result;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    parsers.stop();
  }
}

/**
 * The history kept on this device, or null: status and the all-time top tracks, without
 * re-reading any export. Read by the page itself from IndexedDB (a small snapshot), so it
 * answers before the worker has started; the worker loads the full history meanwhile.
 */
export async function loadKept(): Promise<KeptHistory | null> {
  let kept: KeptHistory | undefined;
  try {
    const reading = readSnapshot();
    const settled = reading.then(
      () => undefined,
      () => undefined,
    );
    snapshotRead = settled;
    void settled.then(() => {
      if (snapshotRead === settled) snapshotRead = null;
    });
    kept = await reading;
  } catch {
    // No snapshot to read here: the worker's answer decides.
  }
  // The worker reads the whole history meanwhile (after the snapshot: it would slow that read).
  const loaded = call('load', {});
  if (kept) {
    loaded.catch(() => {});
    markKept(kept.status);
    return kept;
  }
  const answer = await loaded;
  markKept(answer ? answer.status : { streams: 0, storage: null });
  return answer;
}

/** The state of the history now (0 streams when none). */
export function historyStatus(): Promise<HistoryStatus> {
  return call('status', {});
}

/** A ranked page of tracks, artists or albums for a period. */
export function query(params: QueryParams): Promise<QueryResult> {
  return call('query', params);
}

/** Totals and chart data for a period. */
export function summary(period: Period, allStreams: boolean): Promise<Summary> {
  return call('summary', { period, allStreams });
}

/** One track's, artist's or album's plays over time (key from a RankedRow). */
export function entityDetail(entity: Entity, key: string, period: Period, allStreams = false): Promise<EntityDetail> {
  return call('entityDetail', { entity, key, period, allStreams });
}

/** All-time plays per track URI (for the live top tracks); URIs never played are absent. */
export function playsByUri(uris: string[], allStreams = false): Promise<Record<string, PlayCounts>> {
  return call('playsByUri', { uris, allStreams });
}

/** All-time plays of an artist, matched by name (case-insensitive), by year. */
export function playsByArtistName(name: string, allStreams = false): Promise<PlayCounts> {
  return call('playsByArtistName', { name, allStreams });
}

/** Where the history lives and how many bytes its compact form takes. */
export function storageInfo(): Promise<StorageInfo> {
  return call('storageInfo', {});
}

/** Moves the history: 'device' writes it to IndexedDB, 'visit' removes the device copy and keeps it in memory. */
export async function setStorage(storage: StorageChoice): Promise<StorageInfo> {
  const info = await call('setStorage', { storage });
  markKept(info);
  return info;
}

/** Removes every trace of the imported history: memory and IndexedDB. */
export async function deleteAll(): Promise<void> {
  await call('deleteAll', {});
  markKept({ streams: 0, storage: null });
}

/** True when the browser has what an import needs (workers and DecompressionStream). */
export function importSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof DecompressionStream !== 'undefined';
}
