import { t } from '../../i18n/i18n';
import { historyMessages as messages } from './messages';

// A track that left and isn't in any list loaded this session stays unnamed: development-mode apps
// lost batch `GET /tracks` (Feb 2026), and Heavy Rotation builds on no track lookup (the platform
// notes list none it may rely on, and its emulator serves none), so it is a link to Spotify instead.
export function LeftTrackRow({ id }: { id: string }) {
  return (
    <li className="history-row">
      <span className="history-name">{t(messages.trackGone)}</span>
      <a
        className="history-open"
        href={`https://open.spotify.com/track/${encodeURIComponent(id)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t(messages.openTrack)}
      </a>
    </li>
  );
}
