import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';

/** The top list a user shares: what the button offers and the dialog draws. */
export interface SharedList {
  type: TopItemType;
  range: TimeRange;
  items: readonly (Track | Artist)[];
  /** @deprecated Unused: the dialog words the range itself, per language (./messages.ts). */
  rangeLabel?: string;
}
