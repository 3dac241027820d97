import { describe, expect, it } from 'vitest';
import { formatPlaysAndTime, formatPlayTime, trackUrl } from './play-count';

describe('play counts', () => {
  it('reads "1,234 plays · 71 h"', () => {
    expect(formatPlaysAndTime(1234, 71 * 3_600_000, false)).toBe('1,234 plays · 71 h');
    expect(formatPlaysAndTime(1, 200_000, false)).toBe('1 play · 3 min');
    expect(formatPlaysAndTime(2, 0, true)).toBe('2 streams · 0 min');
  });

  it('switches from minutes to hours at an hour', () => {
    expect(formatPlayTime(59 * 60_000)).toBe('59 min');
    expect(formatPlayTime(60 * 60_000)).toBe('1 h');
  });
});

describe('trackUrl', () => {
  it('links track URIs to open.spotify.com and nothing else', () => {
    expect(trackUrl('spotify:track:4uLU6hMCjMI75M1A2tKUQC')).toBe(
      'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
    );
    expect(trackUrl('spotify:episode:4uLU6hMCjMI75M1A2tKUQC')).toBeUndefined();
    expect(trackUrl('spotify:track:../../evil')).toBeUndefined();
    expect(trackUrl(undefined)).toBeUndefined();
  });
});
