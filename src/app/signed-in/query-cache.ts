// The app's one query cache. Only the signed-in chunk (signed-in.tsx) imports this module, so
// the start page and the signed-out header load no TanStack Query; everything else reaches the
// client through that chunk (signed-in-chunk.ts), or is handed one (loaders, tests).
import { createQueryClient } from './query-client';

export const queryClient = createQueryClient();
