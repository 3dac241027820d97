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
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { InsightsPage } from './insights-page';

const server = serveSpotifyApi();

const tracks = [track(1, { by: 1, year: 1994 }), track(2, { by: 1, year: 2021 }), track(3, { by: 2, year: 2023 })];
const artists = [artist(1, { genres: ['trip hop'] }), artist(2, { genres: ['trip hop', 'ambient'] })];

/** The rows of a chart's table, as a screen reader reads them: label, then value. */
function chartRows(name: string) {
  const chart = screen.getByRole('figure', { name });
  return within(chart)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]);
}

function renderInsights(range: 'short_term' | 'long_term' = 'short_term') {
  return renderView(<InsightsPage range={range} rangeTabs={null} />, { url: '/insights' });
}

describe('InsightsPage', () => {
  it("charts the range's top tracks and artists: decades, artists' share and genres", async () => {
    const asked: string[] = [];
    server.use(
      http.get(api('/me/top/:type'), ({ request, params }) => {
        asked.push(`${String(params.type)} ${new URL(request.url).searchParams.get('time_range')}`);
        return HttpResponse.json(params.type === 'tracks' ? page(tracks) : page(artists));
      }),
    );
    renderInsights('long_term');

    expect(await screen.findByText('From your top 3 tracks and 2 artists')).toBeInTheDocument();
    expect(screen.getByText('From the last year')).toBeInTheDocument();
    expect(chartRows('Decades of your top tracks')).toEqual([
      ['1990s', '1 track'],
      ['2020s', '2 tracks'],
    ]);
    expect(chartRows('Your top tracks by artist')).toEqual([
      ['Artist 1', '2 tracks'],
      ['Artist 2', '1 track'],
    ]);
    // How many of the top artists carry each genre, each chart saying what it counts.
    expect(chartRows('Genres of your top artists')).toEqual([
      ['trip hop', '2 artists'],
      ['ambient', '1 artist'],
    ]);
    expect(screen.getByRole('figure', { name: 'Genres of your top artists' })).toHaveAccessibleDescription(
      'Artists of your top 2 who carry each genre; an artist can carry several.',
    );
    expect(screen.getByRole('figure', { name: 'Decades of your top tracks' })).toHaveAccessibleDescription(
      'Tracks of your top 3, by the decade their album came out.',
    );
    expect(document.title).toBe('Insights · the last year · Heavy Rotation');
    expect(asked.sort()).toEqual(['artists long_term', 'tracks long_term']);
  });

  it('without genres from Spotify (development mode), leaves the genre chart out and says why', async () => {
    server.use(
      http.get(api('/me/top/tracks'), () => HttpResponse.json(page(tracks))),
      http.get(api('/me/top/artists'), () => HttpResponse.json(page(artists.map(({ genres: _, ...rest }) => rest)))),
    );
    renderInsights();

    expect(await screen.findByText(/No genre chart: Spotify sent no genres/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Decades of your top tracks' })).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Genres of your top artists' })).not.toBeInTheDocument();
  });

  it('when one list is refused with a 403, shows the error panel in place of the charts', async () => {
    server.use(
      http.get(api('/me/top/tracks'), () => HttpResponse.json(page(tracks))),
      http.get(api('/me/top/artists'), () => apiError(403, 'Insufficient client scope')),
    );
    renderInsights();

    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading')).toHaveTextContent('Heavy Rotation needs one more permission');
    expect(within(panel).getByRole('button', { name: 'Sign in and allow access' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('"Try again" after a server error asks again for the list that failed, and charts it', async () => {
    let artistRequests = 0;
    server.use(
      http.get(api('/me/top/tracks'), () => HttpResponse.json(page(tracks))),
      http.get(api('/me/top/artists'), () =>
        ++artistRequests === 1 ? apiError(502, 'Bad gateway') : HttpResponse.json(page(artists)),
      ),
    );
    renderInsights();

    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('figure', { name: 'Genres of your top artists' })).toBeInTheDocument();
    expect(artistRequests).toBe(2);
  });

  it('says so when both lists are empty', async () => {
    server.use(http.get(api('/me/top/:type'), () => HttpResponse.json(page([]))));
    renderInsights();

    expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it("speaks the page's language: German and Arabic words, plural forms and decades", async () => {
    server.use(
      http.get(api('/me/top/:type'), ({ params }) =>
        HttpResponse.json(params.type === 'tracks' ? page(tracks) : page(artists)),
      ),
    );
    try {
      setLocale('de', await loadCatalog('de'));
      const { unmount } = renderInsights('long_term');
      expect(await screen.findByText('Aus deinen Top 3 Songs und Top 2 Künstler:innen')).toBeInTheDocument();
      expect(screen.getByText('Aus dem letzten Jahr')).toBeInTheDocument();
      expect(screen.getByRole('img', { name: /^Deine Top-Titel nach dem Jahrzehnt/ })).toHaveAccessibleName(
        'Deine Top-Titel nach dem Jahrzehnt, in dem ihr Album erschien. 1990er: 1 Song, 2020er: 2 Songs.',
      );
      expect(document.title).toBe('Einblicke · Letztes Jahr · Heavy Rotation');
      unmount();
      setLocale('ar', await loadCatalog('ar'));
      renderInsights('long_term');
      expect(await screen.findByRole('figure', { name: 'عقود أكثر المقاطع استماعًا' })).toHaveAccessibleDescription(
        'أغاني أول 3 لديك، حسب عقد صدور ألبومها.',
      );
      // Two tracks of the 2020s: Arabic's dual, not "2 tracks".
      expect(screen.getByRole('img', { name: /^أكثر المقاطع استماعًا حسب عقد/ }).getAttribute('aria-label')).toContain(
        'عقد 2020\u2069: أغنيتان',
      );
    } finally {
      setLocale('en');
    }
  });
});
