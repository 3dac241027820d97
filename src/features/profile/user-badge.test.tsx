import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import type { CurrentUser } from '../../spotify/types';
import { profileQueries } from './queries';
import { UserBadge } from './user-badge';

const user: CurrentUser = {
  id: 'listener',
  display_name: 'Ana Lima',
  uri: 'spotify:user:listener',
  images: [],
  external_urls: { spotify: 'https://open.spotify.com/user/listener' },
};

function renderBadge(me: CurrentUser = user) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(profileQueries.me().queryKey, me);
  return render(
    <QueryClientProvider client={queryClient}>
      <UserBadge />
    </QueryClientProvider>,
  );
}

afterEach(() => setLocale('en'));

describe('UserBadge', () => {
  it('names the account and says the link opens a new tab', () => {
    renderBadge();
    expect(
      screen.getByRole('link', { name: 'Signed in as Ana Lima: open your Spotify profile (new tab)' }),
    ).toHaveAttribute('href', 'https://open.spotify.com/user/listener');
  });

  it('speaks German', async () => {
    setLocale('de', await loadCatalog('de'));
    renderBadge();
    expect(
      screen.getByRole('link', { name: 'Angemeldet als Ana Lima: dein Spotify-Profil öffnen (neuer Tab)' }),
    ).toBeVisible();
  });

  it('keeps a Latin name in its order inside an Arabic label', async () => {
    setLocale('ar', await loadCatalog('ar'));
    renderBadge({ ...user, external_urls: {} });
    const badge = screen.getByLabelText(/^تم تسجيل الدخول باسم/);
    expect(badge).toHaveAttribute('aria-label', 'تم تسجيل الدخول باسم \u2068Ana Lima\u2069');
    expect(badge.querySelector('bdi')).toHaveTextContent('Ana Lima');
  });
});
