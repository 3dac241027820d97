// Where the imported history meets the live lists (composed by the app shell): your plays from the
// export beside a top track (by URI) or artist (by name), and an artist's plays by year. Nothing is
// asked, and the import worker is not started, unless a history exists (hasHistory, synchronous).
import { useQuery } from '@tanstack/react-query';
import { formatPlays } from './play-count';
import { hasHistory } from './history-client';
import { PlaysByYearChart } from './plays-by-year-chart';
import { importQueries, importQueryClient } from './queries';
import './export-plays.css';

function Plays({ count }: { count: number | undefined }) {
  if (count === undefined) return null;
  return (
    <span className="export-plays" title="Plays from your imported streaming history (30 s or more)">
      <span className="visually-hidden">From your data export: </span>
      {formatPlays(count, false)}
    </span>
  );
}

/** A track row's plays; `uris` are the whole list's, so every row shares one question to the worker. */
export function TrackExportPlays({ uri, uris }: { uri: string; uris: readonly string[] }) {
  const enabled = hasHistory();
  const plays = useQuery({ ...importQueries.playsByUri(uris), enabled }, importQueryClient);
  if (!enabled || !plays.data) return null;
  return <Plays count={plays.data[uri]?.count ?? 0} />;
}

export function ArtistExportPlays({ name }: { name: string }) {
  const enabled = hasHistory();
  const plays = useQuery({ ...importQueries.playsByArtist(name), enabled }, importQueryClient);
  if (!enabled || !plays.data) return null;
  return <Plays count={plays.data.count} />;
}

/** On the artist page: your plays of the artist by year, from the imported history. */
export function ArtistPlaysByYear({ name }: { name: string }) {
  const enabled = hasHistory();
  const plays = useQuery({ ...importQueries.playsByArtist(name), enabled }, importQueryClient);
  if (!enabled || !plays.data) return null;
  if (plays.data.count === 0) {
    return <p className="chart-note">{name} isn’t in your imported streaming history.</p>;
  }
  return (
    <section className="artist-history" aria-label={`Your plays of ${name}`}>
      <p className="chart-note">
        {formatPlays(plays.data.count, false)} of {name} in your imported streaming history.
      </p>
      <PlaysByYearChart title={`Your plays of ${name} by year`} years={plays.data.perYear} />
    </section>
  );
}
