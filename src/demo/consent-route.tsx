// The demo's consent page. Signing in navigates to the demo's /authorize, and navigations
// never reach a service worker (MSW leaves them to the network), so on a static host the
// app boots there from 404.html and this route shows the emulator's own consent page.
// The decision goes to the emulator in this same page, which then issues the code the
// /account callback exchanges: the app's real sign-in code runs end to end.
import { useState, type FormEvent } from 'react';
import { redirect, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { readDemoMode } from '../auth/token-store';
import { config } from '../config';
import { t } from '../i18n/i18n';
import { demoMessages as m } from './messages';
import { startDemo } from './worker';
import './demo.css';

interface EmulatorPage {
  status: number;
  html: string;
}

/** The app path (below the router's basename) that an emulator redirect points at, if it stays in the app. */
function appPath(location: string | null): string | null {
  if (!location) return null;
  const url = new URL(location, window.location.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith(config.basePath)) return null;
  return `/${url.pathname.slice(config.basePath.length)}${url.search}`;
}

async function readPage(response: Response): Promise<EmulatorPage | string> {
  const path = appPath(response.headers.get('Location'));
  if (response.status >= 300 && response.status < 400 && path) return path;
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  return { status: response.status, html: doc.querySelector('main')?.innerHTML ?? '' };
}

export async function consentLoader({ request }: LoaderFunctionArgs) {
  if (!readDemoMode()) return redirect('/');
  const { emulator } = await startDemo();
  const page = await readPage(await emulator.accounts(new Request(request.url)));
  // Consent already given: straight back to the app with a code.
  return typeof page === 'string' ? redirect(page) : page;
}

export function DemoConsentPage() {
  const loaded = useLoaderData<typeof consentLoader>();
  const [page, setPage] = useState<EmulatorPage>(loaded);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();

  async function decide(event: FormEvent<HTMLDivElement>) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form, submitter)) if (typeof value === 'string') body.append(name, value);
    setBusy(true);
    const { emulator } = await startDemo();
    const action = new URL(form.getAttribute('action') ?? '', window.location.href).href;
    const next = await readPage(await emulator.accounts(new Request(action, { method: 'POST', body })));
    setBusy(false);
    if (typeof next === 'string') void navigate(next, { replace: true });
    else setPage(next);
  }

  return (
    <section className="page demo-consent" aria-labelledby="demo-consent-title" aria-busy={busy}>
      <title>{t(m.consentTitle)}</title>
      <p className="demo-consent-note" id="demo-consent-title">
        {t(m.consentNote)}
      </p>
      {/* The emulator's page: its own HTML, every value escaped by the emulator. */}
      <div
        className="demo-consent-card"
        onSubmit={(event) => void decide(event)}
        dangerouslySetInnerHTML={{ __html: page.html }}
      />
    </section>
  );
}
