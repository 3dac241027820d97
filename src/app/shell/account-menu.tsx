import { UserBadge } from '../../features/profile/user-badge';
import { t } from '../../i18n/i18n';
import { layoutMessages } from './messages';

/**
 * The header's account area: who is signed in, and signing out. `onSignOut` comes from the
 * shell (sign-out.ts, shared with leaving the demo), so this chunk imports nothing of the router
 * chunk's own: one that did would split react-router into a chunk of its own.
 */
export function AccountMenu({ onSignOut }: { onSignOut?: () => void }) {
  return (
    <>
      <UserBadge />
      {onSignOut ? (
        <button type="button" className="button subtle" onClick={onSignOut}>
          {t(layoutMessages.signOut)}
        </button>
      ) : null}
    </>
  );
}
