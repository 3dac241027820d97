// The app's wiring of on-device history: who the user is (features/profile) and which list is
// on screen (features/top-items) go to features/history, which never imports either.
import { SinceLastVisit } from '../../features/history/since-last-visit';
import { useCurrentUser } from '../../features/profile/queries';
import type { TopListContext } from '../../features/top-items/top-items-page';
import type { CurrentUser } from '../../spotify/types';

/** History is keyed by the stable `account_id` when Spotify gives it, else by the user id. */
export function historyUser(me: CurrentUser | undefined): string | undefined {
  return me ? (me.account_id ?? me.id) : undefined;
}

/**
 * Above a top list: records the visit in the background and says what changed since the last one.
 * While the list loads (no items yet), the summary holds its line's place.
 */
export function HistoryOnList({ context }: { context: TopListContext }) {
  const me = useCurrentUser();
  return (
    <SinceLastVisit
      user={historyUser(me.data)}
      type={context.type}
      range={context.range}
      ids={context.items.length > 0 ? context.items.map((item) => item.id) : undefined}
    />
  );
}
