// Counts as the imported history writes them: "1,234 plays · 71 h". Pure.
const whole = new Intl.NumberFormat('en');

/** Time played, rounded to what matters: "45 min" under an hour, else "71 h". */
export function formatPlayTime(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 59.5) return `${whole.format(Math.round(minutes))} min`;
  return `${whole.format(Math.round(minutes / 60))} h`;
}

export function formatPlays(count: number, allStreams: boolean): string {
  const noun = allStreams ? 'stream' : 'play';
  return `${whole.format(count)} ${count === 1 ? noun : `${noun}s`}`;
}

/** "1,234 plays · 71 h" */
export function formatPlaysAndTime(count: number, ms: number, allStreams: boolean): string {
  return `${formatPlays(count, allStreams)} · ${formatPlayTime(ms)}`;
}

/** A track's page on Spotify from its URI, or undefined for anything that is not a track URI. */
export function trackUrl(uri: string | undefined): string | undefined {
  const id = /^spotify:track:([0-9A-Za-z]{22})$/.exec(uri ?? '')?.[1];
  return id ? `https://open.spotify.com/track/${id}` : undefined;
}
