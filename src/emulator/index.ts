// A strict, deterministic emulator of Spotify's Accounts service and Web API, on
// web-standard Request/Response so that Node servers, the Vite dev server, unit
// tests and a service worker can all serve it. No Node imports in this folder
// outside node/ and serve.ts.
export { createEmulator, DEFAULT_CLIENT } from './emulator';
export { DEFAULT_REDIRECT_URIS, EMULATOR_CLIENT_ID } from './constants';
export { DEFAULT_CONFIG } from './config';
export { API_MESSAGES } from './web-api';
export { FIXTURE_USER, TOP_SIZES } from './fixtures';
export { SCOPE_DESCRIPTIONS } from './scopes';
export type {
  Dataset,
  Emulator,
  EmulatorConfig,
  EmulatorOptions,
  EmulatorPlaylist,
  EmulatorUrls,
  Fault,
  FaultKind,
  Handler,
  LogEntry,
  LogFilter,
  RegisteredClient,
  SavedSignIns,
  ServiceName,
} from './types';
