// Importing a listener's data export (#13), side by side with its floor (import-floor-page.ts)
// on generated exports of 130,000 and 1,000,000 streams, alternating app and floor runs:
//   - import time, files chosen → all-time top tracks painted, against 1.15 × the floor's;
//   - the longest main-thread task during the import (≤ 50 ms);
//   - peak JS heap, page and workers, against 1.5 × the floor's;
//   - the stored form per stream (≤ 16 bytes);
//   - changing the period on 1,000,000 streams (all time → a year → dates of your own):
//     the frame it paints in (≤ 2);
//   - a reload with the history kept: all-time top tracks painted within 300 ms of the
//     page's script starting, without reading the export again;
//   - no import code in the start page's JavaScript.
// "Painted" is a mark in the frame after the all-time top tracks' rows change in the page
// (watched by the bench, see WATCH); the floor page marks the same.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { signedOutScripts } from '../support/critical-path.ts';
import { withChromium } from './browser.ts';
import { sampleHeap } from './heap-sampler.ts';
import { importFloorPage } from './import-floor-page.ts';
import type { Bench, Measurement } from './measurement.ts';
import { medianOf } from './median.ts';
import { budgetRow, infoRow, type Row } from './row.ts';
import { BASE } from './settings.ts';

const SIZES = [130_000, 1_000_000] as const;
/** Alternating pairs (floor, app) per size: BENCH_IMPORT_RUNS=3,2 by default; 0 leaves a size out. */
const PAIRS = (process.env.BENCH_IMPORT_RUNS ?? '3,2').split(',').map(Number);
const FLOOR_PATH = `${BASE}__import-floor`;
const PAINTED = 'heavy-rotation:import-painted';
const TIME_BUDGET = 1.15;
const HEAP_BUDGET = 1.5;
const TASK_BUDGET_MS = 50;
const STORED_BUDGET = 16;
const FRAMES_BUDGET = 2;
const RELOAD_BUDGET_MS = 300;
const MB = 1024 * 1024;

interface ImportRun {
  ms: number;
  longestTaskMs: number;
  peakHeap: number;
}

/** The generated export for a size, made once (a million streams take about a minute). */
function exportFor(streams: number): string {
  const out = join('dist-exports', `bench-${streams}`);
  const zip = join(out, 'my_spotify_data.zip');
  if (!existsSync(zip)) {
    console.log(`Generating an export of ${streams} streams…`);
    const years = streams >= 1_000_000 ? 12 : 10;
    const made = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/emulator/node/make-export.ts',
        '--streams',
        String(streams),
        '--years',
        String(years),
        '--out',
        out,
      ],
      { stdio: 'inherit' },
    );
    if (made.status !== 0) throw new Error(`make-export failed for ${streams} streams`);
  }
  return zip;
}

/**
 * Before any page script: when files are chosen, every long task, and a paint mark in the
 * frame after the ranked list's rows change (their names and counts, not a placeholder or
 * a heading alone): the app's "painted", watched from outside like a user would see it.
 */
const WATCH = () => {
  const w = window as unknown as { __chosenAt?: number; __longTasks: [number, number][] };
  w.__longTasks = [];
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement).type === 'file') w.__chosenAt = performance.now();
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let shown = '';
  new MutationObserver(() => {
    const list = document.querySelector('[aria-label^="Your top tracks of "]');
    const rows = list ? [...list.querySelectorAll('li.history-item')].slice(0, 3) : [];
    if (rows.length === 0) return;
    const now = `${list!.getAttribute('aria-label')}|${rows.map((row) => row.textContent).join('|')}`;
    if (now === shown) return;
    shown = now;
    requestAnimationFrame(() => performance.mark('heavy-rotation:import-painted', { detail: now }));
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};

/** Waits for a paint mark after `after` (ms on the page's clock); its time. */
async function paintedAfter(page: Page, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([name, after]) => performance.getEntriesByName(name).find((entry) => entry.startTime > after)?.startTime,
    [PAINTED, after] as const,
    { timeout: 15 * 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Chooses the zip, waits for the paint: the time between and the longest task in it. */
async function importOnce(page: Page, zip: string): Promise<Omit<ImportRun, 'peakHeap'>> {
  const before = await page.evaluate(() => performance.now());
  await page.locator('input[type=file]').setInputFiles(zip);
  const painted = await paintedAfter(page, before);
  const { chosenAt, tasks } = await page.evaluate(() => {
    const w = window as unknown as { __chosenAt: number; __longTasks: [number, number][] };
    return { chosenAt: w.__chosenAt, tasks: w.__longTasks };
  });
  const during = tasks.filter(([start, duration]) => start + duration >= chosenAt && start <= painted);
  return { ms: painted - chosenAt, longestTaskMs: Math.max(0, ...during.map(([, duration]) => duration)) };
}

/** A fresh context, the page with its workers started and idle, then one import under the heap sampler. */
async function measureRun(bench: Bench, browser: Browser, zip: string, floor: boolean) {
  bench.overrideHost(
    floor
      ? (path) => (path === FLOOR_PATH ? { type: 'text/html; charset=utf-8', body: importFloorPage() } : undefined)
      : undefined,
  );
  const context = await browser.newContext({ baseURL: bench.appUrl });
  const page = await context.newPage();
  // tsx names functions through a helper the page lacks; every evaluate below may need it.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(WATCH);
  const heap = await sampleHeap(page);
  await page.goto(floor ? FLOOR_PATH : './import', { waitUntil: 'networkidle' });
  if (!floor) await page.getByRole('radio', { name: /Keep on this device/ }).check();
  // Both start their workers with the page: let them load before the clock starts.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency || 2);
  while (page.workers().length < cores) await page.waitForEvent('worker');
  await page.waitForLoadState('networkidle');
  const run = await importOnce(page, zip);
  const { peak } = await heap.stop();
  return { run: { ...run, peakHeap: peak }, page, context };
}

interface Kept {
  /** The deflated form and the snapshot, in bytes. */
  bytes: number;
  streams: number;
}

/** What the kept history takes in IndexedDB, or null while it isn't written yet. */
function readKept(page: Page): Promise<Kept | null> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    if (!databases.some((db) => db.name === 'heavy-rotation-import')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('heavy-rotation-import');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('kept')) return null;
      const store = db.transaction('kept').objectStore('kept');
      const get = (key: string) =>
        new Promise<unknown>((resolve, reject) => {
          const request = store.get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const history = (await get('history')) as { data: Uint8Array } | undefined;
      const snapshot = (await get('snapshot')) as { status: { streams: number } } | undefined;
      if (!history || !snapshot) return null;
      const snapshotBytes = new TextEncoder().encode(JSON.stringify(snapshot)).length;
      return { bytes: history.data.byteLength + snapshotBytes, streams: snapshot.status.streams };
    } finally {
      db.close();
    }
  });
}

/** Waits for the history to be kept (it is written once the page has its first answers). */
async function storedForm(page: Page): Promise<Kept> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const kept = await readKept(page);
    if (kept) return kept;
    if (Date.now() > deadline) throw new Error('The history was not kept on the device within 2 minutes');
    await page.waitForTimeout(250);
  }
}

type PeriodAction = { kind: 'select'; value: string } | { kind: 'submit' };

/** Does the action at the start of a frame; the frame after it that the new period's rows paint in. */
function periodFrame(page: Page, action: PeriodAction): Promise<number> {
  return page.evaluate(
    ([name, action]) =>
      new Promise<number>((resolve) => {
        // tsx names functions through a helper the page lacks.
        (globalThis as unknown as { __name?: unknown }).__name ??= (f: unknown) => f;
        const seen = performance.getEntriesByName(name).length;
        let frames = 0;
        const frame = () => {
          frames += 1;
          if (performance.getEntriesByName(name).length > seen) resolve(frames);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(() => {
          if (action.kind === 'select') {
            const select = [...document.querySelectorAll('select')].find((s) =>
              s.querySelector('option[value="all"]'),
            )!;
            select.value = action.value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          } else {
            document.querySelector<HTMLButtonElement>('.custom-range button[type=submit]')!.click();
          }
          requestAnimationFrame(frame);
        });
      }),
    [PAINTED, action] as const,
  );
}

/** all time → a year → dates of your own, each timed from the input to the frame it paints in. */
async function changePeriods(page: Page): Promise<{ year: number; range: number }> {
  const select = page.getByLabel('Period');
  const years = await select
    .locator('option[value^="year-"]')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const year = await periodFrame(page, { kind: 'select', value: years[Math.floor(years.length / 2)]! });
  await select.selectOption('custom');
  const first = Number(years.at(-1)!.slice(5));
  const dates = page.locator('.custom-range input[type=date]');
  await dates.nth(0).fill(`${first + 1}-03-01`);
  await dates.nth(1).fill(`${first + 2}-08-31`);
  const range = await periodFrame(page, { kind: 'submit' });
  return { year, range };
}

/**
 * Reloads the page with the history kept, at the all-time top tracks the budget names (the
 * period changes before leave it at dates of your own, which the snapshot does not hold): from
 * the entry script's arrival to their paint.
 */
async function reloadPaint(page: Page): Promise<number> {
  if (!(await page.getByRole('list', { name: /^Your top tracks of all time/ }).isVisible())) {
    await periodFrame(page, { kind: 'select', value: 'all' });
  }
  await page.reload();
  const painted = await paintedAfter(page, 0);
  // The watcher's mark names the list by its label, the app's own by period and entity.
  const shown = (await page.evaluate(
    ([name, painted]) =>
      (performance.getEntriesByName(name).find((entry) => entry.startTime === painted) as PerformanceMark).detail,
    [PAINTED, painted] as const,
  )) as string | { period?: string; entity?: string };
  const allTime =
    typeof shown === 'string'
      ? shown.startsWith('Your top tracks of all time')
      : shown.period === 'all-time' && shown.entity === 'track';
  if (!allTime) throw new Error(`The reload painted another list first: ${JSON.stringify(shown)}`);
  const scriptStart = await page.evaluate(() => {
    const mark = performance.getEntriesByName('heavy-rotation:script-start')[0];
    if (mark) return mark.startTime;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'));
    return Math.min(...scripts.map((entry) => (entry as PerformanceResourceTiming).responseEnd));
  });
  return painted - scriptStart;
}

export const importHistory: Measurement = {
  name: 'importHistory',
  skipped: () => (process.env.BENCH_SKIP_IMPORT === '1' ? 'BENCH_SKIP_IMPORT=1' : undefined),
  async run(bench) {
    const rows: Row[] = [];
    const details: Record<string, unknown> = {};
    await withChromium(async (browser) => {
      for (const [s, streams] of SIZES.entries()) {
        const pairs = PAIRS[s] ?? 1;
        // BENCH_IMPORT_RUNS=7,0 measures the smaller export alone (to compare a change quickly).
        if (pairs === 0) continue;
        const zip = exportFor(streams);
        const label = streams.toLocaleString('en');
        const floor: ImportRun[] = [];
        const app: ImportRun[] = [];
        for (let pair = 0; pair < pairs; pair++) {
          for (const isFloor of [true, false]) {
            const { run, page, context } = await measureRun(bench, browser, zip, isFloor);
            (isFloor ? floor : app).push(run);
            console.log(
              `  ${label} streams, ${isFloor ? 'floor' : 'app'}: ${Math.round(run.ms)} ms, longest task ${Math.round(run.longestTaskMs)} ms, heap ${(run.peakHeap / MB).toFixed(1)} MB`,
            );
            const lastApp = !isFloor && pair === pairs - 1;
            if (lastApp) {
              const kept = await storedForm(page);
              const stored = kept.bytes;
              const streamCount = kept.streams;
              rows.push(
                budgetRow(
                  `Import, ${label} streams: stored form per stream`,
                  Number((stored / streamCount).toFixed(2)),
                  'B',
                  `≤ ${STORED_BUDGET}`,
                  stored / streamCount <= STORED_BUDGET,
                ),
              );
              details[`stored-${streams}`] = { bytes: stored, streams: streamCount };
              if (streams >= 1_000_000) {
                const frames = await changePeriods(page);
                rows.push(
                  budgetRow(
                    `Period change on ${label} streams: all time → a year, frame it paints in`,
                    frames.year,
                    '',
                    `≤ ${FRAMES_BUDGET}`,
                    frames.year <= FRAMES_BUDGET,
                  ),
                  budgetRow(
                    `Period change on ${label} streams: a year → dates of your own, frame it paints in`,
                    frames.range,
                    '',
                    `≤ ${FRAMES_BUDGET}`,
                    frames.range <= FRAMES_BUDGET,
                  ),
                );
                details.periodFrames = frames;
              }
              const reload = await reloadPaint(page);
              rows.push(
                budgetRow(
                  `Reload with ${label} streams kept: top tracks painted after script start`,
                  Math.round(reload),
                  'ms',
                  `≤ ${RELOAD_BUDGET_MS}`,
                  reload <= RELOAD_BUDGET_MS,
                ),
              );
              details[`reload-${streams}`] = reload;
            }
            await context.close();
            bench.overrideHost(undefined);
          }
        }
        const floorMs = medianOf(floor.map((r) => r.ms));
        const appMs = medianOf(app.map((r) => r.ms));
        const floorHeap = medianOf(floor.map((r) => r.peakHeap));
        const appHeap = medianOf(app.map((r) => r.peakHeap));
        const longest = Math.max(...app.map((r) => r.longestTaskMs));
        rows.push(
          infoRow(`Import, ${label} streams: floor (${floor.length} runs, median)`, Math.round(floorMs), 'ms'),
          infoRow(`Import, ${label} streams: app, files chosen → top tracks painted (median)`, Math.round(appMs), 'ms'),
          budgetRow(
            `Import, ${label} streams: app ÷ floor`,
            Number((appMs / floorMs).toFixed(3)),
            '×',
            `≤ ${TIME_BUDGET}`,
            appMs <= TIME_BUDGET * floorMs,
          ),
          budgetRow(
            `Import, ${label} streams: longest main-thread task (of ${app.length} runs)`,
            Math.round(longest),
            'ms',
            `≤ ${TASK_BUDGET_MS}`,
            longest <= TASK_BUDGET_MS,
          ),
          infoRow(
            `Import, ${label} streams: peak JS heap, floor (page + workers)`,
            Number((floorHeap / MB).toFixed(1)),
            'MB',
          ),
          budgetRow(
            `Import, ${label} streams: peak JS heap, app ÷ floor`,
            Number((appHeap / floorHeap).toFixed(2)),
            '×',
            `≤ ${HEAP_BUDGET}`,
            appHeap <= HEAP_BUDGET * floorHeap,
          ),
        );
        details[`import-${streams}`] = { floor, app };
      }

      // The start page loads none of it: the import page is a lazy chunk, its worker a file of its own.
      const page = await browser.newPage({ baseURL: bench.appUrl });
      const scripts = await signedOutScripts(page);
      await page.close();
      const withImport = scripts.filter((file) => {
        const text = readFileSync(join(bench.outDir, file), 'utf8');
        return text.includes('heavy-rotation-import') || text.includes('import.worker');
      });
      rows.push(
        budgetRow("Start page's JS files holding import code", withImport.length, '', '= 0', withImport.length === 0),
      );
      details.startPageScripts = scripts;
    });
    return { rows, details };
  },
};
