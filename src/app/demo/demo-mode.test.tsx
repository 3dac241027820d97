import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { DemoControls } from './demo-mode';

function renderControls() {
  const router = createMemoryRouter([{ path: '/', element: <DemoControls /> }]);
  return render(<RouterProvider router={router} />);
}

afterEach(() => setLocale('en'));

describe('DemoControls in the listener’s language', () => {
  it('labels the demo and the way out in German', async () => {
    setLocale('de', await loadCatalog('de'));
    renderControls();
    expect(screen.getByText('Demodaten')).toHaveAttribute(
      'title',
      'Erfundene Daten aus dem eingebauten Emulator von Heavy Rotation, kein Spotify-Konto',
    );
    expect(screen.getByRole('button', { name: 'Demo verlassen' })).toBeVisible();
  });

  it('labels them in Arabic', async () => {
    setLocale('ar', await loadCatalog('ar'));
    renderControls();
    expect(screen.getByText('بيانات تجريبية')).toBeVisible();
    expect(screen.getByRole('button', { name: 'الخروج من العرض التجريبي' })).toBeVisible();
  });
});
