// Development-mode field stripping (Feb/Mar 2026): what Spotify removes from responses
// to apps in development mode, keyed by each object's `type`. `external_ids` stays
// (restored March 2026).

const STRIPPED: Readonly<Record<string, readonly string[]>> = {
  track: ['popularity', 'available_markets', 'linked_from'],
  album: ['label', 'popularity', 'available_markets', 'album_group'],
  artist: ['followers', 'popularity', 'genres'],
  user: ['country', 'email', 'explicit_content', 'followers', 'product'],
};

/** A copy of `value` with the development-mode fields removed, at any depth. */
export function stripForDevelopmentMode<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => stripForDevelopmentMode(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const removed = typeof record.type === 'string' ? (STRIPPED[record.type] ?? []) : [];
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record)) {
    if (!removed.includes(key)) out[key] = stripForDevelopmentMode(field);
  }
  return out as T;
}
