import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { clearFaults, configureEmulator, emulatorLog, injectFault, resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

function rows(page: Page) {
  return topList(page).getByRole('listitem');
}

async function openTopArtists(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  await expect(page.getByRole('heading', { name: 'Your top artists' })).toBeVisible();
}

/** Nothing that a missing field turns into on screen. */
async function expectNoMissingValues(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/);
}

test('malformed JSON shows an error panel, not a white screen, and "Try again" recovers', async ({ page }) => {
  await signIn(page);
  await expect(rows(page).first()).toBeVisible();
  // Broken until cleared, however often the app asks.
  await injectFault({ target: 'api', path: '/me/top/tracks', kind: 'malformed-json', times: 100 });
  await page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name: '1 year' }).click();

  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading', { name: 'Spotify sent something unexpected' })).toBeVisible();
  // The page around it still works.
  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();

  await clearFaults();
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an answer missing required fields shows an error panel where it was needed, and "Try again" recovers', async ({
  page,
}) => {
  await signIn(page);
  await openTopArtists(page);
  const links = page.getByRole('list', { name: /^Your top artists/ }).locator('a.item-title');
  const name = await links.first().innerText();

  await injectFault({ target: 'api', path: '/artists/', kind: 'missing-field', times: 100 });
  await links.first().click();
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading', { name: 'Spotify sent something unexpected' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /Signed in as/ })).toBeVisible();
  await clearFaults();
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The header's /me without its id: the header leaves the user out, the page still works.
  await injectFault({ target: 'api', path: '/me', kind: 'missing-field', times: 100 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /Signed in as/ })).toHaveCount(0);
  const faulted = (await emulatorLog({ service: 'api', path: '/me' })).filter((e) => e.faulted);
  expect(faulted.some((e) => e.path === '/me')).toBe(true);
  // The fault matches by prefix: the artist page's own top lists (/me/top/…) were hit too, and it says so.
  expect(faulted.every((e) => e.path === '/me' || e.path.startsWith('/me/top/'))).toBe(true);
  await expect(page.getByText("Some of your top lists couldn't be loaded")).toBeVisible();
  await expectNoMissingValues(page);
});

test('in development mode every page renders and leaves out what Spotify stripped', async ({ page }) => {
  await configureEmulator({ devMode: true });
  await signIn(page);
  await expect(rows(page)).toHaveCount(50);
  await expect(page.getByRole('banner').getByRole('link', { name: /Signed in as Demo Listener/ })).toBeVisible();
  await expectNoMissingValues(page);

  await openTopArtists(page);
  const artistRows = page.getByRole('list', { name: /^Your top artists/ }).getByRole('listitem');
  await expect(artistRows).toHaveCount(30);
  // No genres line under the names, not even an empty one.
  await expect(artistRows.locator('.item-sub')).toHaveCount(0);
  await expectNoMissingValues(page);

  const first = artistRows.first().locator('a.item-title');
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Followers')).toHaveCount(0);
  await expect(page.getByText('Popularity')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Genres' })).toHaveCount(0);
  // No empty fact list left behind.
  await expect(page.getByRole('term')).toHaveCount(0);
  await expect(page.locator('.artist-facts dl')).toHaveCount(0);
  await expect(page.getByRole('link', { name: `${name}: open in Spotify (new tab)` })).toBeVisible();
  await expectNoMissingValues(page);
});

test('hostile names render as text, unsafe links are not links, and a foreign image does not break the page', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await configureEmulator({ dataset: 'hostile' });
  await signIn(page);
  await expect(rows(page)).toHaveCount(50);

  await expect(rows(page).nth(0).getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(rows(page).nth(1).getByText('<script>alert(1)</script>')).toBeVisible();
  await expect(rows(page).nth(2).getByText('"><svg onload=alert(1)>')).toBeVisible();
  await expect(
    page
      .getByRole('banner')
      .getByRole('link', { name: 'Signed in as <img src=x onerror=alert(1)>: open your Spotify profile (new tab)' }),
  ).toBeVisible();
  // Nothing was injected.
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
  await expect(page.locator('body script')).toHaveCount(0);

  // A javascript: track link is left out; the row is still there.
  await expect(rows(page).nth(4).locator('.item-title')).toBeVisible();
  await expect(
    rows(page)
      .nth(4)
      .getByRole('link', { name: /open in Spotify/ }),
  ).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="http:"]')).toHaveCount(0);

  // Artwork from outside the allowed image origins: a placeholder in its place, the row intact.
  const foreign = rows(page).nth(7);
  await expect(foreign.getByRole('img', { name: /^Cover of / })).toBeVisible();
  await expect(foreign.locator('img')).toHaveCount(0);
  await expect(foreign.locator('.item-title')).toBeVisible();

  // An artist whose Spotify link is plain http: the artist page shows no link out.
  const artistLink = rows(page).nth(6).locator('.item-sub a').first();
  const artistName = await artistLink.innerText();
  await artistLink.click();
  await expect(page.getByRole('heading', { level: 1, name: artistName })).toBeVisible();
  await expect(page.getByRole('link', { name: `${artistName}: open in Spotify (new tab)` })).toHaveCount(0);
  await expect(page.locator('.artist-hero').getByRole('link')).toHaveCount(0);

  // The top artist: a javascript: link and a genre carrying markup.
  await openTopArtists(page);
  const topArtist = page
    .getByRole('list', { name: /^Your top artists/ })
    .getByRole('listitem')
    .first();
  await expect(topArtist.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(topArtist.getByRole('link', { name: /open in Spotify/ })).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="http:"]')).toHaveCount(0);
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('empty top lists explain why, for tracks and for artists', async ({ page }) => {
  await configureEmulator({ dataset: 'empty' });
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
  await expect(page.getByText(/hasn't worked out your top tracks for the last 4 weeks/)).toBeVisible();
  await expect(page.getByText(/new accounts or little listening/)).toBeVisible();
  await expect(page.getByText(/^Showing/)).toHaveCount(0);

  await openTopArtists(page);
  await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible();
  await expect(page.getByText(/hasn't worked out your top artists for the last 4 weeks/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expectNoMissingValues(page);
});
