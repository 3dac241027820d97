// The signed-in chunk: everything that needs TanStack Query, in one lazy chunk, so the
// signed-out start page and header load none of it. Reached only through signed-in-chunk.ts.
export { AccountMenu } from '../shell/account-menu';
export { queryClient } from './query-cache';
export { QueryScope } from './query-scope';
export { RequireSession } from '../routes/require-session';
export { routeLoaders } from '../routes/signed-in-loaders';
export { startSignedIn } from '../routes/start-signed-in';
