// Demo mode in the shell: the header's badge and the way out. The demo itself (src/demo)
// is a lazy chunk; nothing here imports it statically.
import { useSignOut } from '../shell/sign-out';
import './demo-mode.css';

export { useDemoMode } from './demo-flag';

/** The "Demo data" badge, and leaving: the session, the flag, cached data and the service worker all go. */
export function DemoControls() {
  const leave = useSignOut();
  return (
    <div className="demo-controls">
      <span className="demo-badge" title="Made-up data from Heavy Rotation's built-in emulator, not a Spotify account">
        Demo data
      </span>
      <button type="button" className="button subtle" onClick={leave}>
        Leave demo
      </button>
    </div>
  );
}
