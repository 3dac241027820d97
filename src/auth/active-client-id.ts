import { config } from '../config';
import { readStoredClientId } from './client-id';
import { DEMO_CLIENT_ID } from './endpoints';
import { readDemoMode } from './token-store';

/** The client ID in use: the demo's in demo mode, else one the user brought (setup screen), else the build's. */
export function activeClientId(): string {
  if (readDemoMode()) return DEMO_CLIENT_ID;
  return readStoredClientId() ?? config.clientId;
}
