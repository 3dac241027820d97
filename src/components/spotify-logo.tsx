import { siSpotify } from 'simple-icons';

// Spotify's icon with its name, as the design guidelines ask beside Spotify content.
// Deployers may swap in the official logo files from Spotify's brand assets.
export function SpotifyLogo({ size = 21, label = 'Spotify' }: { size?: number; label?: string }) {
  return (
    <span className="spotify-logo">
      <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d={siSpotify.path} />
      </svg>
      <span>{label}</span>
    </span>
  );
}
