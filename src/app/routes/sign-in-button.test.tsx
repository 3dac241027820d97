import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { storeClientId } from '../../auth/client-id';
import { DEMO_CLIENT_ID } from '../../auth/endpoints';
import { readDemoMode } from '../../auth/token-store';
import { config } from '../../config';
import { SignInButton } from './sign-in-button';

function renderButton() {
  const router = createMemoryRouter([
    { path: '/', element: <SignInButton returnTo="/tracks" /> },
    { path: '/setup', element: <h1>Setup</h1> },
  ]);
  return render(<RouterProvider router={router} />);
}

describe('SignInButton', () => {
  it('without any client ID, offers the setup screen and the demo instead of a dead end', async () => {
    expect(config.clientId).toBe('');
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin });
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { serviceWorker: {} }));
    renderButton();
    expect(screen.queryByRole('button', { name: 'Sign in with Spotify' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Use your own client ID' })).toHaveAttribute('href', '/setup');

    await userEvent.click(screen.getByRole('button', { name: 'Try the demo' }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledOnce());
    expect(readDemoMode()).toBe(true);
    const url = new URL(assign.mock.calls[0]![0] as string);
    expect(url.href.startsWith(`${config.demo.accountsUrl}/authorize?`)).toBe(true);
    expect(url.searchParams.get('client_id')).toBe(DEMO_CLIENT_ID);
  });

  it('signs in once a client ID is stored on the setup screen', () => {
    storeClientId('0123456789abcdef0123456789abcdef');
    renderButton();
    expect(screen.getByRole('button', { name: 'Sign in with Spotify' })).toBeVisible();
  });
});
