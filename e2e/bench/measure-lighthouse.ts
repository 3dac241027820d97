// Lighthouse (default mobile settings) on the signed-out page and the signed-in top tracks,
// in the same Chromium, the run with the median performance score of LIGHTHOUSE_RUNS each.
// Writes each reported run to bench-results/lighthouse-<page>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { LANGUAGE_PAGES } from './measure-bundle-bytes.ts';
import type { Measurement } from './measurement.ts';
import { budgetRow, infoRow, type Row } from './row.ts';
import { LIGHTHOUSE_RUNS, RESULTS_DIR, SKIP_LIGHTHOUSE } from './settings.ts';

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
}

const percent = (score: number | null | undefined) => Math.round((score ?? 0) * 100);

async function audit(
  page: Page,
  name: string,
  url: string,
  keepStorage: boolean,
): Promise<{ scores: Scores; rows: Row[] }> {
  const { default: lighthouse } = await import('lighthouse');
  const runs = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
    const result = await lighthouse(
      url,
      { output: 'json', disableStorageReset: keepStorage, logLevel: 'error' },
      undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${name}`);
    runs.push(result);
  }
  runs.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
  const { lhr } = runs[Math.floor(runs.length / 2)]!;
  const performances = runs.map((r) => percent(r.lhr.categories.performance?.score));
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `lighthouse-${name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
  if (lhr.runtimeError) console.log(`  ${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const failing = Object.values(lhr.audits).filter(
    (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
  );
  if (failing.length) console.log(`  ${name}: failing audits: ${failing.map((a) => a.id).join(', ')}`);

  const scores: Scores = {
    performance: percent(lhr.categories.performance?.score),
    accessibility: percent(lhr.categories.accessibility?.score),
    bestPractices: percent(lhr.categories['best-practices']?.score),
    seo: percent(lhr.categories.seo?.score),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
  };
  const lcpLabel = `Lighthouse ${name}: LCP`;
  return {
    scores,
    rows: [
      budgetRow(
        `Lighthouse ${name}: performance (median of ${runs.length})`,
        `${scores.performance} (${performances.join('/')})`,
        '',
        '≥ 98',
        scores.performance >= 98,
      ),
      budgetRow(`Lighthouse ${name}: accessibility`, scores.accessibility, '', '= 100', scores.accessibility === 100),
      budgetRow(`Lighthouse ${name}: best practices`, scores.bestPractices, '', '= 100', scores.bestPractices === 100),
      budgetRow(`Lighthouse ${name}: SEO`, scores.seo, '', '= 100', scores.seo === 100),
      // The signed-in list waits for the emulator's answers: its LCP is shown, not judged.
      name.startsWith('signed-out')
        ? budgetRow(lcpLabel, scores.lcpMs, 'ms', '≤ 1000', scores.lcpMs <= 1000)
        : infoRow(lcpLabel, scores.lcpMs, 'ms'),
      budgetRow(`Lighthouse ${name}: CLS`, Math.round(scores.cls * 1000) / 1000, '', '= 0', scores.cls === 0),
    ],
  };
}

/** Signs in inside the tab: the session lives in its sessionStorage. */
async function signIn(page: Page, appUrl: string) {
  await page.goto(appUrl);
  await page.locator('button.sign-in').click();
  await page.waitForSelector('button[value="agree"], button', { timeout: 10_000 });
  for (const button of await page.$$('button')) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === 'Agree') {
      await Promise.all([page.waitForNavigation(), button.click()]);
      break;
    }
  }
  await page.waitForSelector('.track-row', { timeout: 20_000 });
}

export const lighthouseAudits: Measurement = {
  name: 'lighthouse',
  skipped: () => (SKIP_LIGHTHOUSE ? 'BENCH_SKIP_LIGHTHOUSE=1' : undefined),
  async run(bench) {
    await bench.emulator.resetEmulator();
    const puppeteer = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath: chromiumPath ?? '/usr/bin/chromium',
      args: [...chromiumArgs, '--headless=new'],
    });
    try {
      const page = await browser.newPage();
      const signedOut = await audit(page, 'signed-out', bench.appUrl, false);
      // The start page in three more languages, at their own addresses: Latin, CJK and right-to-left.
      const languages: Awaited<ReturnType<typeof audit>>[] = [];
      for (const segment of LANGUAGE_PAGES) {
        languages.push(await audit(page, `signed-out ${segment}`, `${bench.appUrl}${segment}/`, false));
      }
      await signIn(page, bench.appUrl);
      // A reload of the top tracks, as a signed-in user does: the host's 404.html boots the app.
      const signedIn = await audit(page, 'signed-in top tracks', `${bench.appUrl}tracks`, true);
      return {
        rows: [...signedOut.rows, ...languages.flatMap((language) => language.rows), ...signedIn.rows],
        details: {
          'signed-out': signedOut.scores,
          ...Object.fromEntries(
            LANGUAGE_PAGES.map((segment, index) => [`signed-out ${segment}`, languages[index]!.scores]),
          ),
          'signed-in top tracks': signedIn.scores,
        },
      };
    } finally {
      await browser.close();
    }
  },
};
