// The history page: what entered and left a top list since the last visit, and the controls
// for the history itself (export, import, delete). History holds ids and ranks only: names
// come from the current list, or from Spotify when an artist has left it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { QueryError } from '../../components/query-error';
import { SkeletonList } from '../../components/skeleton-list';
import { SpotifyLogo } from '../../components/spotify-logo';
import { artistQueries } from '../../spotify/artist-queries';
import { RANGE_LABELS } from '../../spotify/time-range';
import { loadedItems, topItemsQueries, useTopItems } from '../../spotify/top-items-queries';
import { TIME_RANGES, type Artist, type TimeRange, type TopItemType, type Track } from '../../spotify/types';
import { fromImport, RETENTION_DAYS, toExport } from './history-model';
import { clearHistory, importSnapshots, loadHistory } from './history-store';
import { countMoves, formatVisitDay, useListHistory, type ListHistory } from './use-list-history';
import { saveFile } from '../../components/save-file';

const TYPE_NAMES: Record<TopItemType, string> = { tracks: 'Tracks', artists: 'Artists' };

export interface HistoryPageProps {
  /** The history key of the signed-in user (from the app shell); undefined while /me loads. */
  user: string | undefined;
  userError: Error | null;
  /** Asks for the user again. */
  retryUser: () => void;
  type: TopItemType;
  range: TimeRange;
}

export function HistoryPage({ user, userError, retryUser, type, range }: HistoryPageProps) {
  const [version, setVersion] = useState(0);
  const list = useTopItems(type, range);
  // The first page: the ranks history keeps.
  const items: readonly (Track | Artist)[] | undefined = list.data?.pages[0]?.items;
  const retry = () => {
    retryUser();
    void list.refetch();
  };
  // Items of this type already in the query cache (other ranges seen this session) name most
  // of what left, without asking Spotify again.
  const queryClient = useQueryClient();
  const known: (Track | Artist)[] = TIME_RANGES.flatMap((r) =>
    loadedItems(queryClient.getQueryData(topItemsQueries.list(type, r).queryKey)),
  );
  const ids = items?.map((item) => item.id);
  // A visit records once; after an import or a delete, only compare (a delete must stay a delete).
  const history = useListHistory(user, type, range, ids, { record: version === 0, version });

  useEffect(() => {
    document.title = 'Your history · Heavy Rotation';
  }, []);

  return (
    <section className="page history-page" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">Your history</h1>
          <p className="page-subtitle">What changed in your top lists since your last visit</p>
        </div>
      </header>
      <p className="history-terms">
        Your history stays on this device. Heavy Rotation keeps only the ids and ranks of your top tracks and artists,
        one snapshot a day when you look at a list; names and artwork are read from Spotify when shown. Snapshots older
        than {RETENTION_DAYS} days are deleted automatically.
      </p>
      <ListPicker type={type} range={range} />
      {userError ? (
        <QueryError error={userError} onRetry={retry} />
      ) : list.error && !items ? (
        <QueryError error={list.error} onRetry={retry} />
      ) : !items || history.status === 'pending' ? (
        <SkeletonList label="Loading your history" rows={4} />
      ) : (
        <Comparison history={history} type={type} range={range} items={items} known={known} />
      )}
      <HistoryControls onChange={() => setVersion((v) => v + 1)} />
    </section>
  );
}

function ListPicker({ type, range }: { type: TopItemType; range: TimeRange }) {
  return (
    <div className="history-picker">
      <nav className="range-tabs" aria-label="List">
        {(['tracks', 'artists'] as const).map((t) => (
          <Link
            key={t}
            className="range-tab"
            to={`?type=${t}&range=${range}`}
            aria-current={t === type ? 'page' : undefined}
          >
            {TYPE_NAMES[t]}
          </Link>
        ))}
      </nav>
      <nav className="range-tabs" aria-label="Time range">
        {TIME_RANGES.map((r) => (
          <Link
            key={r}
            className="range-tab"
            to={`?type=${type}&range=${r}`}
            aria-current={r === range ? 'page' : undefined}
          >
            {RANGE_LABELS[r].short}
          </Link>
        ))}
      </nav>
    </div>
  );
}

function Comparison({
  history,
  type,
  range,
  items,
  known,
}: {
  history: Exclude<ListHistory, { status: 'pending' }>;
  type: TopItemType;
  range: TimeRange;
  items: readonly (Track | Artist)[];
  known: readonly (Track | Artist)[];
}) {
  const noun = type === 'tracks' ? 'tracks' : 'artists';
  if (history.status === 'unavailable') {
    return (
      <div className="empty-state" role="status">
        <h2>History is off in this browser</h2>
        <p>{history.message} Your top lists still work; only the comparison with earlier visits needs storage.</p>
      </div>
    );
  }
  if (history.status === 'first') {
    return (
      <div className="empty-state" role="status">
        <h2>No earlier visit yet</h2>
        <p>
          There is no snapshot of your top {noun} for {RANGE_LABELS[range].short} from an earlier day. Each day you look
          at a top list, Heavy Rotation keeps one; come back another day to see what entered and left it.
        </p>
      </div>
    );
  }
  const { entered, left } = history.changes;
  const { up, down } = countMoves(history.changes);
  const rankOf = new Map(items.map((item, index) => [item.id, index + 1] as const));
  const byId = new Map([...known, ...items].map((item) => [item.id, item] as const));
  return (
    <div className="history-comparison">
      <p className="history-since" role="status">
        Since your last visit on {formatVisitDay(history.day)}: {entered.length} new, {left.length} dropped out, {up}{' '}
        moved up, {down} moved down.
        <span className="attribution">
          Data from <SpotifyLogo size={16} />
        </span>
      </p>
      <h2>New in your top {noun}</h2>
      {entered.length === 0 ? (
        <p className="history-none">Nothing new.</p>
      ) : (
        <ol className="history-list" aria-label={`New in your top ${noun}`}>
          {entered.map((id) => {
            const item = byId.get(id);
            return item ? <KnownRow key={id} item={item} rank={rankOf.get(id) ?? 0} /> : null;
          })}
        </ol>
      )}
      <h2>Dropped out</h2>
      {left.length === 0 ? (
        <p className="history-none">Nothing dropped out.</p>
      ) : (
        <ul className="history-list" aria-label="Dropped out">
          {left.map((id) => {
            const item = byId.get(id);
            if (item) return <KnownRow key={id} item={item} />;
            return type === 'artists' ? <LeftArtistRow key={id} id={id} /> : <LeftTrackRow key={id} id={id} />;
          })}
        </ul>
      )}
    </div>
  );
}

function KnownRow({ item, rank }: { item: Track | Artist; rank?: number }) {
  const by = 'album' in item ? item.artists.map((artist) => artist.name).join(', ') : null;
  return (
    <li className="history-row">
      {rank ? <span className="history-rank">#{rank}</span> : null}
      <span className="history-name">
        {item.name}
        {by ? <span className="history-by"> · {by}</span> : null}
      </span>
      <OpenInSpotify href={item.external_urls.spotify} label={item.name} compact />
    </li>
  );
}

function LeftArtistRow({ id }: { id: string }) {
  const artist = useQuery(artistQueries.detail(id));
  return (
    <li className="history-row">
      <span className="history-name">
        {artist.data ? artist.data.name : artist.isError ? 'An artist Spotify no longer finds' : 'Loading…'}
      </span>
      {artist.data ? <OpenInSpotify href={artist.data.external_urls.spotify} label={artist.data.name} compact /> : null}
    </li>
  );
}

// A track that left and isn't in any list loaded this session stays unnamed: development-mode apps
// lost batch `GET /tracks` (Feb 2026), and Heavy Rotation builds on no track lookup (the platform
// notes list none it may rely on, and its emulator serves none), so it is a link to Spotify instead.
function LeftTrackRow({ id }: { id: string }) {
  return (
    <li className="history-row">
      <span className="history-name">A track no longer in your top list</span>
      <a
        className="history-open"
        href={`https://open.spotify.com/track/${encodeURIComponent(id)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        Open it in Spotify
      </a>
    </li>
  );
}

function HistoryControls({ onChange }: { onChange: () => void }) {
  const inputId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fail = (error: unknown) =>
    setMessage({ text: error instanceof Error ? error.message : 'Something went wrong.', error: true });

  const exportHistory = async () => {
    try {
      const now = Date.now();
      const file = toExport(await loadHistory(now), now);
      saveFile(
        new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
        `heavy-rotation-history-${file.exportedAt.slice(0, 10)}.json`,
      );
      setMessage({
        text: `Exported ${file.snapshots.length} snapshot${file.snapshots.length === 1 ? '' : 's'}.`,
        error: false,
      });
    } catch (error) {
      fail(error);
    }
  };

  const importHistory = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const now = Date.now();
      const snapshots = fromImport(await file.text(), now);
      const total = await importSnapshots(snapshots, now);
      setMessage({
        text: `Imported ${snapshots.length} snapshot${snapshots.length === 1 ? '' : 's'}; this device now holds ${total}.`,
        error: false,
      });
      onChange();
    } catch (error) {
      fail(error);
    }
  };

  const deleteAll = async () => {
    setConfirming(false);
    try {
      await clearHistory();
      setMessage({ text: 'All history on this device is deleted.', error: false });
      onChange();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="history-controls" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Your history file</h2>
      <div className="history-buttons">
        <button type="button" className="button" onClick={() => void exportHistory()}>
          Export history
        </button>
        <label className="button" htmlFor={inputId}>
          Import history
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importHistory(event)}
        />
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          Delete all history
        </button>
      </div>
      {confirming ? (
        <div className="history-confirm" role="alertdialog" aria-labelledby={`${inputId}-confirm`}>
          <p id={`${inputId}-confirm`}>Delete every snapshot on this device? This can't be undone.</p>
          <button type="button" className="button danger" onClick={() => void deleteAll()}>
            Yes, delete all history
          </button>
          <button type="button" className="button subtle" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      {message ? (
        <p
          className={message.error ? 'history-message error' : 'history-message'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
