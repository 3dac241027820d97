// The top-list pages as the app composes them: the list from features/top-items, with
// what other features add around it (actions above the list, badges on rows).
import { TopItemsPage, type TopItemsPageProps, type TopListContext } from '../features/top-items/top-items-page';
import { HistoryOnList } from './history-recorder';

/** Actions shown above every top list. Features register here; they never import each other. */
function listActions(context: TopListContext) {
  return <HistoryOnList context={context} />;
}

const composed: Omit<TopItemsPageProps, 'type'> = { actions: listActions };

export function TopTracksRoute() {
  return <TopItemsPage type="tracks" {...composed} />;
}

export function TopArtistsRoute() {
  return <TopItemsPage type="artists" {...composed} />;
}
