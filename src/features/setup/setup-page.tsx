// Bring your own client ID: Spotify's development mode admits 5 users per client ID, so a
// visitor to someone else's copy can register their own app and use it here.
import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  clearStoredClientId,
  clientIdProblem,
  readStoredClientId,
  storeClientId,
  subscribeClientId,
} from '../../auth/client-id';
import { config } from '../../config';
import { CopyText } from './copy-text';
import './setup.css';

const DASHBOARD = 'https://developer.spotify.com/dashboard';

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
      setError('This browser would not store the client ID (storage is turned off for this site).');
    }
  }

  return (
    <section className="page setup" aria-labelledby="setup-title">
      <h1 id="setup-title">Use your own Spotify client ID</h1>
      <p className="lede">
        Spotify apps start in development mode, where each app admits only 5 users. If this copy of Heavy Rotation
        isn&apos;t set up for you, register your own app with Spotify (free; the app&apos;s owner needs Premium) and use
        its client ID here. It is kept in this browser only.
      </p>

      <ol className="setup-steps">
        <li>
          Open the{' '}
          <a href={DASHBOARD} target="_blank" rel="noreferrer">
            Spotify Developer Dashboard
          </a>{' '}
          and choose <strong>Create app</strong>. Any name and description will do.
        </li>
        <li>
          Under <em>Which API/SDKs are you planning to use?</em>, tick <strong>Web API</strong>.
        </li>
        <li>
          Add this <strong>Redirect URI</strong>, exactly as shown, and save:
          <CopyText value={config.redirectUri} label="Redirect URI for this copy of Heavy Rotation" />
        </li>
        <li>
          In the app&apos;s <strong>User Management</strong>, add the name and Spotify e-mail address of everyone who
          will sign in, yourself included: development mode allows up to 5 users.
        </li>
        <li>
          Copy the <strong>Client ID</strong> from the app&apos;s <em>Basic Information</em> (not the client secret:
          Heavy Rotation never needs one) and paste it below.
        </li>
      </ol>

      <form className="setup-form" onSubmit={save} noValidate>
        <label htmlFor={inputId}>Client ID</label>
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
            placeholder="32 characters, 0–9 and a–f"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
          <button type="submit" className="button primary">
            Save client ID
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
              {saved ? 'Saved. ' : ''}This browser signs in with your client ID <code>{stored}</code>.
            </p>
            <p className="setup-current-actions">
              <Link className="button primary" to="/">
                Sign in
              </Link>
              <button
                type="button"
                className="button"
                onClick={() => {
                  clearStoredClientId();
                  setSaved(false);
                }}
              >
                Forget this client ID
              </button>
            </p>
          </>
        ) : config.clientId ? (
          <p>
            No client ID of your own is set: this browser uses this copy&apos;s, <code>{config.clientId}</code>.
          </p>
        ) : (
          <p>No client ID is set yet, so signing in waits for yours.</p>
        )}
      </div>
    </section>
  );
}
