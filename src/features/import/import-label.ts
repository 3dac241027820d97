// What an import is called in its messages: the sample export, one file by its name, or a number
// of files. The messages choose their own words for each (`{source, select, …}`).
import { isolate } from '../../i18n/i18n';

export type ImportLabel = { source: 'sample' } | { source: 'file'; name: string } | { source: 'files'; files: number };

export function labelOf(files: readonly File[], sample = false): ImportLabel {
  if (sample) return { source: 'sample' };
  return files.length === 1 ? { source: 'file', name: files[0]!.name } : { source: 'files', files: files.length };
}

/** The label as message values: `source`, `files`, `name` (isolated, for plain text). */
export function labelValues(label: ImportLabel): { source: string; files: number; name: string } {
  return {
    source: label.source,
    files: label.source === 'files' ? label.files : 0,
    name: label.source === 'file' ? isolate(label.name) : '',
  };
}
