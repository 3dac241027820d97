// The top list in another language: its words from the catalog, its numbers in the language's way.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { api, http, HttpResponse, page, renderView, serveSpotifyApi, track } from '../../test/spotify-api';
import { TopItemsPage } from './top-items-page';

const server = serveSpotifyApi();

function serveTracks(total: number) {
  server.use(http.get(api('/me/top/tracks'), () => HttpResponse.json(page([track(1), track(2)], { total }))));
}

describe('TopItemsPage in other languages', () => {
  afterEach(() => setLocale('en'));

  it('speaks German, with German number grouping and plural', async () => {
    setLocale('de', await loadCatalog('de'));
    serveTracks(1234);
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks?range=medium_term' });

    expect(screen.getByRole('heading', { level: 1, name: 'Deine Top-Titel' })).toBeInTheDocument();
    expect(screen.getByText('Aus den letzten 6 Monaten')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Zeitraum' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '6 Monate' })).toHaveAttribute('aria-current', 'page');
    const list = await screen.findByRole('list', { name: 'Deine Top-Titel, letzte 6 Monate' });
    expect(within(list).getAllByRole('listitem')[0]).toContainElement(screen.getByLabelText('Platz 1'));
    expect(screen.getByText('2 von 1.234 Songs angezeigt')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mehr anzeigen' })).toBeInTheDocument();
    expect(document.title).toBe('Deine Top-Titel · 6 Monate · Heavy Rotation');
  });

  it('speaks Arabic, with its plural forms and the track names isolated in labels', async () => {
    setLocale('ar', await loadCatalog('ar'));
    serveTracks(2);
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks?range=short_term' });

    expect(screen.getByText('خلال آخر 4 أسابيع')).toBeInTheDocument();
    await screen.findByRole('list', { name: 'أكثر المقاطع استماعًا لديك، آخر 4 أسابيع' });
    // Two of a thing is its own form in Arabic (the dual), not "2 songs".
    expect(screen.getByText('عرض 2 من أصل أغنيتين')).toBeInTheDocument();
    expect(
      screen.getAllByRole('link', { name: '\u2068Track 1\u2069: فتح في Spotify (علامة تبويب جديدة)' }),
    ).toHaveLength(1);
  });

  it('speaks Arabic numbers grouped the Arabic way at 1,234', async () => {
    setLocale('ar', await loadCatalog('ar'));
    serveTracks(1234);
    renderView(<TopItemsPage type="tracks" />, { url: '/tracks' });
    const grouped = new Intl.NumberFormat('ar-u-nu-latn').format(1234);
    expect(await screen.findByText(`عرض 2 من أصل ${grouped} أغنية`)).toBeInTheDocument();
  });
});
