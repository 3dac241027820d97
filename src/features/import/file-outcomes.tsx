// Each file of an import with what became of it, and for a file that failed, what to do.
import { formatCount, formatList } from '../../i18n/format';
import { isolate, t, type Message } from '../../i18n/i18n';
import { problemText } from './file-problems';
import { filesMessages } from './files-messages';
import type { FileKind, FileReport, ImportResult } from './history-client';
import { labelValues, type ImportLabel } from './import-label';
import { formatDays } from './import-url';

const KIND_LABELS: Record<FileKind, Message> = {
  extended: filesMessages.kindExtended,
  'extended-video': filesMessages.kindExtendedVideo,
  account: filesMessages.kindAccount,
  'account-podcast': filesMessages.kindAccountPodcast,
  zip: filesMessages.kindZip,
  other: filesMessages.kindOther,
};

function Outcome({ report }: { report: FileReport }) {
  const failed = report.outcome === 'error';
  // Read, but with something to know (no plays in it): its streams are kept, with advice.
  const warning = !failed && report.problem !== undefined;
  const read = { kind: t(KIND_LABELS[report.kind]), count: report.streams, streams: formatCount(report.streams) };
  return (
    <li className={`file-outcome ${warning ? 'warning' : report.outcome}`}>
      <span className="file-outcome-mark" aria-hidden="true">
        {failed || warning ? '!' : report.outcome === 'history' ? '✓' : '–'}
      </span>
      <span className="file-outcome-main">
        <span className="file-outcome-name">
          <bdi>{report.name}</bdi>
          {report.container ? (
            <span className="file-outcome-container">
              {' '}
              {t(filesMessages.inContainer, { container: isolate(report.container) })}
            </span>
          ) : null}
        </span>
        <span className="file-outcome-what">
          {failed ? (
            <>
              <span className="visually-hidden">{t(filesMessages.notImported)} </span>
              {problemText(report.problem)}
            </>
          ) : report.outcome === 'history' ? (
            warning ? (
              t(filesMessages.streamsReadWarning, { ...read, advice: problemText(report.problem) })
            ) : (
              t(filesMessages.streamsRead, read)
            )
          ) : (
            t(KIND_LABELS[report.kind === 'zip' ? 'zip' : 'other'])
          )}
        </span>
      </span>
    </li>
  );
}

/** Which source counted where, when extended history and account data meet. */
export function SourcesNote({ sources }: { sources: ImportResult['sources'] }) {
  if (!sources.extended || !sources.account) return null;
  const extended = formatDays(sources.extended.from, sources.extended.to);
  const counted = sources.accountCounted.map((span) => formatDays(span.from, span.to));
  return (
    <p className="sources-note">
      {counted.length > 0
        ? t(filesMessages.sourcesCounted, { extended, counted: formatList(counted) })
        : t(filesMessages.sourcesNoneCounted, { extended })}
    </p>
  );
}

export function FileOutcomes({ result, label }: { result: ImportResult; label: ImportLabel }) {
  const { files, totals } = result;
  // Zips are containers: their entries are reported one by one.
  const shown = files.filter((file) => file.kind !== 'zip' || file.outcome === 'error');
  const failed = shown.filter((file) => file.outcome === 'error').length;
  const read = shown.filter((file) => file.outcome === 'history').length;
  const counts = { files: read, read: totals.streamsRead, added: totals.streamsAdded, duplicates: totals.duplicates };
  return (
    <section className="file-outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t(filesMessages.title, labelValues(label))}</h2>
      <p className="import-summary">
        {t(totals.duplicates > 0 ? filesMessages.summaryDuplicates : filesMessages.summary, counts)}{' '}
        {t(filesMessages.summaryTotal, { total: totals.streamsInHistory })}
        {failed > 0 ? ` ${t(filesMessages.summaryFailed, { count: failed })}` : ''}
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
