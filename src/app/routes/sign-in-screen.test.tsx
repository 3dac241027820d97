import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { SignInScreen } from './sign-in-screen';

function renderScreen() {
  const router = createMemoryRouter([{ path: '/tracks', element: <SignInScreen /> }], {
    initialEntries: ['/tracks'],
  });
  return render(<RouterProvider router={router} />);
}

afterEach(() => setLocale('en'));

describe('SignInScreen', () => {
  it('asks for a sign-in, with a document title of its own', async () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sign in to see this page');
    await expect.poll(() => document.title).toBe('Sign in · Heavy Rotation');
  });

  it('asks in German, and offers the way to a client ID', async () => {
    setLocale('de', await loadCatalog('de'));
    renderScreen();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Melde dich an, um diese Seite zu sehen');
    expect(screen.getByRole('link', { name: 'Eigene Client-ID nutzen' })).toHaveAttribute('href', '/setup');
    expect(screen.getByText(/^Diese Kopie von Heavy Rotation hat noch keine eigene Spotify-Client-ID/)).toBeVisible();
    await expect.poll(() => document.title).toBe('Anmelden · Heavy Rotation');
  });
});
