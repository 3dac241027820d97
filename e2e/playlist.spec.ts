// Save as playlist: permission is asked for only when needed, and Spotify (the emulator) receives
// a private playlist with exactly the list's tracks, in rank order, in batches of at most 100.
import { expect, test } from '@playwright/test';
import { getCatalog } from '../src/emulator/fixtures.ts';
import { signIn, topList } from './support/app';
import { configureEmulator, emulatorLog, emulatorPlaylists, resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

test('Save as playlist asks for playlist-modify-private only then, resumes after consent once, and saves the whole list in order', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('./tracks?range=long_term');
  await expect(page.getByText('Showing 50 of 120 tracks')).toBeVisible();
  const catalog = getCatalog('default');
  const expected = catalog.top.tracks.long_term.map((id) => `spotify:track:${id}`);
  await expect(topList(page).getByRole('listitem').first().locator('.item-title')).toHaveText(
    catalog.tracks.get(catalog.top.tracks.long_term[0]!)!.name,
  );
  // Signing in asked only for the top lists.
  const firstAuthorize = (await emulatorLog({ service: 'accounts', path: '/authorize' }))[0]!;
  expect(new URLSearchParams(firstAuthorize.search).get('scope')).toBe('user-top-read');

  await page.getByRole('button', { name: 'Save as playlist' }).click();
  await expect(page.getByText(/needs your permission to create private playlists/)).toBeVisible();
  expect(await emulatorPlaylists()).toEqual([]);
  await page.getByRole('button', { name: 'Continue to Spotify' }).click();

  // The emulator's consent page asks for the new permission.
  await expect(page.getByText('Create, edit and follow private playlists')).toBeVisible();
  const authorizes = await emulatorLog({ service: 'accounts', path: '/authorize' });
  expect(new URLSearchParams(authorizes.at(-1)!.search).get('scope')?.split(' ')).toEqual([
    'user-top-read',
    'playlist-modify-private',
  ]);
  await page.getByRole('button', { name: 'Agree' }).click();

  // Back on the same list, the marker gone, the save finished without another click.
  const link = page.getByRole('link', { name: 'Open the playlist in Spotify' });
  await expect(link).toBeVisible();
  await expect(page).toHaveURL(/\/tracks\?range=long_term$/);
  await expect(page.getByText(/Saved 120 tracks to “Top tracks of the last year”/)).toBeVisible();

  const playlists = await emulatorPlaylists();
  expect(playlists).toHaveLength(1);
  const [playlist] = playlists;
  expect(playlist).toMatchObject({ name: 'Top tracks of the last year', public: false, ownerId: 'demo-listener' });
  expect(playlist!.description).toMatch(/^My 120 most played tracks of the last year/);
  expect(playlist!.uris).toEqual(expected);
  expect(playlist!.addRequests).toBe(2);
  await expect(link).toHaveAttribute('href', `https://open.spotify.com/playlist/${playlist!.id}`);
  const adds = (await emulatorLog({ service: 'api', path: `/playlists/${playlist!.id}/items` })).filter(
    (entry) => !entry.preflight,
  );
  expect(adds.map((entry) => entry.status)).toEqual([201, 201]);

  // A reload (or Back) does not save again.
  await page.reload();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  expect(await emulatorPlaylists()).toHaveLength(1);

  // Granted now: another range saves at once, with no trip to Spotify's consent page.
  const authorizeCount = (await emulatorLog({ service: 'accounts', path: '/authorize' })).length;
  await page.getByRole('link', { name: '4 weeks' }).click();
  await expect(page.getByText('Showing 50 of 60 tracks')).toBeVisible();
  await page.getByRole('button', { name: 'Save as playlist' }).click();
  await expect(page.getByText(/Saved 60 tracks to “Top tracks of the last 4 weeks”/)).toBeVisible();
  const after = await emulatorPlaylists();
  expect(after).toHaveLength(2);
  expect(after[1]!.uris).toEqual(catalog.top.tracks.short_term.map((id) => `spotify:track:${id}`));
  expect(after[1]!.addRequests).toBe(1);
  expect(await emulatorLog({ service: 'accounts', path: '/authorize' })).toHaveLength(authorizeCount);
});

test('when consent comes back without the playlist permission, the page says so and creates nothing', async ({
  page,
}) => {
  await configureEmulator({ withheldScopes: ['playlist-modify-private'] });
  await signIn(page);
  await page.getByRole('button', { name: 'Save as playlist' }).click();
  await page.getByRole('button', { name: 'Continue to Spotify' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(page.getByText(/Spotify didn't give Heavy Rotation permission to create playlists/)).toBeVisible();
  await expect(page).not.toHaveURL(/save=playlist/);
  await expect(page.getByRole('button', { name: 'Continue to Spotify' })).toBeVisible();
  expect(await emulatorPlaylists()).toEqual([]);
  const creates = await emulatorLog({ service: 'api', path: '/me/playlists' });
  expect(creates).toEqual([]);
});
