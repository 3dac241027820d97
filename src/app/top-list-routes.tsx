// The top-list pages as the app composes them: the list from features/top-items, with
// what other features add around it (actions above the list, badges on rows).
import { ExportActions } from '../features/export/export-actions';
import { SavePlaylistAction } from '../features/playlist/save-playlist-action';
import { ShareAction } from '../features/share/share-action';
import { TopItemsPage, type TopItemsPageProps, type TopListContext } from '../features/top-items/top-items-page';
import { RANGE_LABELS } from '../features/top-items/time-range';
import type { Track } from '../spotify/types';
import { HistoryOnList } from './history-recorder';

/** Actions shown above every top list. Features register here; they never import each other. */
function listActions(context: TopListContext) {
  const rangeLabel = RANGE_LABELS[context.range].long;
  return (
    <>
      <HistoryOnList context={context} />
      <ExportActions {...context} />
      <ShareAction {...context} rangeLabel={rangeLabel} />
      {context.type === 'tracks' ? (
        <SavePlaylistAction {...context} items={context.items as Track[]} rangeLabel={rangeLabel} />
      ) : null}
    </>
  );
}

const composed: Omit<TopItemsPageProps, 'type'> = { actions: listActions };

export function TopTracksRoute() {
  return <TopItemsPage type="tracks" {...composed} />;
}

export function TopArtistsRoute() {
  return <TopItemsPage type="artists" {...composed} />;
}
