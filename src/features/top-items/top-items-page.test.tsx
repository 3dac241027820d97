import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  api,
  apiError,
  artist,
  http,
  HttpResponse,
  page,
  renderView,
  track,
  serveSpotifyApi,
} from '../../test/spotify-api';
import { firstPaintRows, TopItemsPage } from './top-items-page';

const server = serveSpotifyApi();

/** Answers `GET /me/top/{type}` from `pages` by offset; returns the query strings it was asked. */
function serveTopList(type: 'tracks' | 'artists', pages: Record<number, unknown>) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get(api(`/me/top/${type}`), ({ request }) => {
      const search = new URL(request.url).searchParams;
      asked.push(search);
      return HttpResponse.json(pages[Number(search.get('offset'))] ?? page([]));
    }),
  );
  return asked;
}

describe('TopItemsPage', () => {
  it("shows the range's top tracks in rank order, as the URL's range asks for", async () => {
    const asked = serveTopList('tracks', { 0: page([track(1), track(2), track(3)]) });
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks?range=medium_term' });

    expect(screen.getByRole('heading', { level: 1, name: 'Your top tracks' })).toBeInTheDocument();
    expect(screen.getByText('From the last 6 months')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Your top tracks, the last 6 months' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByText(/^Track \d$/).textContent)).toEqual([
      'Track 1',
      'Track 2',
      'Track 3',
    ]);
    expect(within(rows[0]!).getByLabelText('Number 1')).toHaveTextContent('1');
    expect(within(rows[2]!).getByLabelText('Number 3')).toHaveTextContent('3');
    expect(within(rows[0]!).getByRole('link', { name: 'Artist 1' })).toHaveAttribute('href', '/artist/artist-1');
    expect(screen.getByText('Showing 3 of 3 tracks')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '6 months' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Your top tracks · 6 months · Heavy Rotation');
    expect(asked.map((search) => Object.fromEntries(search))).toEqual([
      { time_range: 'medium_term', limit: '50', offset: '0' },
    ]);
  });

  it('shows top artists with their genres, linking to their pages; the default range is 4 weeks', async () => {
    const asked = serveTopList('artists', { 0: page([artist(7, { genres: ['shoegaze', 'dream pop'] })]) });
    renderView(<TopItemsPage type="artists" />, { url: '/artists' });

    const list = await screen.findByRole('list', { name: 'Your top artists, the last 4 weeks' });
    const [row] = within(list).getAllByRole('listitem');
    expect(within(row!).getByRole('link', { name: 'Artist 7' })).toHaveAttribute('href', '/artist/artist-7');
    expect(within(row!).getByText('shoegaze, dream pop')).toBeInTheDocument();
    expect(asked[0]?.get('time_range')).toBe('short_term');
  });

  it('"Show more" asks for the next page and adds its rows after the first', async () => {
    // Short pages keep every row on the first screen (the rest render after a paint).
    const asked = serveTopList('tracks', {
      0: page([track(1), track(2), track(3)], { total: 5 }),
      3: page([track(4), track(5)], { offset: 3, total: 5 }),
    });
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks' });

    expect(await screen.findByText('Showing 3 of 5 tracks')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 5 of 5 tracks')).toBeInTheDocument();
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(5);
    expect(within(rows[3]!).getByLabelText('Number 4')).toHaveTextContent('4');
    expect(within(rows[4]!).getByText('Track 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(asked.map((search) => search.get('offset'))).toEqual(['0', '3']);
  });

  it('says so when Spotify has no top list for the range yet', async () => {
    serveTopList('tracks', { 0: page([]) });
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks?range=long_term' });

    expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument();
    expect(screen.getByText(/hasn't worked out your top tracks for the last year/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('on a 403 for an account not on the user list, shows the error panel with a way forward instead of rows', async () => {
    server.use(http.get(api('/me/top/tracks'), () => apiError(403, 'User not registered in the Developer Dashboard')));
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks' });

    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading')).toHaveTextContent("This Spotify account isn't on the app's user list");
    expect(within(panel).getByRole('link', { name: 'Use your own client ID' })).toHaveAttribute('href', '/setup');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('after a server error, "Try again" asks again and shows the list', async () => {
    let fail = true;
    server.use(
      http.get(api('/me/top/tracks'), () =>
        fail ? apiError(500, 'Server error') : HttpResponse.json(page([track(1)])),
      ),
    );
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks' });

    const retry = await screen.findByRole('button', { name: 'Try again' });
    fail = false;
    await userEvent.click(retry);
    expect(await screen.findByText('Showing 1 of 1 track')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('firstPaintRows', () => {
  it('fills the window below the list’s measured top when it is known: fewer rows where the list starts lower', () => {
    // A phone (412 × 823) whose list starts at 549 px: five rows reach the bottom, four would not.
    expect(firstPaintRows(823, 549)).toBe(5);
    expect(firstPaintRows(823, 549)).toBeLessThan(firstPaintRows(823));
  });

  it('renders a few rows at once even in a tiny window', () => {
    expect(firstPaintRows(0)).toBe(4);
    expect(firstPaintRows(400)).toBe(4);
  });
});
