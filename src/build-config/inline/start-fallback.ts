// The first script in 404.html's head (build-config/html.ts, startFallbackPage), the page
// every address but the start page gets on static hosts. A classic script, bundled and
// minified at build time with the page's values in PAGE.
import { CALLBACK_QUERY } from '../../app/boot/callback-query';
import { EARLY_EXCHANGE_KEY, type EarlyExchange } from '../../auth/early-exchange';
import { PENDING_KEY, type PendingSignIn } from '../../auth/token-store';

/** The page's own values, written in by the build (build-config/inline-script.ts). */
declare const PAGE: {
  /** The module preloads' <link> tags, taken out of the page to be added here. */
  links: string;
  /** The sign-in callback's path. */
  callbackPath: string;
  /** JSON: each language's address segment → its catalog chunk's URL. */
  catalogs: string;
};

/** The catalog of the language the address names (`/de/tracks`), fetched beside the app's code. */
function catalogLink(): string {
  const base = PAGE.callbackPath.replace(/account$/, '');
  const segment = location.pathname.slice(base.length).split('/')[0] ?? '';
  const href = (JSON.parse(PAGE.catalogs) as Record<string, string>)[segment];
  return href ? `<link rel="modulepreload" crossorigin href="${href}">` : '';
}

/**
 * Sends the code exchange while the page is still parsing, when this tab's pending sign-in
 * names a token endpoint and its state matches the callback's: the same request as
 * auth/token-client.ts's exchangeCode (html.test.ts compares the two). The callback's
 * handling checks it all again and takes this answer rather than ask twice.
 */
function sendEarlyExchange(): void {
  const query = new URLSearchParams(location.search);
  const code = query.get('code');
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Partial<PendingSignIn> | null;
  if (
    !code ||
    typeof pending?.tokenUrl !== 'string' ||
    typeof pending.redirectUri !== 'string' ||
    typeof pending.clientId !== 'string' ||
    typeof pending.verifier !== 'string' ||
    pending.state !== query.get('state')
  ) {
    return;
  }
  const response = fetch(pending.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: pending.redirectUri,
      client_id: pending.clientId,
      code_verifier: pending.verifier,
    }),
    credentials: 'omit',
    cache: 'no-store',
  });
  // Its failure is the callback's to report, once it takes the answer.
  response.catch(() => {});
  const early: EarlyExchange = { code, url: pending.tokenUrl, response };
  (window as unknown as Record<symbol, EarlyExchange>)[Symbol.for(EARLY_EXCHANGE_KEY)] = early;
}

// No preloads on the callback: the exchange is its first request.
if (!CALLBACK_QUERY.test(location.search)) document.head.insertAdjacentHTML('beforeend', PAGE.links + catalogLink());
else if (location.pathname === PAGE.callbackPath) {
  try {
    sendEarlyExchange();
  } catch {
    // Unreadable storage or a malformed pending sign-in: the callback's handling reports it.
  }
}
