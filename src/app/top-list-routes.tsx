// The top-list pages as the app composes them: the list from features/top-items, with
// what other features add around it (actions above the list, badges on rows).
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { ExportActions } from '../features/export/export-actions';
import { mayHaveHistory } from '../features/import/history-presence';
import { longerRange } from '../features/insights/movement';
import { MovementBadge, MovementControls, useCompareRanges } from '../features/insights/movement-badge';
import { useMovement } from '../features/insights/use-movement';
import { SavePlaylistAction } from '../features/playlist/save-playlist-action';
import { ShareAction } from '../features/share/share-action';
import { topItemsQueries } from '../features/top-items/queries';
import { TopItemsPage, type TopItemsPageProps, type TopListContext } from '../features/top-items/top-items-page';
import { parseRange, RANGE_LABELS } from '../features/top-items/time-range';
import type { Artist, TimeRange, TopItemType, Track } from '../spotify/types';
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

// Plays from an imported data export (features/import), loaded only for someone who imported one.
const TrackExportPlays = lazy(async () => ({
  default: (await import('../features/import/export-plays')).TrackExportPlays,
}));
const ArtistExportPlays = lazy(async () => ({
  default: (await import('../features/import/export-plays')).ArtistExportPlays,
}));

/** Beside a row: tracks by URI, artists by name. */
function exportPlays(item: Track | Artist, context: TopListContext) {
  if (!mayHaveHistory()) return null;
  return (
    <Suspense fallback={null}>
      {context.type === 'tracks' ? (
        <TrackExportPlays uri={item.uri} uris={context.items.map((listed) => listed.uri)} />
      ) : (
        <ArtistExportPlays name={item.name} />
      )}
    </Suspense>
  );
}

/** A top list with movement badges from features/insights, fed the top-items query factory. */
function TopListRoute({ type }: { type: TopItemType }) {
  const [searchParams] = useSearchParams();
  const range = parseRange(searchParams.get('range'));
  const [compare, turnOnCompare] = useCompareRanges();
  const movement = useMovement(range, (r: TimeRange) => topItemsQueries.list(type, r), compare);
  const longer = longerRange(range);
  const longerLabel = longer ? RANGE_LABELS[longer].long : null;
  return (
    <TopItemsPage
      type={type}
      {...composed}
      actions={(context) => (
        <>
          {composed.actions?.(context)}
          <MovementControls state={movement} compare={compare} onCompare={turnOnCompare} longerLabel={longerLabel} />
        </>
      )}
      badge={(item, context) => (
        <>
          <MovementBadge value={movement.movements.get(item.id)} longerLabel={longerLabel ?? ''} />
          {exportPlays(item, context)}
        </>
      )}
    />
  );
}

export function TopTracksRoute() {
  return <TopListRoute type="tracks" />;
}

export function TopArtistsRoute() {
  return <TopListRoute type="artists" />;
}
