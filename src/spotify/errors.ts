export type SpotifyErrorKind = 'http' | 'network' | 'invalid-response' | 'signed-out';

/** Everything that can go wrong talking to the Web API, in one shape the UI can explain. */
export class SpotifyError extends Error {
  override name = 'SpotifyError';
  readonly kind: SpotifyErrorKind;
  /** HTTP status; 0 when no response could be read. */
  readonly status: number;
  /** Seconds Spotify asked us to wait (429 Retry-After). */
  readonly retryAfter: number | undefined;
  /** Spotify's `error.reason`, e.g. QUOTA_EXCEEDED. */
  readonly reason: string | undefined;

  constructor(
    kind: SpotifyErrorKind,
    message: string,
    details: { status?: number; retryAfter?: number; reason?: string } = {},
  ) {
    super(message);
    this.kind = kind;
    this.status = details.status ?? 0;
    this.retryAfter = details.retryAfter;
    this.reason = details.reason;
  }

  /** Worth trying again: rate limits, server trouble, and failures with no answer at all. */
  get retryable(): boolean {
    return this.kind === 'network' || this.status === 429 || this.status >= 500;
  }
}

export function isSpotifyError(error: unknown): error is SpotifyError {
  return error instanceof SpotifyError;
}
