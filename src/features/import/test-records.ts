// Records in each export format, for the engine's tests (the generator makes whole exports;
// these are the few rows a test wants to reason about).
export interface ExtendedRow {
  ts: string;
  ms: number;
  uri?: string | null;
  track?: string;
  artist?: string;
  album?: string;
  episode?: { uri: string; name: string; show: string };
  audiobook?: { uri: string; chapterUri: string; title: string; chapter: string };
}

export function extended(rows: ExtendedRow[], endsong = false): string {
  return JSON.stringify(
    rows.map((row) => ({
      ts: row.ts,
      ...(endsong ? { username: 'secret-user' } : {}),
      platform: 'android',
      ms_played: row.ms,
      conn_country: 'SE',
      [endsong ? 'ip_addr_decrypted' : 'ip_addr']: '203.0.113.7',
      ...(endsong ? { user_agent_decrypted: 'secret-agent' } : {}),
      master_metadata_track_name: row.uri ? (row.track ?? 'Song') : null,
      master_metadata_album_artist_name: row.uri ? (row.artist ?? 'Artist') : null,
      master_metadata_album_album_name: row.uri ? (row.album ?? 'Album') : null,
      spotify_track_uri: row.uri ?? null,
      episode_name: row.episode?.name ?? null,
      episode_show_name: row.episode?.show ?? null,
      spotify_episode_uri: row.episode?.uri ?? null,
      ...(endsong
        ? {}
        : {
            audiobook_title: row.audiobook?.title ?? null,
            audiobook_uri: row.audiobook?.uri ?? null,
            audiobook_chapter_uri: row.audiobook?.chapterUri ?? null,
            audiobook_chapter_title: row.audiobook?.chapter ?? null,
          }),
      reason_start: 'trackdone',
      reason_end: 'trackdone',
      shuffle: false,
      skipped: false,
      offline: false,
      offline_timestamp: 0,
      incognito_mode: false,
    })),
    null,
    4,
  );
}

export function account(rows: { endTime: string; artist: string; track: string; ms: number }[]): string {
  return JSON.stringify(
    rows.map((row) => ({ endTime: row.endTime, artistName: row.artist, trackName: row.track, msPlayed: row.ms })),
    null,
    2,
  );
}
