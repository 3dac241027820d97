// Demo mode in the shell: the header's badge and the way out. The demo itself (src/demo)
// is a lazy chunk; nothing here imports it statically.
import { useSignOut } from '../shell/sign-out';
import { t } from '../../i18n/i18n';
import { demoModeMessages as m } from './messages';
import './demo-mode.css';

export { useDemoMode } from './demo-flag';

/** The "Demo data" badge, and leaving: the session, the flag, cached data and the service worker all go. */
export function DemoControls() {
  const leave = useSignOut();
  return (
    <div className="demo-controls">
      <span className="demo-badge" title={t(m.badgeTitle)}>
        {t(m.badge)}
      </span>
      <button type="button" className="button subtle" onClick={leave}>
        {t(m.leave)}
      </button>
    </div>
  );
}
