import { safeHttpsUrl } from './safe-url';
import { SpotifyLogo } from './spotify-logo';

/** "Open in Spotify": the link back that Spotify's guidelines ask for. Not rendered for unsafe URLs. */
export function OpenInSpotify({
  href,
  label,
  compact = false,
}: {
  href: string | undefined;
  label: string;
  compact?: boolean;
}) {
  const url = safeHttpsUrl(href);
  if (!url) return null;
  return (
    <a
      className={compact ? 'open-in-spotify compact' : 'open-in-spotify'}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={`${label}: open in Spotify (new tab)`}
    >
      <SpotifyLogo size={compact ? 18 : 20} label={compact ? '' : 'Open in Spotify'} />
    </a>
  );
}
