import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSession } from '../../auth/token-store';
import type { Track } from '../../spotify/types';
import { useExportActions, type ListActionProps } from './export-actions';
import { testSession } from '../../test/session';

const track = (i: number): Track => ({
  id: `t${i}`,
  name: `Track ${i}`,
  uri: `spotify:track:t${i}`,
  duration_ms: 1000,
  external_urls: {},
  album: { id: 'al', name: 'Album', uri: 'spotify:album:al', images: [], external_urls: {}, artists: [] },
  artists: [{ id: 'a', name: 'Artist', uri: 'spotify:artist:a', external_urls: {} }],
});

/** The actions as plain buttons (the list's action bar lays them out), and their status line. */
function ExportActions(props: ListActionProps) {
  const { actions, status } = useExportActions(props);
  return (
    <>
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          disabled={action.disabled}
          onClick={(event) => action.onSelect(event.currentTarget)}
        >
          {action.label}
        </button>
      ))}
      {status}
    </>
  );
}

let blobs: Blob[];

/** The actions inside a fresh query cache, as the signed-in pages hold them. */
function renderActions(ui: ReactElement) {
  const client = new QueryClient();
  const wrap = (node: ReactElement) => <QueryClientProvider client={client}>{node}</QueryClientProvider>;
  const view = render(wrap(ui));
  return { rerender: (next: ReactElement) => view.rerender(wrap(next)) };
}

beforeEach(() => {
  writeSession(testSession());
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ExportActions', () => {
  it('loads the rest of an incomplete list before exporting, so the file holds every item', async () => {
    const offsets: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(String(input));
        offsets.push(url.searchParams.get('offset')!);
        const body = { href: '', items: [track(2)], limit: 50, offset: 2, total: 3, next: null, previous: null };
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    renderActions(<ExportActions type="tracks" range="short_term" items={[track(0), track(1)]} complete={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByText('Exported 3 tracks as JSON.')).toBeInTheDocument();
    expect(offsets).toEqual(['2']);
    const json = JSON.parse(await blobs[0]!.text()) as { items: { uri: string }[] };
    expect(json.items.map((item) => item.uri)).toEqual(['spotify:track:t0', 'spotify:track:t1', 'spotify:track:t2']);
  });

  it('exports a complete list without asking Spotify again, and explains a failure', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 503 }));
    vi.stubGlobal('fetch', fetch);
    const { rerender } = renderActions(
      <ExportActions type="tracks" range="short_term" items={[track(0)]} complete={true} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exported 1 track as CSV.')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
    expect(await blobs[0]!.text()).toContain('spotify:track:t0');

    rerender(<ExportActions type="tracks" range="short_term" items={[track(0)]} complete={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText(/^Export failed\. Spotify is having trouble/)).toBeInTheDocument();
    expect(blobs).toHaveLength(1);
  });
});
