// What the /account callback does with every answer that isn't a clean code for the
// sign-in this tab started: no token request unless the state matches, a message in
// the user's words, a way to sign in again — and signing in again works.
import { expect, test, type Page } from '@playwright/test';
import { advanceClock, configureEmulator, emulatorLog, resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

/** Every request to the token endpoint, preflights included. */
function tokenRequests() {
  return emulatorLog({ service: 'accounts', path: '/api/token' });
}

/** Starts a sign-in and stops on the consent page; returns the consent form's fields (state among them). */
async function startSignIn(page: Page): Promise<Record<string, string>> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await expect(page.getByRole('button', { name: 'Agree' })).toBeVisible();
  return page
    .locator('form input[type=hidden]')
    .evaluateAll((inputs) =>
      Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
    );
}

/**
 * Agrees on the consent page the way the browser would, but without following the
 * redirect: the callback URL (with a real code) is returned for the test to open later.
 */
async function agreeWithoutReturning(page: Page, fields: Record<string, string>): Promise<string> {
  const action = await page.locator('form').evaluate((form) => (form as HTMLFormElement).action);
  const response = await page.request.post(action, { form: { ...fields, decision: 'agree' }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  const location = response.headers()['location'] ?? '';
  expect(new URL(location).searchParams.get('code')).toBeTruthy();
  return location;
}

async function expectSignInOffered(page: Page, message: RegExp) {
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page.getByRole('button', { name: 'Sign in with Spotify' })).toBeVisible();
  expect(page.url()).not.toMatch(/[?&](code|state)=/);
}

/** Token requests the app made (a browser's fetch carries an Origin; the test's own requests don't). */
async function appExchanges() {
  return (await tokenRequests()).filter((e) => !e.preflight && e.origin !== null);
}

const STATE_MISMATCH = /didn't match a sign-in started in this tab, so it was ignored/;

test.describe('a callback that does not match the pending sign-in makes no token request', () => {
  const cases: { name: string; query: (state: string) => string; message: RegExp }[] = [
    {
      name: 'a mismatched state',
      query: () => '?code=someone-elses-code&state=not-the-one-we-sent',
      message: STATE_MISMATCH,
    },
    { name: 'a missing state', query: () => '?code=someone-elses-code', message: STATE_MISMATCH },
    { name: 'an empty state', query: () => '?code=someone-elses-code&state=', message: STATE_MISMATCH },
    { name: 'junk parameters only', query: () => '?foo=bar', message: STATE_MISMATCH },
    {
      name: 'the right state but no code',
      query: (state) => `?state=${state}`,
      message: /came back without a sign-in code/,
    },
    {
      name: 'the right state and an error other than a cancel',
      query: (state) => `?error=server_error&state=${state}`,
      message: /could not complete the sign-in/,
    },
  ];
  for (const { name, query, message } of cases) {
    test(`${name}: a message and a sign-in button`, async ({ page }) => {
      const { state } = await startSignIn(page);
      expect(state).toBeTruthy();
      await page.goto(`./account${query(state!)}`);
      await expectSignInOffered(page, message);
      expect(await tokenRequests()).toEqual([]);
    });
  }

  test('a forged callback with no sign-in under way gets the message too, and signing in afterwards works', async ({
    page,
  }) => {
    await page.goto('./account?code=forged&state=forged');
    await expect(page).toHaveURL(/\/heavy-rotation\/?\?signin=state-mismatch$/);
    await expectSignInOffered(page, STATE_MISMATCH);
    expect(await tokenRequests()).toEqual([]);

    await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
    await page.getByRole('button', { name: 'Agree' }).click();
    await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  });

  // Decision: /account with no OAuth parameters and no sign-in under way is a bookmark or a
  // typed address, not a sign-in response: it goes home quietly rather than alarm anyone.
  test('junk parameters with no sign-in under way go home quietly', async ({ page }) => {
    await page.goto('./account?foo=bar');
    await expect(page).toHaveURL(/\/heavy-rotation\/?$/);
    await expect(page.getByRole('button', { name: 'Sign in with Spotify' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await tokenRequests()).toEqual([]);
  });
});

test('pressing Cancel on the consent page explains that nothing was shared, and signing in again works', async ({
  page,
}) => {
  await startSignIn(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\?signin=denied/);
  await expectSignInOffered(page, /You cancelled on Spotify's page, so nothing was shared/);
  expect(await tokenRequests()).toEqual([]);

  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(page).toHaveURL(/\/heavy-rotation\/tracks$/);
});

test.describe('a code Spotify rejects at the exchange (invalid_grant)', () => {
  async function expectRejectedThenSignInAgain(page: Page) {
    await expect(page).toHaveURL(/\?signin=code-rejected/);
    await expectSignInOffered(page, /That sign-in link had expired or was already used/);
    const rejected = await appExchanges();
    expect(rejected.map((e) => [e.grantType, e.status])).toEqual([['authorization_code', 400]]);

    // Consent was given already, so Spotify goes straight back with a fresh code.
    await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
    await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
    await expect(page).toHaveURL(/\/heavy-rotation\/tracks$/);
    const exchanges = await appExchanges();
    expect(exchanges.map((e) => e.status)).toEqual([400, 200]);
  }

  test('an expired code: a message, and signing in again works', async ({ page }) => {
    await configureEmulator({ codeLifetime: 30 });
    const fields = await startSignIn(page);
    const callbackUrl = await agreeWithoutReturning(page, fields);
    await advanceClock(31);
    await page.goto(callbackUrl);
    await expectRejectedThenSignInAgain(page);
  });

  test('a code that was already used: a message, and signing in again works', async ({ page }) => {
    const fields = await startSignIn(page);
    const callbackUrl = await agreeWithoutReturning(page, fields);
    // Someone else redeems the code first (codes are single-use: the first attempt spends it).
    const stolen = await page.request.post(`${process.env.EMULATOR_ACCOUNTS_URL}/api/token`, {
      form: {
        grant_type: 'authorization_code',
        code: new URL(callbackUrl).searchParams.get('code')!,
        redirect_uri: fields.redirect_uri!,
        client_id: fields.client_id!,
        code_verifier: 'x'.repeat(64),
      },
    });
    expect(stolen.status()).toBe(400);
    await page.goto(callbackUrl);
    await expectRejectedThenSignInAgain(page);
  });
});
