// Bring your own client ID: Spotify's development mode admits 5 users per client ID, so a
// visitor to someone else's copy can register their own app and use it here.
import { useId, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  clearStoredClientId,
  clientIdProblem,
  readStoredClientId,
  storeClientId,
  subscribeClientId,
} from '../../auth/client-id';
import { config } from '../../config';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { CopyText } from './copy-text';
import { setupMessages as m } from './messages';
import './setup.css';

const DASHBOARD = 'https://developer.spotify.com/dashboard';
const strong = (text: ReactNode) => <strong>{text}</strong>;
const em = (text: ReactNode) => <em>{text}</em>;

export function SetupPage() {
  const stored = useSyncExternalStore(subscribeClientId, readStoredClientId, () => null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const inputId = useId();
  const errorId = useId();

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = clientIdProblem(draft);
    setError(problem);
    setSaved(false);
    if (problem) return;
    try {
      storeClientId(draft);
      setDraft('');
      setSaved(true);
    } catch {
      setError(t(m.storageOff));
    }
  }

  return (
    <section className="page setup" aria-labelledby="setup-title">
      <title>{t(m.documentTitle)}</title>
      <h1 id="setup-title">{t(m.title)}</h1>
      <p className="lede">{t(m.lede)}</p>

      <ol className="setup-steps">
        <li>
          <T
            msg={m.stepCreate}
            tags={{
              link: (text) => (
                <a href={DASHBOARD} target="_blank" rel="noreferrer">
                  {text}
                </a>
              ),
              strong,
            }}
          />
        </li>
        <li>
          <T msg={m.stepApi} tags={{ strong, em }} />
        </li>
        <li>
          <T msg={m.stepRedirect} tags={{ strong }} />
          <CopyText value={config.redirectUri} label={t(m.redirectLabel)} />
        </li>
        <li>
          <T msg={m.stepUsers} tags={{ strong }} />
        </li>
        <li>
          <T msg={m.stepClientId} tags={{ strong, em }} />
        </li>
      </ol>

      <form className="setup-form" onSubmit={save} noValidate>
        <label htmlFor={inputId}>{t(m.field)}</label>
        <div className="setup-field">
          <input
            id={inputId}
            name="client-id"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
            autoComplete="off"
            spellCheck={false}
            placeholder={t(m.placeholder)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          <button type="submit" className="button primary">
            {t(m.save)}
          </button>
        </div>
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>

      <div className="setup-current" role="status">
        {stored ? (
          <>
            <p>
              <T msg={saved ? m.savedCurrent : m.current} values={{ id: <code>{stored}</code> }} />
            </p>
            <p className="setup-current-actions">
              <Link className="button primary" to="/">
                {t(m.signIn)}
              </Link>
              <button
                type="button"
                className="button"
                onClick={() => {
                  clearStoredClientId();
                  setSaved(false);
                }}
              >
                {t(m.forget)}
              </button>
            </p>
          </>
        ) : config.clientId ? (
          <p>
            <T msg={m.buildId} values={{ id: <code>{config.clientId}</code> }} />
          </p>
        ) : (
          <p>{t(m.none)}</p>
        )}
      </div>
    </section>
  );
}
