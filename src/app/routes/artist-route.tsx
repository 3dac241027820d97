// The artist page as the app composes it: the artist (features/artist) and, with an imported
// data export, your plays of them by year (features/import, loaded only for someone who imported).
import { lazy, Suspense } from 'react';
import { ArtistPage } from '../../features/artist/artist-page';
import { mayHaveHistory } from '../../features/import/history-presence';

const ArtistPlaysByYear = lazy(async () => ({
  default: (await import('../../features/import/export-plays')).ArtistPlaysByYear,
}));

export function ArtistRoute() {
  return (
    <ArtistPage
      playsByYear={(artist) =>
        mayHaveHistory() ? (
          <Suspense fallback={null}>
            <ArtistPlaysByYear name={artist.name} />
          </Suspense>
        ) : null
      }
    />
  );
}
