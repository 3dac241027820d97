// "Export CSV" / "Export JSON" for a top list. Exports the WHOLE list for the range (the pages not
// shown yet are fetched first), so a file never silently stops at the first 50. The builders load on click.
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MenuAction } from '../../components/menu-button';
import { describeError } from '../../components/describe-error';
import { t } from '../../i18n/i18n';
import { getAllTopItems } from '../../spotify/endpoints';
import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';
import { exportMessages as messages } from './messages';

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
  const exportList = useMutation({
    // Whether the list was complete travels with the export, so the busy line says what it is doing.
    mutationFn: async ({ format, complete: whole }: { format: Format; complete: boolean }) => {
      const [all, builders] = await Promise.all([
        whole ? items : getAllTopItems({ type, timeRange: range, loaded: items }),
        import('./export-list'),
      ]);
      const file =
        type === 'tracks'
          ? (format === 'csv' ? builders.tracksToCsv : builders.tracksToJson)(all as Track[], range)
          : (format === 'csv' ? builders.artistsToCsv : builders.artistsToJson)(all as Artist[], range);
      builders.download(file);
      return all.length;
    },
  });
  const exportAs = (format: Format) => exportList.mutate({ format, complete });

  let status = '';
  if (exportList.isPending) {
    status = exportList.variables.complete ? t(messages.preparing) : t(messages.loadingAll, { type });
  } else if (exportList.isSuccess) {
    const format = exportList.variables.format.toUpperCase();
    status = t(messages.exported, { type, count: exportList.data, format });
  } else if (exportList.isError) {
    const { title, message } = describeError(exportList.error);
    status = t(messages.failed, { title, message });
  }

  // Busy with an export, or nothing to export yet (the list is loading).
  const unavailable = exportList.isPending || items.length === 0;
  return {
    actions: [
      { id: 'export-csv', label: t(messages.exportCsv), disabled: unavailable, onSelect: () => exportAs('csv') },
      { id: 'export-json', label: t(messages.exportJson), disabled: unavailable, onSelect: () => exportAs('json') },
    ],
    status: (
      <span className="action-status" role="status">
        {status}
      </span>
    ),
  };
}
