import { defineMessages } from '../../i18n/i18n';

// `type` is "tracks" or "artists", `range` a time range as the URL has it (short_term, …).
export const exportMessages = defineMessages('export', {
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  preparing: 'Preparing the file…',
  loadingAll: '{type, select, tracks {Loading all your top tracks…} other {Loading all your top artists…}}',
  exported:
    '{type, select, tracks {Exported {count, plural, one {# track} other {# tracks}} as {format}.} other {Exported {count, plural, one {# artist} other {# artists}} as {format}.}}',
  failed: 'Export failed. {title}: {message}',
  /** The file's name, before its date and extension; lower case, words joined by hyphens. */
  fileName:
    '{type, select, tracks {heavy-rotation-top-tracks} other {heavy-rotation-top-artists}}-{range, select, short_term {short-term} medium_term {medium-term} other {long-term}}',
  // The CSV's column names (the JSON's keys stay the same in every language: programs read them).
  columnRank: 'rank',
  columnName: 'name',
  columnArtists: 'artists',
  columnAlbum: 'album',
  columnReleaseDate: 'release_date',
  columnDuration: 'duration_ms',
  columnExplicit: 'explicit',
  columnPopularity: 'popularity',
  columnIsrc: 'isrc',
  columnUri: 'spotify_uri',
  columnUrl: 'spotify_url',
  columnGenres: 'genres',
  columnFollowers: 'followers',
});
