import { Artwork } from '../../components/artwork';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { RANGE_LABELS } from '../../spotify/time-range';
import { TIME_RANGES, type Track } from '../../spotify/types';
import { tracksByArtist, type RangeLists } from './artist-in-lists';

/** The user's top tracks that the artist is on, with each one's rank in every range. */
export function ArtistTopTracks({
  artistId,
  artistName,
  lists,
  pending,
}: {
  artistId: string;
  artistName: string;
  lists: RangeLists<Track>;
  pending: boolean;
}) {
  const tracks = tracksByArtist(artistId, lists);
  const checked = TIME_RANGES.map((range) => lists[range]).filter((list) => list !== undefined);
  const title = `Your top tracks by ${artistName}`;
  return (
    <section className="artist-section" aria-labelledby="artist-tracks-title">
      <h2 id="artist-tracks-title">{title}</h2>
      {pending && tracks.length === 0 ? (
        <div className="skeleton-lines skeleton" role="status" aria-label="Loading your top tracks">
          <span className="skeleton-line" />
          <span className="skeleton-line short" />
        </div>
      ) : tracks.length === 0 ? (
        <p className="artist-none">
          {checked.every((list) => list.complete)
            ? `None of your top tracks of the last 4 weeks, 6 months or year is by ${artistName}.`
            : `None of the top tracks loaded for the last 4 weeks, 6 months and year is by ${artistName}.`}
        </p>
      ) : (
        <table className="artist-tracks">
          <caption className="visually-hidden">{title}, with their rank in each time range</caption>
          <thead>
            <tr>
              <th scope="col">Track</th>
              {TIME_RANGES.map((range) => (
                <th key={range} scope="col" className="range-rank">
                  {RANGE_LABELS[range].short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tracks.map(({ track, ranks }) => (
              <tr key={track.id}>
                <th scope="row">
                  <span className="artist-track">
                    <Artwork images={track.album.images} size={40} alt="" />
                    <span className="item-main">
                      <span className="item-title">{track.name}</span>
                      <span className="item-sub">{track.album.name}</span>
                    </span>
                    <OpenInSpotify href={track.external_urls.spotify} label={track.name} compact />
                  </span>
                </th>
                {TIME_RANGES.map((range) => (
                  <td key={range} className="range-rank">
                    {ranks[range] !== undefined ? (
                      `#${ranks[range]}`
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">
                          {lists[range]?.complete === false
                            ? `not in the first ${lists[range].items.length} of ${RANGE_LABELS[range].long}`
                            : `not in ${RANGE_LABELS[range].long}`}
                        </span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
