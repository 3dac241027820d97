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

  it('fills the window below the list’s measured top when it is known: fewer rows where the list starts lower', () => {
    // A phone (412 × 823) whose list starts at 549 px: five rows reach the bottom, four would not.
    expect(firstPaintRows(823, 549)).toBe(5);
    for (const top of [300, 354, 401, 549, 751]) {
      const rows = firstPaintRows(900, top);
      expect(top + rows * 64, `${top}px`).toBeGreaterThanOrEqual(900);
      if (rows > 4) expect(top + (rows - 1) * 64, `${top}px`).toBeLessThan(900);
    }
    expect(firstPaintRows(823, 549)).toBeLessThan(firstPaintRows(823));
  });

  it('renders a few rows at once even in a tiny window', () => {
    expect(firstPaintRows(0)).toBe(4);
    expect(firstPaintRows(400)).toBe(4);
  });
});
