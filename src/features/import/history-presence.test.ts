import { afterEach, describe, expect, it } from 'vitest';
import { KEPT_MARKER } from './history-client';
import { markHistoryPresent, mayHaveHistory } from './history-presence';

afterEach(() => {
  localStorage.clear();
  markHistoryPresent(false);
});

describe('mayHaveHistory', () => {
  it('reads the marker the history client writes for a history kept on the device', () => {
    expect(mayHaveHistory()).toBe(false);
    localStorage.setItem(KEPT_MARKER, '1');
    expect(mayHaveHistory()).toBe(true);
  });

  it('knows of a history imported only for this visit', () => {
    markHistoryPresent(true);
    expect(mayHaveHistory()).toBe(true);
    markHistoryPresent(false);
    expect(mayHaveHistory()).toBe(false);
  });
});
