// The artist page as the app composes it: the artist (features/artist) and, with an imported
// data export, your plays of them by year (features/import).
import { ArtistPage } from '../features/artist/artist-page';
import { ArtistPlaysByYear } from '../features/import/export-plays';

export function ArtistRoute() {
  return <ArtistPage extra={(artist) => <ArtistPlaysByYear name={artist.name} />} />;
}
