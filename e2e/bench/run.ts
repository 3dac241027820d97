// `npm run bench`: builds the app, serves it like a production static host (gzip, long-lived
// assets, under a sub-path), runs the Spotify emulator on its own origins, and runs each
// measurement of measurements.ts in headless Chromium. Prints a table, writes
// bench-results/bench.json, and exits non-zero when a budget fails. A row the machine was
// too busy to judge neither passes nor fails. docs/performance.md says how to read it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { EMULATOR_CLIENT_ID } from '../../src/emulator/constants.ts';
import { createEmulatorControl } from '../support/emulator.ts';
import { startStaticHost } from '../support/static-host.ts';
import { startEmulatorProcess } from './emulator-process.ts';
import type { Bench, HostOverride } from './measurement.ts';
import { MEASUREMENTS } from './measurements.ts';
import type { Row } from './row.ts';
import {
  APP_PORT,
  BASE,
  EMULATOR_URLS,
  LATENCY_MS,
  LIGHTHOUSE_RUNS,
  ONLY,
  OUT_DIR,
  RESULTS_DIR,
  RUNS,
  SKIP_BUILD,
} from './settings.ts';
import { printTable } from './table.ts';

async function buildApp() {
  Object.assign(process.env, {
    VITE_SPOTIFY_CLIENT_ID: EMULATOR_CLIENT_ID,
    VITE_SPOTIFY_ACCOUNTS_URL: EMULATOR_URLS.accounts,
    VITE_SPOTIFY_API_URL: EMULATOR_URLS.api,
    VITE_SPOTIFY_IMAGE_ORIGINS: EMULATOR_URLS.images,
  });
  console.log('Building…');
  await build({ base: BASE, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
}

async function measureAll(): Promise<{ rows: Row[]; results: Record<string, unknown>; skipped: string[] }> {
  let override: HostOverride | undefined;
  const host = await startStaticHost({
    root: OUT_DIR,
    base: BASE,
    port: APP_PORT,
    gzip: true,
    immutableAssets: true,
    fallbackStatus: 200,
    override: (pathname) => override?.(pathname),
  });
  const emulator = createEmulatorControl(`${EMULATOR_URLS.accounts}/__control`);
  const bench: Bench = {
    appUrl: host.url,
    outDir: OUT_DIR,
    emulator,
    emulatorHandle: {
      configure: emulator.configureEmulator,
      log: () => emulator.emulatorLog(),
      clearLog: emulator.clearLog,
    },
    overrideHost: (next) => void (override = next),
  };
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  const skipped: string[] = [];
  try {
    for (const measurement of MEASUREMENTS) {
      const reason = ONLY && !ONLY.includes(measurement.name) ? 'not in BENCH_ONLY' : measurement.skipped?.();
      if (reason) {
        skipped.push(`${measurement.name} (${reason})`);
        continue;
      }
      console.log(`Measuring ${measurement.name}…`);
      try {
        const result = await measurement.run(bench);
        rows.push(...result.rows);
        if (result.details !== undefined) results[measurement.name] = result.details;
      } catch (error) {
        // One broken measurement fails the bench, but the others still report.
        console.error(error);
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        rows.push({
          metric: `${measurement.name}: did not finish`,
          value: message,
          unit: '',
          budget: '',
          verdict: 'fail',
        });
      } finally {
        override = undefined;
      }
    }
  } finally {
    await host.close();
  }
  return { rows, results, skipped };
}

const emulatorProcess = await startEmulatorProcess();
try {
  if (!SKIP_BUILD) await buildApp();
  const { rows, results, skipped } = await measureAll();
  const verdict = rows.some((row) => row.verdict === 'fail')
    ? 'fail'
    : rows.some((row) => row.verdict === 'too busy')
      ? 'too busy'
      : 'pass';
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    settings: { latencyMs: LATENCY_MS, runs: RUNS, lighthouseRuns: LIGHTHOUSE_RUNS, skipped },
    verdict,
    tooBusy: rows.filter((row) => row.verdict === 'too busy').map((row) => ({ metric: row.metric, note: row.note })),
    rows,
    results,
  };
  writeFileSync(join(RESULTS_DIR, 'bench.json'), JSON.stringify(json, null, 2));
  printTable(rows, skipped);
  console.log(`\nVerdict: ${verdict}. Wrote ${join(RESULTS_DIR, 'bench.json')}`);
  if (verdict === 'fail') process.exitCode = 1;
} finally {
  emulatorProcess.kill('SIGTERM');
}
