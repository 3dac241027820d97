// What the import page says before anything is imported: how to get the export, what counts
// as a play, where the data goes, and the time zone the calendar is in.
import type { ReactNode } from 'react';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { helpMessages } from './help-messages';

export const PRIVACY_PAGE = 'https://www.spotify.com/account/privacy/';
/** Names of files, the same in every language. */
export const EXPORT_ZIP = 'my_spotify_data.zip';
export const JSON_EXTENSION = '.json';

const strong = (children: ReactNode) => <strong>{children}</strong>;

export function RequestExportHelp() {
  return (
    <section className="import-help" aria-labelledby="request-title">
      <h2 id="request-title">{t(helpMessages.requestTitle)}</h2>
      <ol>
        <li>
          <T
            msg={helpMessages.requestOpen}
            tags={{
              link: (children) => (
                <a href={PRIVACY_PAGE} target="_blank" rel="noopener noreferrer">
                  {children}
                </a>
              ),
            }}
          />
        </li>
        <li>
          <T msg={helpMessages.requestTick} tags={{ b: strong }} />
        </li>
        <li>
          <T
            msg={helpMessages.requestZip}
            values={{ zip: <code>{EXPORT_ZIP}</code>, json: <code>{JSON_EXTENSION}</code> }}
          />
        </li>
      </ol>
    </section>
  );
}

export function WhatCountsHelp({ timeZone }: { timeZone: string }) {
  return (
    <section className="import-help" aria-labelledby="counts-title">
      <h2 id="counts-title">{t(helpMessages.countsTitle)}</h2>
      <ul>
        <li>
          <T msg={helpMessages.countsPlay} tags={{ b: strong }} />
        </li>
        <li>
          <T msg={helpMessages.countsBrowser} tags={{ b: strong }} />
        </li>
        <li>
          <T msg={helpMessages.countsWhere} tags={{ b: strong }} />
        </li>
        <li>
          <T msg={helpMessages.countsZone} values={{ zone: <bdi>{timeZone}</bdi> }} tags={{ b: strong }} />
        </li>
      </ul>
    </section>
  );
}
