// The import worker. The page starts one as the main worker, which holds the history and
// answers every call of the protocol; for an import it also starts parser workers (this same
// file, told its role by the first message, one per core), which read and parse files for the
// main one over MessagePorts while it merges what they send.
import { buildIndex, type HistoryIndex } from './history-index';
import { ImportCancelled, runImport, type JobRunner } from './import-run';
import { deleteKept, readHistory, writeKept } from './kept-store';
import {
  KEPT_TOP_PARAMS,
  type CallName,
  type Calls,
  type HistoryStatus,
  type ImportResult,
  type KeptHistory,
  type ParseJob,
  type ParseOutcome,
  type StorageChoice,
  type StorageInfo,
  type WorkerInit,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { runParseJob } from './read-entry';
import { decodeStore, encodeStore } from './store-codec';
import { emptyStore, StoreMerge, type StoreData } from './stream-store';

type ParserReply = ParseOutcome | { job: number; progress: number };

const PROGRESS_EVERY_MS = 250;

/** The worker's global scope (the app's TypeScript lib is DOM's, not WebWorker's). */
const scope = self as unknown as {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

/* ------------------------------------------------------------------ parser */

function serveParser(port: MessagePort) {
  port.onmessage = async (event: MessageEvent<ParseJob>) => {
    const job = event.data;
    const outcome = await runParseJob(job, (bytes) =>
      port.postMessage({ job: job.job, progress: bytes } satisfies ParserReply),
    );
    const chunk = outcome.ok ? outcome.chunk : null;
    const transfer = chunk
      ? [chunk.ts, chunk.msPlayed, chunk.track, chunk.day, chunk.how, chunk.tracks.kind, chunk.tracks.namedAt].map(
          (column) => column.buffer,
        )
      : [];
    port.postMessage(outcome satisfies ParserReply, transfer);
  };
}

/** A parser worker's port as a job runner: one job at a time, so replies match the job sent. */
function remoteRunner(port: MessagePort): JobRunner {
  return (job, onBytes) =>
    new Promise((resolve) => {
      port.onmessage = (event: MessageEvent<ParserReply>) => {
        const reply = event.data;
        if (reply.job !== job.job) return;
        if ('progress' in reply) onBytes(reply.progress);
        else resolve(reply);
      };
      port.postMessage(job);
    });
}

/* -------------------------------------------------------------------- main */

let store: StoreData = emptyStore();
let index: HistoryIndex = buildIndex(store);
let storage: StorageChoice | null = null;
let storedBytes = 0;
let parsers: MessagePort[] = [];
let loading: Promise<void> | null = null;
/** The writes to IndexedDB, in order; `saving` is the latest save anyone may wait for. */
let writes: Promise<void> = Promise.resolve();
let saving: Promise<void> = Promise.resolve();
const cancelledImports = new Set<number>();

/** Brings in the kept history once, before any call that reads the history. */
function ensureLoaded(): Promise<void> {
  loading ??= (async () => {
    try {
      const kept = await readHistory();
      if (!kept) return;
      store = await decodeStore(kept.data);
      index = buildIndex(store);
      storage = 'device';
      storedBytes = kept.data.byteLength;
    } catch (error) {
      // A broken or unreadable copy is no history: start empty rather than fail every call.
      console.warn('Could not read the kept history', error);
    }
  })();
  return loading;
}

function snapshot(): KeptHistory {
  return {
    status: index.status(storage),
    topTracks: index.query(KEPT_TOP_PARAMS),
  };
}

let lastCall = 0;

/** Resolves once no call has come for a moment (or after a few seconds at most). */
async function whenQuiet(): Promise<void> {
  const started = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = performance.now();
    if (now - lastCall >= 150 || now - started > 3000) return;
  }
}

/** Writes the history to IndexedDB (or removes it there), one write at a time, the last one winning. */
function persist(): Promise<void> {
  const current = store;
  const choice = storage;
  writes = writes
    .catch(() => {})
    .then(async () => {
      if (choice === 'device' && current.ts.length > 0) {
        const data = await encodeStore(current);
        await writeKept({ data }, snapshot());
        storedBytes = data.byteLength;
      } else {
        await deleteKept();
        storedBytes = 0;
      }
    });
  saving = writes;
  return writes;
}

async function storageInfo(): Promise<StorageInfo> {
  await saving.catch(() => {});
  return {
    storage: store.ts.length > 0 ? storage : null,
    bytes: storage === 'device' ? storedBytes : memoryBytes(),
    streams: store.ts.length,
  };
}

/** The compact form's size in memory: its columns and names. */
function memoryBytes(): number {
  const names = [store.trackKey, store.trackName, store.artistName, store.albumName].reduce(
    (sum, list) => sum + list.reduce((s, text) => s + text.length, 0),
    0,
  );
  return store.ts.byteLength + store.ms.byteLength + store.track.byteLength + names + store.trackKey.length * 16;
}

async function importFiles(
  { files, storage: choice, importId }: Calls['import'][0],
  id: number,
): Promise<ImportResult> {
  await ensureLoaded();
  let last = 0;
  const merge = new StoreMerge(store);
  // The parsers read every file; this worker only hands out the jobs and merges, so it is free
  // the moment a parser finishes one (parsing here too held each parser's next job back behind
  // a parse of our own, 60 ms and more a file). Without parsers (none could start), it parses.
  const runners: JobRunner[] =
    parsers.length > 0 ? parsers.map(remoteRunner) : [(job, onBytes) => runParseJob(job, onBytes)];
  // Each file's merge waits for the next job to be on its way to the parser that finished it.
  let merging = Promise.resolve();
  const run = await runImport(
    files,
    runners,
    (progress) => {
      const now = performance.now();
      // Each update renders the page, on a core the parsers need: four a second are enough to see.
      if (now - last < PROGRESS_EVERY_MS && progress.filesDone < progress.filesTotal) return;
      last = now;
      scope.postMessage({ id, progress } satisfies WorkerResponse);
    },
    () => cancelledImports.has(importId),
    (chunk) => void (merging = merging.then(() => merge.add(chunk))),
  );
  await merging;
  if (cancelledImports.has(importId)) throw new ImportCancelled();
  const before = store.ts.length;
  const merged = merge.finish();
  store = merged.store;
  index = buildIndex(store);
  storage = choice;
  const status = index.status(storage);
  // Kept once the page has asked its first questions: writing would hold up those answers.
  saving = whenQuiet().then(persist);
  saving.catch((error: unknown) => console.warn('Could not keep the history', error));
  return {
    files: run.reports,
    sources: status.sources,
    totals: {
      streamsRead: run.streamsRead,
      streamsAdded: store.ts.length - before,
      duplicates: merged.duplicates,
      streamsInHistory: store.ts.length,
    },
    status,
    topTracks: index.query(KEPT_TOP_PARAMS),
  };
}

/** One import at a time: a second one merges into what the first left. */
let importing: Promise<unknown> = Promise.resolve();

const handlers: { [K in CallName]: (args: Calls[K][0], id: number) => Promise<Calls[K][1]> } = {
  import(args, id) {
    const run = importing.catch(() => {}).then(() => importFiles(args, id));
    importing = run;
    return run;
  },
  async cancel({ importId }) {
    cancelledImports.add(importId);
  },
  async load() {
    await ensureLoaded();
    return store.ts.length > 0 ? snapshot() : null;
  },
  async status() {
    await ensureLoaded();
    return index.status(storage) satisfies HistoryStatus;
  },
  async query(params) {
    await ensureLoaded();
    return index.query(params);
  },
  async summary({ period, allStreams }) {
    await ensureLoaded();
    return index.summary(period, allStreams);
  },
  async entityDetail({ entity, key, period, allStreams }) {
    await ensureLoaded();
    return index.entityDetail(entity, key, period, allStreams);
  },
  async playsByUri({ uris, allStreams }) {
    await ensureLoaded();
    return index.playsByUri(uris, allStreams);
  },
  async playsByArtistName({ name, allStreams }) {
    await ensureLoaded();
    return index.playsByArtistName(name, allStreams);
  },
  async storageInfo() {
    await ensureLoaded();
    return storageInfo();
  },
  async setStorage({ storage: choice }) {
    await ensureLoaded();
    storage = choice;
    await persist();
    return storageInfo();
  },
  async deleteAll() {
    await ensureLoaded();
    store = emptyStore();
    index = buildIndex(store);
    storage = null;
    await persist();
    await deleteKept();
  },
};

/** Calls that paint a list go first: a summary asked for at the same moment waits for them. */
const URGENT: ReadonlySet<CallName> = new Set(['query', 'load', 'status', 'cancel', 'playsByUri']);
const queue: WorkerRequest[] = [];
const wake = new MessageChannel();
let draining = false;

function answer(message: WorkerRequest) {
  const handler = handlers[message.call] as (args: unknown, id: number) => Promise<unknown>;
  return handler(message.args, message.id).then(
    (value) => scope.postMessage({ id: message.id, ok: true, value } satisfies WorkerResponse),
    (error: unknown) =>
      scope.postMessage({
        id: message.id,
        ok: false,
        message: error instanceof Error ? error.message : 'import-failed', // a code: import-errors.ts
        ...(error instanceof ImportCancelled ? { aborted: true } : {}),
      } satisfies WorkerResponse),
  );
}

/** Answers what has arrived, urgent calls first; a message to ourselves lets the ones already sent arrive. */
wake.port1.onmessage = () => {
  draining = false;
  while (queue.length > 0) {
    const urgent = queue.findIndex((message) => URGENT.has(message.call));
    const [next] = queue.splice(urgent === -1 ? 0 : urgent, 1);
    void answer(next!);
  }
};

function serveMain() {
  scope.onmessage = (event: MessageEvent<WorkerRequest | WorkerInit>) => {
    const message = event.data;
    if ('init' in message) {
      if (message.init === 'main') parsers = message.parsers;
      return;
    }
    lastCall = performance.now();
    queue.push(message);
    if (!draining) {
      draining = true;
      wake.port2.postMessage(null);
    }
  };
}

scope.onmessage = (event: MessageEvent<WorkerInit>) => {
  if (event.data.init === 'parser') {
    scope.onmessage = (portEvent: MessageEvent<MessagePort>) => serveParser(portEvent.data);
  } else {
    serveMain();
    parsers = event.data.parsers;
  }
};
