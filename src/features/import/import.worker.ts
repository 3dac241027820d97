// Stub: answers every call as if no history were imported yet (the engine lands next).
import { type HistoryStatus, type WorkerRequest, type WorkerResponse } from './protocol';

const empty: HistoryStatus = {
  streams: 0,
  storage: null,
  sources: { extended: null, account: null, accountCounted: [] },
  first: null,
  last: null,
  years: [],
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
};

self.onmessage = (event: MessageEvent<WorkerRequest | { init: string }>) => {
  const request = event.data;
  if (!('call' in request)) return;
  const answer = (value: unknown): WorkerResponse => ({ id: request.id, ok: true, value });
  if (request.call === 'load') postMessage(answer(null));
  else if (request.call === 'status') postMessage(answer(empty));
  else postMessage({ id: request.id, ok: false, message: 'Not implemented yet.' } satisfies WorkerResponse);
};
