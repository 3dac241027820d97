import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, apiError, artist, http, HttpResponse, renderView, serveSpotifyApi } from '../../test/spotify-api';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { ArtistPage } from './artist-page';

const server = serveSpotifyApi();

function renderArtist(id: string) {
  return renderView(<ArtistPage />, { url: `/artist/${id}`, path: '/artist/:id' });
}

describe('ArtistPage', () => {
  it('shows the artist of the URL: name, followers, popularity, genres and a link out to Spotify', async () => {
    const asked: string[] = [];
    server.use(
      http.get(api('/artists/:id'), ({ params }) => {
        asked.push(String(params.id));
        return HttpResponse.json(
          artist(4, { followers: { href: null, total: 1_234_567 }, popularity: 72, genres: ['dub', 'dub techno'] }),
        );
      }),
    );
    renderArtist('artist-4');

    expect(screen.getByLabelText('Loading artist')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('heading', { level: 1, name: 'Artist 4' })).toBeInTheDocument();
    expect(screen.getByText('Followers').nextElementSibling).toHaveTextContent('1.2M');
    expect(screen.getByRole('meter', { name: 'Popularity' })).toHaveAttribute('value', '72');
    expect(screen.getByText('72 / 100')).toBeInTheDocument();
    const genres = within(screen.getByRole('list', { name: 'Genres' })).getAllByRole('listitem');
    expect(genres.map((genre) => genre.textContent)).toEqual(['dub', 'dub techno']);
    expect(screen.getByRole('link', { name: /Artist 4: open in Spotify/ })).toHaveAttribute(
      'href',
      'https://open.spotify.com/artist/artist-4',
    );
    expect(screen.getByRole('link', { name: '← Your top artists' })).toHaveAttribute('href', '/artists');
    expect(document.title).toBe('Artist 4 · Heavy Rotation');
    expect(asked).toEqual(['artist-4']);
  });

  it('leaves out what development mode strips (followers, popularity, genres), keeping the rest', async () => {
    server.use(
      http.get(api('/artists/:id'), () => {
        const { genres: _, ...stripped } = artist(5);
        return HttpResponse.json(stripped);
      }),
    );
    renderArtist('artist-5');

    expect(await screen.findByRole('heading', { level: 1, name: 'Artist 5' })).toBeInTheDocument();
    expect(screen.queryByText('Followers')).not.toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Genres' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Artist 5: open in Spotify/ })).toBeInTheDocument();
  });

  it('for an id Spotify does not know (404), says so in an error panel', async () => {
    server.use(http.get(api('/artists/:id'), () => apiError(404, 'Resource not found')));
    renderArtist('nobody');

    const panel = await screen.findByRole('alert');
    expect(within(panel).getByRole('heading')).toHaveTextContent('Not found');
    expect(panel).toHaveTextContent("Spotify doesn't know this item. The link may be wrong or out of date.");
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it("speaks the page's language: German and Arabic labels, with numbers in the language's way", async () => {
    server.use(
      http.get(api('/artists/:id'), () =>
        HttpResponse.json(artist(4, { followers: { href: null, total: 1_234_567 }, popularity: 72 })),
      ),
    );
    try {
      setLocale('de', await loadCatalog('de'));
      const { unmount } = renderArtist('artist-4');
      expect(await screen.findByRole('heading', { level: 1, name: 'Artist 4' })).toBeInTheDocument();
      expect(screen.getByText('Follower').nextElementSibling).toHaveTextContent('1,2 Mio.');
      expect(screen.getByRole('meter', { name: 'Beliebtheit' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: '← Deine Top-Künstler:innen' })).toBeInTheDocument();
      expect(document.title).toBe('Artist 4 · Heavy Rotation');
      unmount();
      setLocale('ar', await loadCatalog('ar'));
      renderArtist('artist-4');
      expect(await screen.findByRole('heading', { level: 1, name: 'Artist 4' })).toBeInTheDocument();
      expect(screen.getByText('المتابعون').nextElementSibling).toHaveTextContent('1.2 مليون');
      expect(screen.getByRole('list', { name: 'بين أكثر الفنانين لديك' })).toBeInTheDocument();
      // The artist's name is isolated in the right-to-left title.
      expect(document.title).toBe('\u2068Artist 4\u2069 · Heavy Rotation');
    } finally {
      setLocale('en');
    }
  });
});
