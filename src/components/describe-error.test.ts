import { describe, expect, it } from 'vitest';
import { SpotifyError } from '../spotify/errors';
import { describeError } from './describe-error';

const http = (status: number, message: string, retryAfter?: number) =>
  new SpotifyError('http', message, { status, ...(retryAfter === undefined ? {} : { retryAfter }) });

describe('describeError', () => {
  it('explains a user missing from a development-mode app’s list, and points to bringing your own client ID', () => {
    const described = describeError(
      http(403, 'Check settings on developer.spotify.com/dashboard, the user may not be registered.'),
    );
    expect(described.action).toBe('own-client-id');
    expect(described.message).toMatch(/5 users/);
    expect(described.message).toMatch(/User Management in the Spotify Developer Dashboard/);
    expect(described.message).toMatch(/your own client ID/);
  });

  it('offers signing in with the missing scope for "Insufficient client scope"', () => {
    expect(describeError(http(403, 'Insufficient client scope')).action).toBe('sign-in-with-scope');
  });

  it('says how long a 429 asked to wait, and offers to try again', () => {
    expect(describeError(http(429, 'Too many requests', 90))).toMatchObject({
      message: expect.stringContaining('wait 90 seconds'),
      action: 'retry',
    });
  });

  it('tells offline from an unreachable Spotify', () => {
    const network = new SpotifyError('network', 'Spotify could not be reached.');
    expect(describeError(network, false).title).toBe("You're offline");
    expect(describeError(network, true).title).toBe("Couldn't reach Spotify");
  });

  it('offers a retry for unreadable data and server errors, and nothing for a 404', () => {
    expect(describeError(new SpotifyError('invalid-response', 'x', { status: 200 })).action).toBe('retry');
    expect(describeError(http(503, 'Service unavailable')).action).toBe('retry');
    expect(describeError(http(404, 'Resource not found')).action).toBe('none');
  });

  it('sends a signed-out error to sign in, and anything unknown to a retry', () => {
    expect(describeError(new SpotifyError('signed-out', 'x', { status: 401 })).action).toBe('sign-in');
    expect(describeError(new Error('boom'))).toMatchObject({ title: 'Something went wrong', action: 'retry' });
  });
});
