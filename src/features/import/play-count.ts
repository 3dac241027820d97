// Counts as the imported history writes them: "1,234 plays · 71 h". In the page's language.
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { importMessages } from './messages';

/** Time played, rounded to what matters: "45 min" under an hour, else "71 h". */
export function formatPlayTime(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 59.5) return t(importMessages.minutes, { minutes: formatNumber(Math.round(minutes)) });
  return t(importMessages.hours, { hours: formatNumber(Math.round(minutes / 60)) });
}

export function formatPlays(count: number, allStreams: boolean): string {
  return t(allStreams ? importMessages.streams : importMessages.plays, { count });
}

/** "1,234 plays · 71 h" */
export function formatPlaysAndTime(count: number, ms: number, allStreams: boolean): string {
  return t(importMessages.playsAndTime, { count: formatPlays(count, allStreams), time: formatPlayTime(ms) });
}

/** A track's page on Spotify from its URI, or undefined for anything that is not a track URI. */
export function trackUrl(uri: string | undefined): string | undefined {
  const id = /^spotify:track:([0-9A-Za-z]{22})$/.exec(uri ?? '')?.[1];
  return id ? `https://open.spotify.com/track/${id}` : undefined;
}
