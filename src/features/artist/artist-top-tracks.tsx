import { Artwork } from '../../components/artwork';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { RANGE_LABELS } from '../../spotify/time-range';
import { TIME_RANGES, type Track } from '../../spotify/types';
import { tracksByArtist, type RangeLists } from './artist-in-lists';
import { artistMessages as messages } from './messages';

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
  const name = <bdi>{artistName}</bdi>;
  return (
    <section className="artist-section" aria-labelledby="artist-tracks-title">
      <h2 id="artist-tracks-title">
        <T msg={messages.tracksTitle} values={{ name }} />
      </h2>
      {pending && tracks.length === 0 ? (
        <div className="skeleton-lines skeleton" role="status" aria-label={t(messages.tracksLoading)}>
          <span className="skeleton-line" />
          <span className="skeleton-line short" />
        </div>
      ) : tracks.length === 0 ? (
        <p className="artist-none">
          <T
            msg={checked.every((list) => list.complete) ? messages.noneComplete : messages.nonePartial}
            values={{ name }}
          />
        </p>
      ) : (
        <table className="artist-tracks">
          <caption className="visually-hidden">
            <T msg={messages.tracksCaption} values={{ name }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">{t(messages.trackHeader)}</th>
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
                      <span className="item-title">
                        <bdi>{track.name}</bdi>
                      </span>
                      <span className="item-sub">
                        <bdi>{track.album.name}</bdi>
                      </span>
                    </span>
                    <OpenInSpotify href={track.external_urls.spotify} label={track.name} compact />
                  </span>
                </th>
                {TIME_RANGES.map((range) => (
                  <td key={range} className="range-rank">
                    {ranks[range] !== undefined ? (
                      t(messages.trackRank, { rank: ranks[range] })
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">
                          {lists[range]?.complete === false
                            ? t(messages.notInFirst, { count: lists[range].items.length, range })
                            : t(messages.notIn, { range })}
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
