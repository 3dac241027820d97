import { Artwork } from '../../components/artwork';
import { safeHttpsUrl } from '../../components/safe-url';
import { isolate, t } from '../../i18n/i18n';
import { profileMessages as m } from './messages';
import { useCurrentUser } from './queries';
import './user-badge.css';

/** The signed-in user's avatar and name, for the header. */
export function UserBadge() {
  const { data: user, isError } = useCurrentUser();
  if (isError) return null;
  if (!user) return <span className="user-badge skeleton" aria-hidden="true" />;
  const name = user.display_name || user.id;
  const profileUrl = safeHttpsUrl(user.external_urls.spotify);
  const content = (
    <>
      <Artwork images={user.images} size={32} alt="" shape="round" eager />
      <bdi className="user-name">{name}</bdi>
    </>
  );
  return profileUrl ? (
    <a
      className="user-badge"
      href={profileUrl}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t(m.signedInAsLink, { name: isolate(name) })}
    >
      {content}
    </a>
  ) : (
    <span className="user-badge" aria-label={t(m.signedInAs, { name: isolate(name) })}>
      {content}
    </span>
  );
}
