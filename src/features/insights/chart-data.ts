// What the insight charts show, computed from the top lists. Pure, and wordless: the page
// names the bars in its language (a decade, "Other artists").
import type { Bar } from '../../components/bar-chart';
import type { Artist, Track } from '../../spotify/types';

export interface DecadeCount {
  /** The decade's first year: 1990 for the 1990s. */
  decade: number;
  value: number;
}

/** An artist's share of the top tracks; no `name` for the rest (artists beyond the limit, tracks by none). */
export interface ShareCount {
  name?: string;
  value: number;
}

/** Decades of the tracks' albums, oldest first, from release dates ("1987", "1987-06", "1987-06-01"). */
export function decades(tracks: readonly Track[]): DecadeCount[] {
  const counts = new Map<number, number>();
  for (const track of tracks) {
    const year = Number(track.album.release_date?.slice(0, 4));
    if (!Number.isInteger(year) || year < 1900 || year > 2100) continue;
    const decade = Math.floor(year / 10) * 10;
    counts.set(decade, (counts.get(decade) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([decade, value]) => ({ decade, value }));
}

/**
 * The share of the top tracks by each top artist: each track counts once, for the first of its
 * artists (lead first, then features) who is among the top artists, so the bars add up to the
 * number of tracks. Beyond `limit` artists, and tracks by none of them, are summed in one nameless count.
 */
export function artistShare(tracks: readonly Track[], artists: readonly Artist[], limit = 8): ShareCount[] {
  const topIds = new Set(artists.map((artist) => artist.id));
  const counts = new Map<string, number>();
  let other = 0;
  for (const track of tracks) {
    const credited = track.artists.find((artist) => topIds.has(artist.id));
    if (credited) counts.set(credited.id, (counts.get(credited.id) ?? 0) + 1);
    else other += 1;
  }
  const seen = new Set<string>();
  const bars = artists
    .filter((artist) => !seen.has(artist.id) && seen.add(artist.id))
    .map((artist) => ({ name: artist.name, value: counts.get(artist.id) ?? 0 }))
    .filter((bar) => bar.value > 0)
    // Stable: ties keep the artists' own rank order.
    .sort((a, b) => b.value - a.value);
  for (const bar of bars.slice(limit)) other += bar.value;
  const shown = bars.slice(0, limit);
  return other > 0 ? [...shown, { value: other }] : shown;
}

/**
 * How many of the top artists carry each genre (an artist can carry several), most first; a tie
 * goes to the genre of the higher-ranked artist. Empty when Spotify sent no genres.
 */
export function genres(artists: readonly Artist[], limit = 10): Bar[] {
  const counts = new Map<string, { value: number; firstRank: number }>();
  artists.forEach((artist, index) => {
    // A genre listed twice for one artist still counts that artist once.
    for (const genre of new Set(artist.genres ?? [])) {
      const entry = counts.get(genre) ?? { value: 0, firstRank: index };
      entry.value += 1;
      counts.set(genre, entry);
    }
  });
  return [...counts.entries()]
    .sort((a, b) => b[1].value - a[1].value || a[1].firstRank - b[1].firstRank || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([label, { value }]) => ({ label, value }));
}
