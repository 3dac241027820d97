// JavaScript bytes: what a first visit to the start page loads, and everything a visit to
// every page loads (compressed as the built file, whatever the host sent).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  catalogChunkLanguage,
  LANGUAGES_MAY_ADD_BYTES,
  signedOutScripts,
  START_PAGE_BEFORE_LANGUAGES_BYTES,
} from '../support/critical-path.ts';
import { signInThroughConsent, withChromium } from './browser.ts';
import type { Measurement } from './measurement.ts';
import { budgetRow, infoRow } from './row.ts';

const KB = 1024;
const INITIAL_BUDGET_KB = 100;
const ALL_PAGES_BUDGET_KB = 160;
/** The start page in the languages the bench shows beside English. */
export const LANGUAGE_PAGES = ['de', 'ja', 'ar'] as const;

export const bundleBytes: Measurement = {
  name: 'bundleBytes',
  async run(bench) {
    const size = (file: string) => {
      const body = readFileSync(join(bench.outDir, file));
      return { gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
    };
    const { initial, languages, all } = await withChromium(async (browser) => {
      const start = await browser.newPage({ baseURL: bench.appUrl });
      const initial = await signedOutScripts(start);
      await start.close();
      const languages: Record<string, string[]> = {};
      for (const segment of LANGUAGE_PAGES) {
        const page = await browser.newPage({ baseURL: bench.appUrl });
        languages[segment] = await signedOutScripts(page, `./${segment}/`);
        await page.close();
      }

      await bench.emulator.resetEmulator();
      const visit = await browser.newPage({ baseURL: bench.appUrl });
      const loaded = new Set<string>();
      visit.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.endsWith('.js')) loaded.add(path.replace(/^.*?\/assets\//, 'assets/'));
      });
      await visit.goto('./');
      await signInThroughConsent(visit);
      for (const range of ['6 months', '1 year']) await visit.getByRole('link', { name: range }).click();
      await visit.getByRole('link', { name: 'Top artists' }).click();
      await visit.locator('a.item-title').first().click();
      await visit.getByRole('heading', { level: 1 }).waitFor();
      await visit.goto('./no-such-page');
      await visit.getByRole('heading', { name: 'Page not found' }).waitFor();
      await visit.close();
      return { initial, languages, all: [...loaded] };
    });
    const gzipOf = (files: string[]) => files.map(size).reduce((sum, file) => sum + file.gzip, 0);
    const initialSizes = initial.map(size);
    const initialGzip = initialSizes.reduce((sum, file) => sum + file.gzip, 0);
    const initialBrotli = initialSizes.reduce((sum, file) => sum + file.brotli, 0);
    const allGzip = all.map(size).reduce((sum, file) => sum + file.gzip, 0);
    return {
      rows: [
        budgetRow(
          'Initial JS, signed-out page (gzip)',
          Math.round(initialGzip / KB),
          'KB',
          `≤ ${INITIAL_BUDGET_KB}`,
          initialGzip <= INITIAL_BUDGET_KB * KB,
        ),
        infoRow('Initial JS, signed-out page (brotli)', Math.round(initialBrotli / KB), 'KB'),
        budgetRow(
          'Initial JS, English: added by the languages (gzip)',
          Math.round(((initialGzip - START_PAGE_BEFORE_LANGUAGES_BYTES) / KB) * 10) / 10,
          'KB',
          `≤ ${LANGUAGES_MAY_ADD_BYTES / KB}`,
          initialGzip - START_PAGE_BEFORE_LANGUAGES_BYTES <= LANGUAGES_MAY_ADD_BYTES,
        ),
        ...Object.entries(languages).map(([segment, files]) =>
          budgetRow(
            `Initial JS, start page in ${segment}, its catalog alone (gzip)`,
            Math.round(gzipOf(files) / KB),
            'KB',
            `≤ ${INITIAL_BUDGET_KB}`,
            gzipOf(files) <= INITIAL_BUDGET_KB * KB &&
              files.map(catalogChunkLanguage).filter(Boolean).join() === segment,
          ),
        ),
        budgetRow(
          'All JS after visiting every page (gzip)',
          Math.round(allGzip / KB),
          'KB',
          `≤ ${ALL_PAGES_BUDGET_KB}`,
          allGzip <= ALL_PAGES_BUDGET_KB * KB,
        ),
      ],
      details: { initial, languages, all, initialGzip, initialBrotli, allGzip },
    };
  },
};
