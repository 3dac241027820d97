// Which Accounts service and Web API this tab talks to: the configured ones, or the
// in-browser demo's (same origin, answered by a service worker) while demo mode is on.
import { config } from '../config';
import { readDemoMode } from './token-store';

export interface Endpoints {
  accountsUrl: string;
  apiUrl: string;
}

/** The demo's own client ID: registered only with the in-browser emulator. */
export const DEMO_CLIENT_ID = 'de300000de300000de300000de300000';

export function activeEndpoints(): Endpoints {
  const { accountsUrl, apiUrl } = readDemoMode() ? config.demo : config;
  return { accountsUrl, apiUrl };
}
