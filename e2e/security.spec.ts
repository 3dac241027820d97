// The production build's security promises, observed in a real browser: the CSP is in
// force and nothing the app does trips it, no Referer leaves the app, and tokens live in
// sessionStorage and nowhere else.
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { advanceClock, emulatorLog, resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

const ACCOUNTS_ORIGIN = new URL(process.env.EMULATOR_ACCOUNTS_URL!).origin;
const IMAGES_ORIGIN = new URL(process.env.EMULATOR_IMAGES_URL!).origin;
// The API runs on the port after the accounts service (playwright.config.ts).
const API_ORIGIN = `http://127.0.0.1:${Number(new URL(ACCOUNTS_ORIGIN).port) + 1}`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test('the served index.html carries a strict Content-Security-Policy for the configured origins, before any script', async ({
  request,
  baseURL,
}) => {
  const html = await (await request.get(baseURL!)).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'a CSP meta tag').not.toBeNull();
  // A CSP meta only governs what comes after it.
  expect(meta!.index).toBeLessThan(html.search(/<script|<link/));
  const policy = meta![1]!.replaceAll('&#39;', "'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

  const csp = directives(policy);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  // Scripts from the app itself, plus the page's own inline scripts by their exact hashes (the one that
  // chooses the language, the loader): no other inline script runs.
  const inline = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((match) => match[1]!);
  expect(inline).toHaveLength(2);
  expect(csp.get('script-src')).toEqual(["'self'", ...inline.map(sha256)]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  // connect-src: the configured accounts and API origins (and the app's own, for the in-browser demo).
  const connect = csp.get('connect-src') ?? [];
  expect(connect).toEqual(expect.arrayContaining([ACCOUNTS_ORIGIN, API_ORIGIN]));
  expect(connect.filter((s) => ![ACCOUNTS_ORIGIN, API_ORIGIN, "'self'"].includes(s))).toEqual([]);
  // img-src: the configured image origins replace Spotify's CDNs.
  const img = csp.get('img-src') ?? [];
  expect(img).toContain(IMAGES_ORIGIN);
  expect(img.filter((s) => ![IMAGES_ORIGIN, "'self'"].includes(s))).toEqual([]);
});

/** Records CSP violations (the DOM event and Chromium's console report) from every document the page loads. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('signing in and browsing trip no Content-Security-Policy violation, while the policy is in force', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  await signIn(page);
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  await expect(topList(page).getByRole('img').first()).toHaveJSProperty('complete', true);
  await page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name: '1 year' }).click();
  await expect(page.getByText('From the last year')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  await topList(page).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/artist\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Artwork really came from the image origin the policy allows.
  const images = await emulatorLog({ service: 'images' });
  expect(images.filter((e) => e.status === 200).length).toBeGreaterThan(0);
  expect(violations).toEqual([]);

  // The control: an inline script is refused, and the watcher sees it.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.includes('script-src'))).toBe(true);
});

test('no Referer leaves the app: not to the sign-in page, the token endpoint, the API or the images', async ({
  page,
  baseURL,
}) => {
  await signIn(page);
  await expect(topList(page).getByRole('img').first()).toHaveJSProperty('complete', true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  await topList(page).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const log = await emulatorLog();
  const appOrigin = new URL(baseURL!).origin;
  // Everything the app caused: the navigation to /authorize, and every request from its pages.
  const fromApp = log.filter((e) => e.origin === appOrigin || (e.service === 'accounts' && e.path === '/authorize'));
  const services = new Set(fromApp.map((e) => `${e.service} ${e.path.split('/')[1]}`));
  expect([...services]).toEqual(
    expect.arrayContaining(['accounts authorize', 'accounts api', 'api me', 'api artists']),
  );
  expect(log.filter((e) => e.service === 'images').length).toBeGreaterThan(0);
  expect(log.filter((e) => e.referer !== null && e.referer.startsWith(appOrigin))).toEqual([]);
  expect(fromApp.map((e) => e.referer).filter((r) => r !== null)).toEqual([]);
});

test('tokens stay in sessionStorage: never in localStorage, cookies, any visited URL or the console, through sign-in, browsing, a reload and a token refresh', async ({
  page,
  context,
}) => {
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  page.on('pageerror', (error) => consoleText.push(String(error)));
  const urls: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('request', (request) => urls.push(request.url()));
  // What must not leak, as it crossed the wire: tokens from the token endpoint, the verifier and state we sent.
  const secrets = new Set<string>();
  const pkce = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/authorize') pkce.add(url.searchParams.get('state') ?? '');
    if (url.pathname === '/api/token' && request.method() === 'POST') {
      const verifier = new URLSearchParams(request.postData() ?? '').get('code_verifier');
      if (verifier) pkce.add(verifier);
    }
  });
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname !== '/api/token' || response.request().method() !== 'POST') return;
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    for (const key of ['access_token', 'refresh_token']) if (typeof body[key] === 'string') secrets.add(body[key]);
  });

  await signIn(page);
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await page.reload();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  // The access token expires at Spotify: the next request gets a 401 and the app refreshes.
  await advanceClock(3700);
  await page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name: '1 year' }).click();
  await expect(page.getByText('From the last year')).toBeVisible();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  const grants = (await emulatorLog({ service: 'accounts', path: '/api/token' }))
    .filter((e) => !e.preflight)
    .map((e) => e.grantType);
  expect(grants).toEqual(['authorization_code', 'refresh_token']);
  await page.reload();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();

  // Two access tokens and a refresh token came over the wire.
  expect(secrets.size).toBeGreaterThanOrEqual(3);
  expect([...pkce].filter(Boolean)).toHaveLength(2);
  const stored = await page.evaluate(() => ({
    session: JSON.stringify({ ...sessionStorage }),
    local: JSON.stringify({ ...localStorage }),
    cookie: document.cookie,
  }));
  expect(await context.cookies()).toEqual([]);
  expect(stored.cookie).toBe('');
  // The session is in sessionStorage: the latest access token is there.
  expect([...secrets].some((token) => stored.session.includes(token))).toBe(true);
  for (const token of secrets) {
    expect(stored.local).not.toContain(token);
    expect(urls.filter((url) => url.includes(token))).toEqual([]);
    expect(consoleText.filter((text) => text.includes(token))).toEqual([]);
  }
  // `urls` holds every address this tab visited, so every history entry it made.
  expect(page.url()).not.toMatch(/[?&](code|state)=/);
  // The verifier and state are spent: gone from storage once the exchange is done.
  for (const value of pkce) {
    if (!value) continue;
    expect(stored.session).not.toContain(value);
    expect(stored.local).not.toContain(value);
  }
});
