// CSV and JSON of an imported-history list for a period: rank, names, plays and time, URIs.
// Only what the list shows: the export's IP addresses and the like were never kept.
// The CSV's header row and the file name are in the page's language (a spreadsheet shows them);
// the JSON's keys and codes stay as they are, so a script reads every language's file alike.
import { csv, CSV_TYPE, JSON_TYPE, type ExportFile } from '../../components/export-file';
import { t } from '../../i18n/i18n';
import type { DateSpan, Entity, Metric, RankedRow } from './history-client';
import { trackUrl } from './play-count';
import { statsMessages as m } from './stats-messages';

export interface HistoryExportInput {
  entity: Entity;
  metric: Metric;
  allStreams: boolean;
  /** 'all-time', '2021', … (import-url.ts periodSlug) */
  periodSlug: string;
  /** The period in words. */
  periodLabel: string;
  span: DateSpan | null;
  rows: readonly RankedRow[];
}

const PLURAL: Record<Entity, string> = { track: 'tracks', artist: 'artists', album: 'albums' };

function fileName(input: HistoryExportInput, extension: string): string {
  return `${t(m.fileStem, { entity: input.entity, period: input.periodSlug })}.${extension}`;
}

export function historyToCsv(input: HistoryExportInput): ExportFile {
  const columns = (...messages: (typeof m)[keyof typeof m][]) => messages.map((message) => t(message));
  const counted = input.allStreams ? m.csvStreams : m.csvPlays;
  const header =
    input.entity === 'track'
      ? columns(m.csvRank, m.csvName, m.csvArtist, m.csvAlbum, counted, m.csvMsPlayed, m.csvUri, m.csvUrl)
      : input.entity === 'album'
        ? columns(m.csvRank, m.csvName, m.csvArtist, counted, m.csvMsPlayed)
        : columns(m.csvRank, m.csvName, counted, m.csvMsPlayed);
  const rows = input.rows.map((row) =>
    input.entity === 'track'
      ? [row.rank, row.name, row.artist, row.album, row.count, row.ms, row.uri, trackUrl(row.uri)]
      : input.entity === 'album'
        ? [row.rank, row.name, row.artist, row.count, row.ms]
        : [row.rank, row.name, row.count, row.ms],
  );
  return { name: fileName(input, 'csv'), type: CSV_TYPE, content: csv([header, ...rows]) };
}

export function historyToJson(input: HistoryExportInput, date = new Date()): ExportFile {
  const items = input.rows.map((row) => ({
    rank: row.rank,
    name: row.name,
    ...(row.artist === undefined ? {} : { artist: row.artist }),
    ...(row.album === undefined ? {} : { album: row.album }),
    [input.allStreams ? 'streams' : 'plays']: row.count,
    ms_played: row.ms,
    ...(row.uri ? { uri: row.uri, url: trackUrl(row.uri) } : {}),
  }));
  const body = {
    type: PLURAL[input.entity],
    source: t(m.jsonSource),
    period: input.periodLabel,
    from: input.span?.from ?? null,
    to: input.span?.to ?? null,
    ranked_by: input.metric,
    counting: t(input.allStreams ? m.jsonEveryStream : m.jsonPlays),
    exported_at: date.toISOString(),
    items,
  };
  return { name: fileName(input, 'json'), type: JSON_TYPE, content: `${JSON.stringify(body, null, 2)}\n` };
}
