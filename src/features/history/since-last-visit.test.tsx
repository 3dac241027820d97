// The summary against the real on-device store: fake-indexeddb stands in for the browser's
// IndexedDB, and the system clock is pinned (Date only; timers stay real for IndexedDB).
import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { clearHistory, importSnapshots, loadHistory, loadUserHistory } from './history-store';
import { SinceLastVisit } from './since-last-visit';
import { now, snap } from './test-snapshots';
import { formatVisitDay, RECORDED_RANKS } from './use-list-history';

function renderSummary(ids: string[], user: string | undefined = 'u1') {
  const router = createMemoryRouter([
    { path: '/', element: <SinceLastVisit user={user} type="tracks" range="short_term" ids={ids} /> },
  ]);
  return render(<RouterProvider router={router} />);
}

/** The ids of today's snapshot of the list on screen, as stored. */
async function storedToday(user = 'u1') {
  const today = (await loadUserHistory(user, now)).find((snapshot) => snapshot.takenAt === now);
  return today?.lists.tracks?.short_term;
}

describe('since your last visit', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await clearHistory();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('records the visit and says what changed since the last day the list was seen', async () => {
    // Three days ago (26 Nov): b, a, x, y. Now: a, b, c.
    await importSnapshots([snap(3, ['b', 'a', 'x', 'y'])], now);
    renderSummary(['a', 'b', 'c']);
    expect(
      await screen.findByText(/Since your last visit on Nov 26: 1 new, 2 dropped out, 1 moved up, 1 moved down\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See what changed' })).toHaveAttribute(
      'href',
      '/history?type=tracks&range=short_term',
    );
    expect(await storedToday()).toEqual(['a', 'b', 'c']);
  });

  it('on a first visit, keeps the ranks of the first page only and says the list is now in the history', async () => {
    const ids = Array.from({ length: RECORDED_RANKS + 10 }, (_, index) => `t${index}`);
    renderSummary(ids);
    expect(await screen.findByRole('status')).toHaveTextContent(/This list is now in your history/);
    expect(await storedToday()).toEqual(ids.slice(0, RECORDED_RANKS));
  });

  it('leaves out what did not happen, and says so when nothing changed', async () => {
    await importSnapshots([snap(3, ['a', 'b', 'x'])], now);
    const { unmount } = renderSummary(['a', 'b']);
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Since your last visit on Nov 26: 1 dropped out\. See/,
    );
    unmount();
    await clearHistory();
    await importSnapshots([snap(3, ['a', 'b'])], now);
    renderSummary(['a', 'b']);
    expect(await screen.findByRole('status')).toHaveTextContent('No change since your last visit on Nov 26.');
  });

  it('waits for the user before recording anything', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Probe /> }]);
    render(<RouterProvider router={router} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/now in your history/);
    expect((await loadHistory(now)).map((snapshot) => snapshot.user)).toEqual(['u1']);
  });

  it('says history is off when the browser has no on-device storage, and nothing else breaks', async () => {
    vi.stubGlobal('indexedDB', undefined);
    renderSummary(['a']);
    expect(await screen.findByText(/History is off/)).toBeInTheDocument();
  });

  it("speaks the page's language: German and Arabic words, dates and list punctuation", async () => {
    await importSnapshots([snap(3, ['b', 'a', 'x', 'y'])], now);
    try {
      setLocale('de', await loadCatalog('de'));
      const { unmount } = renderSummary(['a', 'b', 'c']);
      expect(await screen.findByRole('status')).toHaveTextContent(
        'Seit deinem letzten Besuch am 26. Nov.: 1 neu, 2 raus, 1 gestiegen und 1 gefallen. Änderungen ansehen',
      );
      expect(formatVisitDay('2025-12-31', now)).toBe('31. Dez. 2025');
      unmount();
      setLocale('ar', await loadCatalog('ar'));
      renderSummary(['a', 'b', 'c']);
      expect(await screen.findByRole('status')).toHaveTextContent(/^منذ زيارتك الأخيرة في 26 نوفمبر: جديد: 1، وخرج: 2/);
      expect(screen.getByRole('link', { name: 'عرض التغييرات' })).toBeInTheDocument();
    } finally {
      setLocale('en');
    }
  });

  it('dates a visit by its day, with the year only when it is not this year', () => {
    expect(formatVisitDay('2026-11-12', now)).toBe('Nov 12');
    expect(formatVisitDay('2025-12-31', now)).toBe('Dec 31, 2025');
  });
});

/** Unknown user first, then known, as when /me answers after the list. */
function Probe() {
  const [user, setUser] = useState<string | undefined>(undefined);
  return (
    <>
      <button type="button" onClick={() => setUser('u1')}>
        Sign in
      </button>
      <SinceLastVisit user={user} type="tracks" range="short_term" ids={['a']} />
    </>
  );
}
