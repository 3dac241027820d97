// Where the imported history meets the live lists (composed by the app shell): your plays from the
// export beside a top track (by URI) or artist (by name), and an artist's plays by year. Nothing is
// asked, and the import worker is not started, unless a history exists (hasHistory, synchronous).
import { useQuery } from '@tanstack/react-query';
import { isolate, t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { importMessages } from './messages';
import { formatPlays } from './play-count';
import { hasHistory } from './history-client';
import { PlaysByYearChart } from './plays-by-year-chart';
import { importQueries, importQueryClient } from './queries';
import './export-plays.css';

function Plays({ count }: { count: number | undefined }) {
  if (count === undefined) return null;
  return (
    <span className="export-plays" title={t(importMessages.exportPlaysTitle)}>
      <span className="visually-hidden">{t(importMessages.exportPlaysPrefix)} </span>
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
    return (
      <p className="chart-note">
        <T msg={importMessages.artistNotInHistory} values={{ name: <bdi>{name}</bdi> }} />
      </p>
    );
  }
  return (
    <section className="artist-history" aria-label={t(importMessages.artistPlaysLabel, { name: isolate(name) })}>
      <p className="chart-note">
        <T msg={importMessages.artistPlays} values={{ count: plays.data.count, name: <bdi>{name}</bdi> }} />
      </p>
      <PlaysByYearChart
        title={t(importMessages.artistPlaysByYear, { name: isolate(name) })}
        years={plays.data.perYear}
      />
    </section>
  );
}
