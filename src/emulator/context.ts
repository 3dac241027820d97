// What each service's handler gets: shared state, mount points, registered clients, clock.
import type { State } from './state';
import type { EmulatorUrls, RegisteredClient } from './types';

export interface Context {
  state: State;
  urls: Required<EmulatorUrls>;
  clients: ReadonlyMap<string, RegisteredClient>;
  /** Emulator clock in ms: wall clock plus advanceClock offsets. */
  now(): number;
}

/** Serves one request; `path` is the pathname below the service's mount. */
export type ServiceHandler = (req: Request, path: string) => Promise<Response>;

/** A mount URL resolved against the request (path-only mounts take its origin), without a trailing slash. */
export function absoluteBase(mount: string, req: Request): string {
  return new URL(mount, req.url).href.replace(/\/+$/, '');
}

/** The request's pathname below `mount`, or null when it is not below it. */
export function pathBelow(mount: string, req: Request): string | null {
  const base = new URL(mount, req.url).pathname.replace(/\/+$/, '');
  const { pathname } = new URL(req.url);
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}
