import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changesSince } from './history-model';
import { SinceLastVisit } from './since-last-visit';
import { formatVisitDay, RECORDED_RANKS } from './use-list-history';

const recordVisit = vi.hoisted(() => vi.fn());
vi.mock('./record-visit', () => ({ recordVisit, compareWithLastVisit: vi.fn() }));

function renderSummary(ids: string[], user: string | undefined = 'u1') {
  const router = createMemoryRouter([
    { path: '/', element: <SinceLastVisit user={user} type="tracks" range="short_term" ids={ids} /> },
  ]);
  return render(<RouterProvider router={router} />);
}

describe('since your last visit', () => {
  beforeEach(() => {
    recordVisit.mockReset();
  });

  it('records the first page of the list and says what changed since the last day', async () => {
    recordVisit.mockResolvedValue({
      since: { day: '2026-11-12', changes: changesSince(['b', 'a', 'x', 'y'], ['a', 'b', 'c']) },
    });
    const ids = Array.from({ length: RECORDED_RANKS + 10 }, (_, index) => `t${index}`);
    renderSummary(ids);
    expect(
      await screen.findByText(/Since your last visit on 12 Nov: 1 new, 2 dropped out, 1 moved up, 1 moved down\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See what changed' })).toHaveAttribute(
      'href',
      '/history?type=tracks&range=short_term',
    );
    expect(recordVisit).toHaveBeenCalledWith(
      'u1',
      'tracks',
      'short_term',
      ids.slice(0, RECORDED_RANKS),
      expect.any(Number),
    );
  });

  it('leaves out what did not happen, and says so when nothing changed', async () => {
    recordVisit.mockResolvedValue({ since: { day: '2026-11-12', changes: changesSince(['a', 'b', 'x'], ['a', 'b']) } });
    const { unmount } = renderSummary(['a', 'b']);
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Since your last visit on 12 Nov: 1 dropped out\. See/,
    );
    unmount();
    recordVisit.mockResolvedValue({ since: { day: '2026-11-12', changes: changesSince(['a', 'b'], ['a', 'b']) } });
    renderSummary(['a', 'b']);
    expect(await screen.findByRole('status')).toHaveTextContent('No change since your last visit on 12 Nov.');
  });

  it('waits for the user before recording anything', async () => {
    recordVisit.mockResolvedValue({});
    const router = createMemoryRouter([{ path: '/', element: <Probe /> }]);
    render(<RouterProvider router={router} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/now in your history/);
    expect(recordVisit.mock.calls.map(([user]) => user as unknown)).toEqual(['u1']);
  });

  it('says history is off when storage is unavailable, and nothing else breaks', async () => {
    recordVisit.mockRejectedValue(new Error('no storage'));
    renderSummary(['a']);
    expect(await screen.findByText(/History is off/)).toBeInTheDocument();
  });

  it('dates a visit by its day, with the year only when it is not this year', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(formatVisitDay('2026-11-12', now)).toBe('12 Nov');
    expect(formatVisitDay('2025-12-31', now)).toBe('31 Dec 2025');
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
