import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { config } from '../../config';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { SetupPage } from './setup-page';

function renderSetup() {
  const router = createMemoryRouter([{ path: '/', element: <SetupPage /> }]);
  return render(<RouterProvider router={router} />);
}

describe('SetupPage', () => {
  it('shows this deployment’s redirect URI and copies it, confirming visibly', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderSetup();
    expect(screen.getByRole('textbox', { name: /Redirect URI/ })).toHaveValue(config.redirectUri);
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(config.redirectUri);
    expect(await screen.findByText('Copied')).toBeVisible();
  });

  it('falls back to selecting the URI when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('no')) } });
    renderSetup();
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeVisible();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: /Redirect URI/ });
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, config.redirectUri.length]);
  });

  it('rejects a malformed client ID inline and keeps a good one until cleared', async () => {
    renderSetup();
    const field = screen.getByRole('textbox', { name: 'Client ID' });
    await userEvent.type(field, 'abc');
    await userEvent.click(screen.getByRole('button', { name: 'Save client ID' }));
    expect(screen.getByRole('alert')).toHaveTextContent('32 characters long; this one has 3');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/32 characters long/);
    expect(localStorage.length).toBe(0);

    await userEvent.clear(field);
    await userEvent.type(field, 'ABCDEF0123456789abcdef0123456789');
    await userEvent.click(screen.getByRole('button', { name: 'Save client ID' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/Saved\. This browser signs in with your client ID/)).toBeVisible();
    expect(localStorage.getItem('heavy-rotation:client-id')).toBe('abcdef0123456789abcdef0123456789');

    await userEvent.click(screen.getByRole('button', { name: 'Forget this client ID' }));
    expect(localStorage.length).toBe(0);
    expect(screen.queryByText(/signs in with your client ID/)).toBeNull();
  });
});

describe('SetupPage in the listener’s language', () => {
  afterEach(() => setLocale('en'));

  it('walks through the steps in German, keeping the dashboard’s own labels', async () => {
    setLocale('de', await loadCatalog('de'));
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderSetup();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Eigene Spotify-Client-ID nutzen');
    expect(screen.getByRole('link', { name: 'Spotify Developer Dashboard' })).toHaveAttribute(
      'href',
      'https://developer.spotify.com/dashboard',
    );
    expect(screen.getByText('Create app').tagName).toBe('STRONG');
    await userEvent.click(screen.getByRole('button', { name: 'Kopieren' }));
    expect(await screen.findByText('Kopiert')).toBeVisible();

    const field = screen.getByRole('textbox', { name: 'Client-ID' });
    expect(field).toHaveAttribute('placeholder', '32 Zeichen, 0–9 und a–f');
    await userEvent.type(field, 'abcdef0123456789abcdef0123456789');
    await userEvent.click(screen.getByRole('button', { name: 'Client-ID speichern' }));
    expect(screen.getByText(/^Gespeichert\. Dieser Browser meldet sich mit deiner Client-ID/)).toHaveTextContent(
      'Gespeichert. Dieser Browser meldet sich mit deiner Client-ID abcdef0123456789abcdef0123456789 an.',
    );
    expect(screen.getByRole('button', { name: 'Diese Client-ID vergessen' })).toBeVisible();
  });

  it('speaks Arabic, with the names it quotes left as they are', async () => {
    setLocale('ar', await loadCatalog('ar'));
    renderSetup();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('استخدام معرّف عميل Spotify خاص');
    expect(screen.getByRole('textbox', { name: 'معرّف العميل' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'عنوان إعادة التوجيه لهذه النسخة من Heavy Rotation' })).toHaveValue(
      config.redirectUri,
    );
    expect(screen.getByText('Web API').tagName).toBe('STRONG');
  });
});
