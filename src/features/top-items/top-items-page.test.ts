import { describe, expect, it } from 'vitest';
import { firstPaintRows } from './top-items-page';

describe('firstPaintRows', () => {
  it('fills the window below the highest a list can start, so later rows appear out of sight', () => {
    for (let height = 320; height <= 2400; height += 7) {
      const rows = firstPaintRows(height);
      // 320 px: the highest list top; 64 px: the lowest row.
      expect(320 + rows * 64, `${height}px`).toBeGreaterThanOrEqual(height);
      // And no more: one row fewer would leave a gap at the bottom.
      if (rows > 4) expect(320 + (rows - 1) * 64, `${height}px`).toBeLessThan(height);
    }
  });

  it('renders a few rows at once even in a tiny window', () => {
    expect(firstPaintRows(0)).toBe(4);
    expect(firstPaintRows(400)).toBe(4);
  });
});
