// Renders the signed-out start page to HTML at build time, once per language, so its first
// paint needs no JavaScript; start-landing.tsx hydrates it. Run by the build (prerender.ts), in Node.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { currentDirection, setLocale, t } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import type { Locale } from '../../i18n/locales';
import { documentMessages } from './document-messages';
import { StaticLanding } from './static-landing';

export interface RenderedLanding {
  /** The markup inside #root. */
  root: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  manifestDescription: string;
}

/** The start page in `locale`, its links below `prefix` (`de/`, or empty at the app's root). */
export async function renderLanding(locale: Locale, prefix: string): Promise<RenderedLanding> {
  setLocale(locale, await loadCatalog(locale), prefix);
  return {
    root: renderToString(
      <StrictMode>
        <StaticLanding />
      </StrictMode>,
    ),
    dir: currentDirection(),
    title: t(documentMessages.title),
    description: t(documentMessages.description),
    manifestDescription: t(documentMessages.manifestDescription),
  };
}
