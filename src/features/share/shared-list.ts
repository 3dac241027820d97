import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';

/** The top list a user shares: what the button offers and the dialog draws. */
export interface SharedList {
  type: TopItemType;
  range: TimeRange;
  items: readonly (Track | Artist)[];
  /** The range in words, e.g. "the last 4 weeks". */
  rangeLabel: string;
}
