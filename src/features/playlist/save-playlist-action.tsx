// "Save as playlist" for a top-tracks list: a private playlist with the whole list, in rank order.
// Asks for playlist-modify-private only now (incremental consent); after the consent round trip the
// page comes back with ?save=playlist and the save resumes once.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { hasScope } from '../../auth/granted-scopes';
import { beginSignIn } from '../../auth/sign-in';
import { SIGN_IN_SCOPES, type Scope } from '../../auth/scopes';
import { describeError } from '../../components/describe-error';
import { ErrorPanel } from '../../components/error-panel';
import { errorMessages } from '../../components/error-messages';
import type { MenuAction } from '../../components/menu-button';
import { safeHttpsUrl } from '../../components/safe-url';
import { dateFormat } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { getAllTopItems } from '../../spotify/endpoints';
import { isSpotifyError } from '../../spotify/errors';
import type { Playlist, TimeRange, Track } from '../../spotify/types';
import { playlistMessages as messages } from './messages';
import type { SaveProgress } from './save-playlist';
import './save-playlist-action.css';

const SCOPE: Scope = 'playlist-modify-private';
/** In the return address of the consent round trip: save when back. */
export const SAVE_MARKER = 'save';
const SAVE_VALUE = 'playlist';

export interface SavePlaylistActionProps {
  range: TimeRange;
  items: readonly Track[];
  complete: boolean;
  /** @deprecated Unused: the playlist's name and description word the range per language (./messages.ts). */
  rangeLabel?: string;
}

/** Asking for the playlist permission before saving; `declined` when Spotify came back without it. */
type Consent = { declined: boolean } | null;

/** The location key whose ?save=playlist was acted on: once, whatever re-renders or StrictMode do. */
let claimedResume: string | null = null;

/** The save action, for the list's action bar, and what it says as it saves (progress, consent, errors). */
export function useSavePlaylistAction({ range, items, complete }: SavePlaylistActionProps): {
  action: MenuAction;
  panel: ReactNode;
} {
  const location = useLocation();
  const navigate = useNavigate();
  const [consent, setConsent] = useState<Consent>(null);
  const [savingMessage, setSavingMessage] = useState('');
  const progress = useRef<SaveProgress | undefined>(undefined);
  const saving = useMutation({
    mutationFn: async (): Promise<{ playlist: Playlist; count: number }> => {
      const [all, { savePlaylist }] = await Promise.all([
        complete ? items : getAllTopItems({ type: 'tracks', timeRange: range, loaded: items }),
        import('./save-playlist'),
      ]);
      const uris = all.map((track) => track.uri);
      const date = dateFormat({ dateStyle: 'long' }).format(new Date());
      const playlist = await savePlaylist({
        name: t(messages.name, { range }),
        description: t(messages.description, { count: uris.length, range, date }),
        uris,
        resume: progress.current,
        onProgress: (next) => {
          progress.current = next;
          setSavingMessage(t(messages.progress, { added: next.added, total: next.total }));
        },
      });
      progress.current = undefined;
      return { playlist, count: uris.length };
    },
  });

  const params = new URLSearchParams(location.search);
  const resuming = params.get(SAVE_MARKER) === SAVE_VALUE;
  params.delete(SAVE_MARKER);
  const cleanSearch = params.size ? `?${params}` : '';

  function askForScope() {
    const marked = new URLSearchParams(cleanSearch);
    marked.set(SAVE_MARKER, SAVE_VALUE);
    void beginSignIn({ returnTo: `${location.pathname}?${marked}`, scopes: [...new Set([...SIGN_IN_SCOPES, SCOPE])] });
  }

  function save() {
    setConsent(null);
    setSavingMessage(t(complete ? messages.creating : messages.loadingAll));
    saving.mutate();
  }

  /** Shows the permission request in place of the last save's outcome. */
  function needScope(declined: boolean) {
    saving.reset();
    setConsent({ declined });
  }

  function start() {
    if (hasScope(SCOPE)) save();
    else needScope(false);
  }

  // Back from consent: drop the marker first (a reload must not save twice), then save, once the
  // list has loaded.
  const loaded = items.length > 0;
  useEffect(() => {
    if (!resuming || !loaded || claimedResume === location.key) return;
    claimedResume = location.key;
    void navigate({ pathname: location.pathname, search: cleanSearch }, { replace: true });
    // After the replace navigation has been asked for, not inside this effect's render pass.
    void Promise.resolve().then(() => (hasScope(SCOPE) ? save() : needScope(true)));
    // Runs for a location that carries the marker, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resuming, loaded, location.key]);

  const scopeError = isSpotifyError(saving.error) && saving.error.status === 403 && /scope/i.test(saving.error.message);

  const action: MenuAction = {
    id: 'save-playlist',
    label: t(messages.action),
    disabled: saving.isPending || !loaded,
    onSelect: start,
  };
  const panel = (
    <div className="playlist-action">
      <span className="action-status" role="status">
        {saving.isPending ? savingMessage : null}
        {saving.isSuccess ? <Saved count={saving.data.count} playlist={saving.data.playlist} /> : null}
      </span>
      {consent ? (
        <div className="playlist-consent" role="group" aria-label={t(messages.permissionNeeded)}>
          <p>{t(messages.consent, { declined: consent.declined ? 'yes' : 'no' })}</p>
          <button type="button" className="button primary" onClick={askForScope}>
            {t(messages.continue)}
          </button>
          <button type="button" className="button" onClick={() => setConsent(null)}>
            {t(messages.notNow)}
          </button>
        </div>
      ) : null}
      {saving.isError ? (
        scopeError ? (
          <ErrorPanel
            title={t(messages.scopeTitle)}
            actions={
              <button type="button" className="button primary" onClick={askForScope}>
                {t(messages.signInAllow)}
              </button>
            }
          >
            <p>{t(messages.scope)}</p>
          </ErrorPanel>
        ) : (
          <SaveError error={saving.error} onRetry={save} onSignIn={askForScope} />
        )
      ) : null}
    </div>
  );
  return { action, panel };
}

/** The outcome line: how many tracks went to which playlist, with a link to it where its address is safe. */
function Saved({ count, playlist }: { count: number; playlist: Playlist }) {
  const href = safeHttpsUrl(playlist.external_urls.spotify);
  const name = <bdi>{playlist.name}</bdi>;
  return href ? (
    <T
      msg={messages.savedWithLink}
      values={{ count, name }}
      tags={{
        link: (children) => (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        ),
      }}
    />
  ) : (
    <T msg={messages.saved} values={{ count, name }} />
  );
}

function SaveError({ error, onRetry, onSignIn }: { error: unknown; onRetry: () => void; onSignIn: () => void }) {
  const { title, message, action } = describeError(error);
  return (
    <ErrorPanel
      title={t(messages.failedTitle, { reason: title })}
      actions={
        action === 'retry' ? (
          <button type="button" className="button primary" onClick={onRetry}>
            {t(errorMessages.tryAgain)}
          </button>
        ) : action === 'sign-in' || action === 'sign-in-with-scope' ? (
          <button type="button" className="button primary" onClick={onSignIn}>
            {t(errorMessages.signInAgain)}
          </button>
        ) : null
      }
    >
      <p>{message}</p>
    </ErrorPanel>
  );
}
