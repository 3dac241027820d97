// The signed-in chunk: everything that needs TanStack Query, in one lazy chunk, so the
// signed-out start page and header load none of it. Reached only through signed-in-chunk.ts.
export { AccountMenu } from './account-menu';
export { queryClient } from './query-cache';
export { QueryScope } from './query-scope';
export { RequireSession } from './require-session';
export { artistLoader, prefetchTopItems, topItemsLoader, type PrefetchArgs } from './signed-in-loaders';
export { startSignedIn } from './start-signed-in';
