import { isolate, t } from '../i18n/i18n';
import { componentMessages } from './messages';
import { safeHttpsUrl } from './safe-url';
import { SpotifyLogo } from './spotify-logo';

/**
 * "Open in Spotify": the link back that Spotify's guidelines ask for. Not rendered for unsafe URLs.
 * The compact one, on every list row, draws the icon as a CSS mask of one shared image: an inline
 * SVG per row cost more layout than the rest of the row.
 */
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
      aria-label={t(componentMessages.openNamedInSpotify, { name: isolate(label) })}
    >
      {compact ? (
        <span className="spotify-icon" aria-hidden="true" />
      ) : (
        <SpotifyLogo size={20} label={t(componentMessages.openInSpotify)} />
      )}
    </a>
  );
}
