// Each file of an import with what became of it, and for a file that failed, what to do.
import { formatCount } from '../../i18n/format';
import type { FileKind, FileProblem, FileReport, ImportResult } from './history-client';
import { formatDay } from './import-url';

/** What went wrong, in the user's words, with a way forward. */
export const PROBLEM_ADVICE: Record<FileProblem, string> = {
  'not-zip':
    "This isn't a zip file, though its name says so. Download my_spotify_data.zip again from the link in Spotify's e-mail, or unzip it and choose the .json files inside.",
  'corrupt-zip':
    'This zip is damaged (often a download that stopped early). Download it again from the link in Spotify’s e-mail, or unzip it with your system and choose the .json files inside.',
  'no-history-in-zip':
    'This zip has no listening history in it. Extended streaming history comes in a zip of its own: on Spotify’s privacy page, ask for “Extended streaming history”.',
  empty:
    'This file is empty. Choose the file again from the export; if it is empty there too, download the export again.',
  'truncated-json':
    'This file stops part-way, as if it was not fully downloaded or copied. Take it again from the original zip.',
  'not-json': 'This file is not JSON. Choose the Streaming_History… or endsong… .json files, or the whole zip.',
  'unknown-shape':
    'This JSON is not listening history in any format Spotify has used. Choose the Streaming_History… , endsong… or StreamingHistory… files.',
  'too-large':
    'This file is far larger than any file of a Spotify export (they are split at about 13 MB), so it was not read. Check you chose the right file.',
  'no-plays':
    'This history has no play of 30 seconds or more. Turn on “Count every stream” to see its shorter streams, or import a longer export.',
  unreadable: 'The browser could not read this file (it may have been moved or deleted). Choose it again.',
};

const KIND_LABELS: Record<FileKind, string> = {
  extended: 'Extended streaming history',
  'extended-video': 'Video streams (counted apart from music)',
  account: 'Account data, last year (no track ids)',
  'account-podcast': 'Podcast streams (counted apart from music)',
  zip: 'Zip',
  other: 'Not listening history, skipped',
};

function plural(count: number, one: string, many = `${one}s`) {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

function Outcome({ report }: { report: FileReport }) {
  const failed = report.outcome === 'error';
  // Read, but with something to know (no plays in it): its streams are kept, with advice.
  const warning = !failed && report.problem !== undefined;
  return (
    <li className={`file-outcome ${warning ? 'warning' : report.outcome}`}>
      <span className="file-outcome-mark" aria-hidden="true">
        {failed || warning ? '!' : report.outcome === 'history' ? '✓' : '–'}
      </span>
      <span className="file-outcome-main">
        <span className="file-outcome-name">
          {report.name}
          {report.container ? <span className="file-outcome-container"> in {report.container}</span> : null}
        </span>
        <span className="file-outcome-what">
          {failed ? (
            <>
              <span className="visually-hidden">Not imported: </span>
              {report.problem ? PROBLEM_ADVICE[report.problem] : (report.message ?? 'This file could not be read.')}
            </>
          ) : report.outcome === 'history' ? (
            <>
              {`${KIND_LABELS[report.kind]}: ${plural(report.streams, 'stream')} read`}
              {warning && report.problem ? `. ${PROBLEM_ADVICE[report.problem]}` : null}
            </>
          ) : (
            KIND_LABELS[report.kind === 'zip' ? 'zip' : 'other']
          )}
        </span>
      </span>
    </li>
  );
}

/** Which source counted where, when extended history and account data meet. */
export function SourcesNote({ sources }: { sources: ImportResult['sources'] }) {
  if (!sources.extended || !sources.account) return null;
  const extended = `${formatDay(sources.extended.from)} – ${formatDay(sources.extended.to)}`;
  const counted = sources.accountCounted.map((span) => `${formatDay(span.from)} – ${formatDay(span.to)}`);
  return (
    <p className="sources-note">
      Both the extended history and the account data were imported. The extended history counts for {extended}
      {counted.length > 0
        ? `; the account data only where the extended history has nothing: ${counted.join(', ')}.`
        : '; the account data covers no other days, so none of it is counted twice.'}
    </p>
  );
}

export function FileOutcomes({ result, label }: { result: ImportResult; label: string }) {
  const { files, totals } = result;
  // Zips are containers: their entries are reported one by one.
  const shown = files.filter((file) => file.kind !== 'zip' || file.outcome === 'error');
  const failed = shown.filter((file) => file.outcome === 'error').length;
  const read = shown.filter((file) => file.outcome === 'history').length;
  return (
    <section className="file-outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">What was imported from {label}</h2>
      <p className="import-summary">
        {plural(read, 'file')} of listening history, {plural(totals.streamsRead, 'stream')} read:{' '}
        {plural(totals.streamsAdded, 'new stream')}
        {totals.duplicates > 0
          ? `, ${formatCount(totals.duplicates)} already in your history or in two files`
          : ''}. {plural(totals.streamsInHistory, 'stream')} in your history now.
        {failed > 0 ? ` ${plural(failed, 'file')} could not be read (below); everything else was kept.` : ''}
      </p>
      <SourcesNote sources={result.sources} />
      <ul className="file-outcome-list">
        {shown.map((report, index) => (
          <Outcome key={`${report.container ?? ''}/${report.name}/${index}`} report={report} />
        ))}
      </ul>
    </section>
  );
}
