import { SpotifyLogo } from '../../components/spotify-logo';
import { ThemeSwitch } from './theme-switch';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Heavy Rotation works with <SpotifyLogo size={16} />. Track, album and artist data and artwork come from Spotify.
        Heavy Rotation is not affiliated with Spotify.
      </p>
      <ThemeSwitch />
    </footer>
  );
}
