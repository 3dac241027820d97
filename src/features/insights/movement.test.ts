import { describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { describeMovement, movementFor } from './movement';

const lists = {
  short_term: ['a', 'b', 'c', 'd', 'e'],
  medium_term: ['b', 'a', 'c', 'x', 'e'],
  long_term: ['c', 'e', 'y', 'a', 'b', 'd'],
};
const complete = { short_term: true, medium_term: true, long_term: true };

describe('movementFor', () => {
  it('labels rising and falling items with the rank change against the next longer range', () => {
    const movement = movementFor('short_term', lists, complete);
    expect(movement.get('a')).toEqual({ movement: { kind: 'rising', by: 1 }, staple: true, against: 'medium_term' });
    expect(movement.get('b')).toEqual({ movement: { kind: 'falling', by: 1 }, staple: true, against: 'medium_term' });
    expect(movement.get('c')).toEqual({ movement: { kind: 'steady' }, staple: true, against: 'medium_term' });
  });

  it('calls an item new only when it is in neither longer range, and every list is complete', () => {
    const withNew = { ...lists, short_term: [...lists.short_term, 'z'] };
    expect(movementFor('short_term', withNew, complete).get('z')).toEqual({
      movement: { kind: 'new' },
      staple: false,
      against: 'medium_term',
    });
    expect(movementFor('short_term', withNew, { short_term: true }).get('z')?.movement).toBeNull();
  });

  it('calls an item back in rotation when it skips the medium range but is in the long one', () => {
    expect(movementFor('short_term', lists, complete).get('d')).toEqual({
      movement: { kind: 'returning' },
      staple: false,
      against: 'medium_term',
    });
  });

  it('compares the 6-month list with the year, and gives the year no movement', () => {
    const medium = movementFor('medium_term', lists, complete);
    expect(medium.get('b')).toEqual({ movement: { kind: 'rising', by: 4 }, staple: true, against: 'long_term' });
    expect(medium.get('x')).toEqual({ movement: { kind: 'new' }, staple: false, against: 'long_term' });
    expect(movementFor('long_term', lists, complete).get('c')).toEqual({ movement: null, staple: true, against: null });
  });

  it('marks no staples until all three lists are known', () => {
    const movement = movementFor('short_term', { short_term: lists.short_term, medium_term: lists.medium_term });
    expect([...movement.values()].some((m) => m.staple)).toBe(false);
  });

  it('uses the first rank when an id repeats', () => {
    expect(movementFor('short_term', { short_term: ['a', 'a'], medium_term: ['q', 'a'] }).get('a')?.movement).toEqual({
      kind: 'rising',
      by: 1,
    });
  });
});

describe('describeMovement', () => {
  it('puts the movement and the staple label into words, naming the range compared with', () => {
    expect(describeMovement({ movement: { kind: 'rising', by: 3 }, staple: true, against: 'medium_term' })).toBe(
      'Up 3 places on the last 6 months. A staple: in all three time ranges',
    );
    expect(describeMovement({ movement: { kind: 'falling', by: 1 }, staple: false, against: 'long_term' })).toBe(
      'Down 1 place on the last year',
    );
    expect(describeMovement({ movement: { kind: 'new' }, staple: false, against: 'medium_term' })).toBe('New');
    expect(describeMovement({ movement: null, staple: true, against: null })).toBe(
      'A staple: in all three time ranges',
    );
  });

  it("speaks the page's language, each language's plural forms included", async () => {
    try {
      setLocale('de', await loadCatalog('de'));
      expect(describeMovement({ movement: { kind: 'rising', by: 1 }, staple: false, against: 'medium_term' })).toBe(
        'Einen Platz höher als in den letzten 6 Monaten',
      );
      setLocale('ar', await loadCatalog('ar'));
      expect(describeMovement({ movement: { kind: 'falling', by: 2 }, staple: false, against: 'long_term' })).toBe(
        'تراجع مرتبتين مقارنةً بآخر سنة',
      );
      expect(describeMovement({ movement: { kind: 'falling', by: 3 }, staple: false, against: 'long_term' })).toBe(
        'تراجع 3 مراتب مقارنةً بآخر سنة',
      );
    } finally {
      setLocale('en');
    }
  });
});
