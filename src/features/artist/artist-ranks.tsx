import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import type { Artist } from '../../spotify/types';
import { artistRanks, type ArtistRank, type RangeLists } from './artist-in-lists';
import { artistMessages as messages } from './messages';

/** "#3 in the last 4 weeks", "Not in your top artists of the last 6 months", "Not in your top 50 of the last year". */
export function describeRank(rank: ArtistRank): string {
  switch (rank.kind) {
    case 'ranked':
      return t(messages.ranked, { rank: rank.rank, range: rank.range });
    case 'absent':
      // Only the pages loaded were looked at: past them, the artist may still be ranked.
      return rank.complete
        ? t(messages.absent, { range: rank.range })
        : t(messages.absentPartial, { checked: rank.checked, range: rank.range });
    case 'unknown':
      return t(messages.unknown, { range: rank.range });
  }
}

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
    <ul className="artist-ranks" aria-label={t(messages.ranksLabel)}>
      {ranks.map((rank) => (
        <li key={rank.range} className={`artist-rank ${rank.kind}`}>
          {rank.kind === 'unknown' && pending ? (
            <span className="skeleton-line" aria-label={t(messages.checking, { range: rank.range })} />
          ) : rank.kind === 'ranked' ? (
            // The number stands out: "#3 in the last 4 weeks".
            <T
              msg={messages.ranked}
              values={{ rank: rank.rank, range: rank.range }}
              tags={{ rank: (children) => <strong className="rank-figure">{children}</strong> }}
            />
          ) : (
            describeRank(rank)
          )}
        </li>
      ))}
    </ul>
  );
}
