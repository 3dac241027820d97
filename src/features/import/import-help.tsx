// What the import page says before anything is imported: how to get the export, what counts
// as a play, where the data goes, and the time zone the calendar is in.
export const PRIVACY_PAGE = 'https://www.spotify.com/account/privacy/';

export function RequestExportHelp() {
  return (
    <section className="import-help" aria-labelledby="request-title">
      <h2 id="request-title">Get your data from Spotify</h2>
      <ol>
        <li>
          Open{' '}
          <a href={PRIVACY_PAGE} target="_blank" rel="noopener noreferrer">
            the privacy page of your Spotify account
          </a>{' '}
          (opens in a new tab) and find “Download your data”.
        </li>
        <li>
          Tick <strong>Extended streaming history</strong>: every stream since your account began. Spotify prepares it
          in up to 30 days. (“Account data” comes sooner but holds the last year only, without track ids; you can import
          both.)
        </li>
        <li>
          Spotify e-mails you a link to <code>my_spotify_data.zip</code>. Choose that zip here as it is, or the{' '}
          <code>.json</code> files inside it.
        </li>
      </ol>
    </section>
  );
}

export function WhatCountsHelp({ timeZone }: { timeZone: string }) {
  return (
    <section className="import-help" aria-labelledby="counts-title">
      <h2 id="counts-title">What counts, and where it stays</h2>
      <ul>
        <li>
          A <strong>play</strong> is a stream of at least 30 seconds, as Spotify counts them; a switch shows every
          stream instead. A stream found in two files counts once. Podcasts, audiobooks and videos are counted apart
          from music.
        </li>
        <li>
          Everything is read <strong>in this browser</strong>: the files are never uploaded, and nothing is sent
          anywhere. IP addresses, countries, devices and user names in the export are dropped as it is read.
        </li>
        <li>
          You choose where the history lives: <strong>Keep on this device</strong> (in this browser’s storage, in a
          compact form; the size is shown) or <strong>Only for this visit</strong> (gone when you close the tab).{' '}
          <strong>Delete imported history</strong> removes every trace.
        </li>
        <li>
          Days, months, years and hours are in your time zone, <strong>{timeZone}</strong>.
        </li>
      </ul>
    </section>
  );
}
