// "Export CSV" / "Export JSON" for a top list. Exports the WHOLE list for the range (the pages not
// shown yet are fetched first), so a file never silently stops at the first 50. The builders load on click.
import { useState, type ReactNode } from 'react';
import type { MenuAction } from '../../components/menu-button';
import { describeError } from '../../components/describe-error';
import { getAllTopItems } from '../../spotify/endpoints';
import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';

export interface ListActionProps {
  type: TopItemType;
  range: TimeRange;
  items: readonly (Track | Artist)[];
  complete: boolean;
}

type Format = 'csv' | 'json';

/** The two export actions, for the list's action bar, and the line that reports on them. */
export function useExportActions({ type, range, items, complete }: ListActionProps): {
  actions: MenuAction[];
  status: ReactNode;
} {
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });

  async function exportAs(format: Format) {
    setStatus({ busy: true, message: complete ? 'Preparing the file…' : `Loading all your top ${type}…` });
    try {
      const [all, builders] = await Promise.all([
        complete ? items : getAllTopItems({ type, timeRange: range, loaded: items }),
        import('./export-list'),
      ]);
      const file =
        type === 'tracks'
          ? (format === 'csv' ? builders.tracksToCsv : builders.tracksToJson)(all as Track[], range)
          : (format === 'csv' ? builders.artistsToCsv : builders.artistsToJson)(all as Artist[], range);
      builders.download(file);
      const noun = all.length === 1 ? type.slice(0, -1) : type;
      setStatus({ busy: false, message: `Exported ${all.length} ${noun} as ${format.toUpperCase()}.` });
    } catch (error) {
      const { title, message } = describeError(error);
      setStatus({ busy: false, message: `Export failed. ${title}: ${message}` });
    }
  }

  // Busy with an export, or nothing to export yet (the list is loading).
  const unavailable = status.busy || items.length === 0;
  return {
    actions: [
      { id: 'export-csv', label: 'Export CSV', disabled: unavailable, onSelect: () => void exportAs('csv') },
      { id: 'export-json', label: 'Export JSON', disabled: unavailable, onSelect: () => void exportAs('json') },
    ],
    status: (
      <span className="action-status" role="status">
        {status.message}
      </span>
    ),
  };
}
