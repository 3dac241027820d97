// CSV and JSON of a top list: every field the list shows, plus Spotify URIs and ISRCs.
import { csv, CSV_TYPE, JSON_TYPE, type ExportFile } from '../../components/export-file';
import { t } from '../../i18n/i18n';
import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';
import { exportMessages as messages } from './messages';

export { download } from '../../components/export-file';

// The CSV's header and the file's name are in the page's language; the JSON's keys and values are
// a format programs read, the same in every language.
function fileName(type: TopItemType, range: TimeRange, extension: string, date: Date): string {
  return `${t(messages.fileName, { type, range })}-${date.toISOString().slice(0, 10)}.${extension}`;
}

export function tracksToCsv(tracks: readonly Track[], range: TimeRange, date = new Date()): ExportFile {
  const header = [
    messages.columnRank,
    messages.columnName,
    messages.columnArtists,
    messages.columnAlbum,
    messages.columnReleaseDate,
    messages.columnDuration,
    messages.columnExplicit,
    messages.columnPopularity,
    messages.columnIsrc,
    messages.columnUri,
    messages.columnUrl,
  ].map((column) => t(column));
  const rows = tracks.map((t, i) => [
    i + 1,
    t.name,
    t.artists.map((a) => a.name).join('; '),
    t.album.name,
    t.album.release_date,
    t.duration_ms,
    t.explicit === undefined ? undefined : String(t.explicit),
    t.popularity,
    t.external_ids?.isrc,
    t.uri,
    t.external_urls.spotify,
  ]);
  return { name: fileName('tracks', range, 'csv', date), type: CSV_TYPE, content: csv([header, ...rows]) };
}

export function artistsToCsv(artists: readonly Artist[], range: TimeRange, date = new Date()): ExportFile {
  const header = [
    messages.columnRank,
    messages.columnName,
    messages.columnGenres,
    messages.columnFollowers,
    messages.columnPopularity,
    messages.columnUri,
    messages.columnUrl,
  ].map((column) => t(column));
  const rows = artists.map((a, i) => [
    i + 1,
    a.name,
    a.genres?.join('; '),
    a.followers?.total,
    a.popularity,
    a.uri,
    a.external_urls.spotify,
  ]);
  return { name: fileName('artists', range, 'csv', date), type: CSV_TYPE, content: csv([header, ...rows]) };
}

export function tracksToJson(tracks: readonly Track[], range: TimeRange, date = new Date()): ExportFile {
  const items = tracks.map((t, i) => ({
    rank: i + 1,
    name: t.name,
    artists: t.artists.map((a) => ({ name: a.name, uri: a.uri })),
    album: { name: t.album.name, uri: t.album.uri, release_date: t.album.release_date },
    duration_ms: t.duration_ms,
    explicit: t.explicit,
    popularity: t.popularity,
    isrc: t.external_ids?.isrc,
    uri: t.uri,
    url: t.external_urls.spotify,
  }));
  return {
    name: fileName('tracks', range, 'json', date),
    type: JSON_TYPE,
    content: `${JSON.stringify({ type: 'tracks', time_range: range, exported_at: date.toISOString(), items }, null, 2)}\n`,
  };
}

export function artistsToJson(artists: readonly Artist[], range: TimeRange, date = new Date()): ExportFile {
  const items = artists.map((a, i) => ({
    rank: i + 1,
    name: a.name,
    genres: a.genres,
    followers: a.followers?.total,
    popularity: a.popularity,
    uri: a.uri,
    url: a.external_urls.spotify,
  }));
  return {
    name: fileName('artists', range, 'json', date),
    type: JSON_TYPE,
    content: `${JSON.stringify({ type: 'artists', time_range: range, exported_at: date.toISOString(), items }, null, 2)}\n`,
  };
}
