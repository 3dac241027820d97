import { artistRanks, describeRank, type RangeLists } from './artist-in-lists';
import { RANGE_LABELS } from '../../spotify/time-range';
import type { Artist } from '../../spotify/types';

/** The artist's place among the user's top artists in each range: "#3 in the last 4 weeks", … */
export function ArtistRanks({
  artistId,
  lists,
  pending,
}: {
  artistId: string;
  lists: RangeLists<Artist>;
  /** A list still loading: its line is a placeholder until then. */
  pending: boolean;
}) {
  const ranks = artistRanks(artistId, lists);
  return (
    <ul className="artist-ranks" aria-label="Among your top artists">
      {ranks.map((rank) => (
        <li key={rank.range} className={`artist-rank ${rank.kind}`}>
          {rank.kind === 'unknown' && pending ? (
            <span className="skeleton-line" aria-label={`Checking ${RANGE_LABELS[rank.range].long}`} />
          ) : rank.kind === 'ranked' ? (
            // The number stands out: "#3 in the last 4 weeks".
            <>
              <strong className="rank-figure">#{rank.rank}</strong> in {RANGE_LABELS[rank.range].long}
            </>
          ) : (
            capitalise(describeRank(rank))
          )}
        </li>
      ))}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
