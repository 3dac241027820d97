import { TopItemsPage } from './top-items-page';

export function TopTracksRoute() {
  return <TopItemsPage type="tracks" />;
}

export function TopArtistsRoute() {
  return <TopItemsPage type="artists" />;
}
