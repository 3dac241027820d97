// Injected faults: the failures a browser app must survive, served in order to the
// requests they match. Preflights are never faulted, so the browser sees the fault
// on the request the app actually made.
import { CORS_HEADERS, withoutCors } from './cors';
import type { State } from './state';
import type { Fault } from './types';
import { apiError } from './web-api';

export function takeFault(state: State, target: Fault['target'], method: string, path: string): Fault | undefined {
  const index = state.faults.findIndex(
    ({ fault }) =>
      fault.target === target &&
      (fault.path === undefined || path.startsWith(fault.path)) &&
      (fault.method === undefined || fault.method.toUpperCase() === method.toUpperCase()),
  );
  const pending = state.faults[index];
  if (!pending) return undefined;
  if (--pending.remaining <= 0) state.faults.splice(index, 1);
  return pending.fault;
}

const API_STATUS_MESSAGES: Record<number, string> = {
  400: 'Bad request',
  401: 'Invalid access token',
  403: 'Forbidden',
  404: 'Resource not found',
  429: 'API rate limit exceeded',
  500: 'Server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/** RFC 6749 error codes for statuses the accounts service might answer with. */
function oauthCode(status: number): string {
  if (status === 401) return 'invalid_client';
  if (status === 503) return 'temporarily_unavailable';
  if (status >= 500) return 'server_error';
  return 'invalid_request';
}

function statusResponse(fault: Fault, target: Fault['target']): Response {
  const status = fault.status ?? 500;
  if (target === 'api') {
    // A quota 429 (July 2026) says "Too many requests" and names the reason.
    const message =
      fault.message ??
      (status === 429 && fault.reason ? 'Too many requests' : (API_STATUS_MESSAGES[status] ?? 'Error'));
    return apiError(status, message, { reason: fault.reason });
  }
  return jsonResponse(
    JSON.stringify({
      error: fault.reason ?? oauthCode(status),
      error_description: fault.message ?? `Emulated fault (HTTP ${status})`,
    }),
    status,
  );
}

function jsonResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...CORS_HEADERS },
  });
}

const REQUIRED_FIELDS = ['id', 'name', 'uri', 'access_token'];

function withoutRequired(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutRequired);
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.items)) return { ...record, items: record.items.map(withoutRequired) };
  return Object.fromEntries(Object.entries(record).filter(([key]) => !REQUIRED_FIELDS.includes(key)));
}

/** The response a fault produces; `real` runs the request normally (the server did the work, the answer broke). */
export async function faultResponse(fault: Fault, real: () => Promise<Response>): Promise<Response> {
  let response: Response;
  switch (fault.kind) {
    case 'network':
      return Response.error();
    case 'status':
      response = statusResponse(fault, fault.target);
      break;
    case 'malformed-json': {
      const text = await (await real()).text();
      // Any strict prefix of a JSON object or array is invalid JSON.
      response = jsonResponse(text.slice(0, Math.floor(text.length / 2)) || '{"');
      break;
    }
    case 'missing-field': {
      let json: unknown = {};
      try {
        json = JSON.parse(await (await real()).text());
      } catch {
        // Not JSON (an HTML page): an empty object lacks every field too.
      }
      response = jsonResponse(JSON.stringify(withoutRequired(json)));
      break;
    }
  }
  if (fault.retryAfter !== undefined) response.headers.set('Retry-After', String(Math.ceil(fault.retryAfter)));
  return fault.cors === false ? withoutCors(response) : response;
}
