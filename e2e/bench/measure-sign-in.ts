// The sign-in critical path, cold then warm, with the emulator adding LATENCY_MS to every
// response. Each run signs in with the app's own callback page and then with the floor's (a
// bare page at the callback address, in this same harness); what the app adds is the
// distance from it. Alternating the two keeps a slow stretch of this shared machine from
// landing on one of them only.
import type { Browser } from '@playwright/test';
import { measureReturningSignIn, measureSignIn, watchFirstRow, type SignInPath } from '../support/critical-path.ts';
import { withChromium } from './browser.ts';
import { floorPage } from './floor-page.ts';
import type { Bench, Measurement } from './measurement.ts';
import { medianBy, medianOf } from './median.ts';
import { budgetRow, infoRow, type Row } from './row.ts';
import { BASE, EMULATOR_URLS, LATENCY_MS, RUNS } from './settings.ts';
import {
  DISTANCE_BUDGET,
  FLOOR_DRIFT_LIMIT,
  FLOOR_OVERHEAD_LIMIT,
  judgeSignIn,
  type SignInVerdict,
} from './sign-in-verdict.ts';

const FLOOR_HTML = floorPage(EMULATOR_URLS);

interface Pair {
  cold: SignInPath;
  warm: SignInPath;
}

/** One cold and one warm sign-in in a fresh browser context (an empty cache), by the app or the floor. */
async function signInTwice(bench: Bench, browser: Browser, floor: boolean): Promise<Pair> {
  bench.overrideHost(
    floor
      ? (path) => (path === `${BASE}account` ? { type: 'text/html; charset=utf-8', body: FLOOR_HTML } : undefined)
      : undefined,
  );
  await bench.emulator.resetEmulator();
  const context = await browser.newContext({ baseURL: bench.appUrl });
  try {
    const page = await context.newPage();
    await watchFirstRow(page);
    const cold = await measureSignIn(page, bench.emulatorHandle, LATENCY_MS);
    // The floor's page has no Sign out: it starts again from the start page.
    const warm = await measureReturningSignIn(page, bench.emulatorHandle, LATENCY_MS, { signOut: !floor });
    return { cold, warm };
  } finally {
    await context.close();
    bench.overrideHost(undefined);
  }
}

function verdictRow(kind: string, verdict: SignInVerdict): Row {
  const row = budgetRow(
    `Sign-in to first row, ${kind}: above the floor (× latency, median of ${RUNS})`,
    verdict.distance,
    '×',
    `≤ ${DISTANCE_BUDGET}`,
    verdict.verdict === 'pass',
  );
  return verdict.verdict === 'too busy' ? { ...row, verdict: 'too busy', note: verdict.note! } : row;
}

export const signIn: Measurement = {
  name: 'signIn',
  async run(bench) {
    // Timings are noisy: each is the median of RUNS sign-ins; counts must hold in every run.
    const { app, floor } = await withChromium(async (browser) => {
      const app: Pair[] = [];
      const floor: Pair[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        app.push(await signInTwice(bench, browser, false));
        floor.push(await signInTwice(bench, browser, true));
      }
      return { app, floor };
    });
    const colds = app.map((pair) => pair.cold);
    const warms = app.map((pair) => pair.warm);
    const floorColds = floor.map((pair) => pair.cold);
    const floorWarms = floor.map((pair) => pair.warm);
    const coldVerdict = judgeSignIn(colds, floorColds, LATENCY_MS);
    const warmVerdict = judgeSignIn(warms, floorWarms, LATENCY_MS);
    const ratio = (paths: SignInPath[]) => medianBy(paths, (path) => path.ms).ratio;
    const drift = (verdict: SignInVerdict) => `${Math.round(verdict.floor.drift * 1000) / 10} %`;

    const roundTrips = (paths: SignInPath[]) => [...new Set(paths.map((p) => p.sequentialRoundTrips))].join(', ');
    const counts = [
      ...new Set([...colds, ...warms].map((p) => [p.tokenRequests, p.meRequests, p.topTracksRequests].join(' / '))),
    ].join(', ');
    // Each phase's own median across the runs: where the time beyond the round trips goes.
    const phases = (paths: SignInPath[]) =>
      (['bootMs', 'afterTokenMs', 'renderMs'] as const)
        .map((phase) => medianOf(paths.map((p) => p.phases[phase])))
        .join(' / ');
    // The times above end where the frame that paints the first row begins; its style, layout
    // and paint follow. Shown apart, for the app and the floor, cold.
    const frame = (paths: SignInPath[]) => medianOf(paths.map((p) => p.frameMs));

    return {
      rows: [
        verdictRow('cold', coldVerdict),
        verdictRow('warm', warmVerdict),
        infoRow(`  cold: app / floor (× latency, median of ${RUNS})`, `${ratio(colds)} / ${ratio(floorColds)}`, '×'),
        infoRow(`  warm: app / floor (× latency, median of ${RUNS})`, `${ratio(warms)} / ${ratio(floorWarms)}`, '×'),
        infoRow(
          `  floor: moved between its halves, cold / warm (limit ${FLOOR_DRIFT_LIMIT * 100} %)`,
          `${drift(coldVerdict)} / ${drift(warmVerdict)}`,
        ),
        infoRow(
          `  floor: beyond its round trips, cold / warm (× latency, limit ${FLOOR_OVERHEAD_LIMIT})`,
          `${coldVerdict.floor.overhead} / ${warmVerdict.floor.overhead}`,
        ),
        budgetRow('Sequential round trips, cold', roundTrips(colds), '', '= 3', roundTrips(colds) === '3'),
        budgetRow('Sequential round trips, warm', roundTrips(warms), '', '= 2', roundTrips(warms) === '2'),
        budgetRow('Token / me / top-tracks requests', counts, '', '1 / 1 / 1', counts === '1 / 1 / 1'),
        infoRow('  cold: boot / after token / render (ms)', phases(colds)),
        infoRow('  warm: boot / after token / render (ms)', phases(warms)),
        infoRow('  floor, cold: boot / after token / render (ms)', phases(floorColds)),
        infoRow('  floor, warm: boot / after token / render (ms)', phases(floorWarms)),
        infoRow('  cold: that frame, app / floor (ms)', `${frame(colds)} / ${frame(floorColds)}`),
      ],
      details: {
        latencyMs: LATENCY_MS,
        cold: { verdict: coldVerdict, median: medianBy(colds, (p) => p.ms), runs: colds },
        warm: { verdict: warmVerdict, median: medianBy(warms, (p) => p.ms), runs: warms },
        floor: {
          cold: { median: medianBy(floorColds, (p) => p.ms), runs: floorColds },
          warm: { median: medianBy(floorWarms, (p) => p.ms), runs: floorWarms },
        },
      },
    };
  },
};
