// The top-list pages as the app composes them: the list from features/top-items, with
// what other features add around it (actions above the list, badges on rows).
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { ActionBar } from '../../components/action-bar';
import { useExportActions } from '../../features/export/export-actions';
import { mayHaveHistory } from '../../features/import/history-presence';
import { longerRange } from '../../features/insights/movement';
import {
  MovementBadge,
  MovementStatus,
  MovementSwitch,
  showsBadges,
  useCompareRanges,
} from '../../features/insights/movement-badge';
import { useMovement, type MovementState } from '../../features/insights/use-movement';
import { useSavePlaylistAction } from '../../features/playlist/save-playlist-action';
import { useShareAction } from '../../features/share/share-action';
import { TopItemsPage, type TopListContext } from '../../features/top-items/top-items-page';
import { RANGE_LABELS, rangeFromSearch } from '../../spotify/time-range';
import type { Artist, TopItemType, Track } from '../../spotify/types';
import { t } from '../../i18n/i18n';
import { HistoryOnList } from './history-recorder';
import { routesMessages } from './messages';

interface Comparing {
  movement: MovementState;
  compare: boolean | null;
  setCompare: (on: boolean) => void;
  longerLabel: string | null;
}

/**
 * Above every top list: the history line, then one line of actions (what doesn't fit goes
 * into its menu) with the compare switch at its end, then what the actions have to say.
 * Features register here; they never import each other.
 */
function ListActions({ context, comparing }: { context: TopListContext; comparing: Comparing }) {
  const rangeLabel = RANGE_LABELS[context.range].long;
  const exports = useExportActions(context);
  const share = useShareAction({ ...context, rangeLabel });
  const tracks = context.type === 'tracks';
  // Artists can't be saved as a playlist: the action gets no items and is left out.
  const playlist = useSavePlaylistAction({ ...context, items: tracks ? (context.items as Track[]) : [], rangeLabel });
  const actions = [share.action, ...(tracks ? [playlist.action] : []), ...exports.actions];
  return (
    <>
      <HistoryOnList context={context} />
      <div className="action-line">
        <ActionBar label={t(routesMessages.listActions)} actions={actions} />
        <MovementSwitch
          state={comparing.movement}
          compare={comparing.compare}
          onCompare={comparing.setCompare}
          longerLabel={comparing.longerLabel}
        />
      </div>
      <MovementStatus state={comparing.movement} compare={comparing.compare} />
      {exports.status}
      {tracks ? playlist.panel : null}
      {share.dialog}
    </>
  );
}

// Plays from an imported data export (features/import), loaded only for someone who imported one.
const TrackExportPlays = lazy(async () => ({
  default: (await import('../../features/import/export-plays')).TrackExportPlays,
}));
const ArtistExportPlays = lazy(async () => ({
  default: (await import('../../features/import/export-plays')).ArtistExportPlays,
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

/** A top list with its actions and movement badges from features/insights. */
function TopListRoute({ type }: { type: TopItemType }) {
  const [searchParams] = useSearchParams();
  const range = rangeFromSearch(searchParams);
  const [compare, setCompare] = useCompareRanges();
  const movement = useMovement(type, range, compare === true);
  const longer = longerRange(range);
  const longerLabel = longer ? RANGE_LABELS[longer].long : null;
  const comparing: Comparing = { movement, compare, setCompare, longerLabel };
  const badges = showsBadges(compare, movement);
  return (
    <TopItemsPage
      type={type}
      actions={(context) => <ListActions context={context} comparing={comparing} />}
      badge={(item, context) => (
        <>
          {badges ? <MovementBadge value={movement.movements.get(item.id)} longerLabel={longerLabel ?? ''} /> : null}
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
