import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { LOCALES, type Locale } from '../../i18n/locales';
import { LandingPage } from './landing-page';

afterEach(() => setLocale('en'));

async function renderIn(locale: Locale, search = '') {
  setLocale(locale, await loadCatalog(locale));
  return render(<LandingPage params={new URLSearchParams(search)} />);
}

/** The page's elements, in order, without their text or attributes. */
function elements(container: HTMLElement): string[] {
  return [...container.querySelectorAll('*')].map((element) => element.tagName);
}

describe('LandingPage in the listener’s language', () => {
  it('speaks German, with the callback’s failure and the preview’s tabs', async () => {
    await renderIn('de', 'signin=denied');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Die Songs und Künstler:innen, die du rauf und runter hörst.',
    );
    expect(screen.getByRole('heading', { level: 1 }).querySelector('em')).toHaveTextContent('du');
    expect(screen.getByRole('alert')).toHaveTextContent('Du hast auf der Seite von Spotify abgebrochen');
    expect(screen.getByRole('list', { name: 'Möglichkeiten zum Einstieg' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Datenexport importieren' })).toHaveAttribute('href', '/import');
    const preview = screen.getByRole('img', { name: 'Die Top-Titel-Liste von Heavy Rotation mit Bewegungsmarken' });
    expect(within(preview).getByText('4 Wochen')).toBeInTheDocument();
    expect(within(preview).getByText('1 Jahr')).toBeInTheDocument();
    expect(screen.getByText('Funktioniert mit')).toBeVisible();
  });

  it('speaks Arabic, with the range tabs in Arabic', async () => {
    await renderIn('ar');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('ما يقدّمه');
    const preview = screen.getByRole('img', { name: 'قائمة أكثر المقاطع في Heavy Rotation، مع شارات التحرك' });
    expect(within(preview).getByText('4 أسابيع')).toBeInTheDocument();
    expect(within(preview).getByText('6 أشهر')).toBeInTheDocument();
    expect(within(preview).getByText('سنة واحدة')).toBeInTheDocument();
  });

  it('keeps English as the source', async () => {
    await renderIn('en', 'signin=code-rejected');
    expect(screen.getByRole('alert')).toHaveTextContent('That sign-in link had expired or was already used.');
    expect(screen.getByText('4 weeks')).toBeInTheDocument();
    expect(screen.getByText('1 year')).toBeInTheDocument();
  });

  // The build prerenders the page once per language: each must have the same elements.
  it('has the same elements in every language', async () => {
    const { container, unmount } = await renderIn('en', 'signin=state-mismatch');
    const english = elements(container);
    unmount();
    for (const locale of LOCALES) {
      const other = await renderIn(locale, 'signin=state-mismatch');
      expect(elements(other.container), locale).toEqual(english);
      other.unmount();
    }
  });
});
