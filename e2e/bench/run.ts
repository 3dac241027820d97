// `npm run bench`: builds the app, serves it like a static host (gzip, sub-path), runs the
// Spotify emulator on its own origins, and measures in headless Chromium:
//   - JavaScript bytes: the signed-out page's initial load, and everything after visiting every page;
//   - the sign-in critical path with 200 ms added to every emulator response, cold and warm;
//   - switching back to a visited range;
//   - Lighthouse (default mobile settings) on the signed-out page and the signed-in top tracks,
//     the median of BENCH_LIGHTHOUSE_RUNS (3) runs each.
// Prints a table, writes bench-results/bench.json, and exits non-zero when a budget fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { EMULATOR_CLIENT_ID } from '../../src/emulator/constants.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import {
  measureReturningSignIn,
  measureSignIn,
  signedOutScripts,
  watchFirstRow,
  type EmulatorHandle,
  type SignInPath,
} from '../support/critical-path.ts';
import { createEmulatorControl } from '../support/emulator.ts';

const BASE = '/heavy-rotation/';
const OUT_DIR = 'dist-bench';
const APP_PORT = 4973;
const LATENCY_MS = 200;
/** Sign-ins per kind (app and floor, cold and warm): 11 keep a median steady on a noisy shared machine. */
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
/** Lighthouse runs per page; the run with the median performance score is reported (Lighthouse's own advice). */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const KB = 1024;

interface Row {
  metric: string;
  value: number;
  unit: string;
  budget: string;
  pass: boolean;
}
const rows: Row[] = [];
function record(metric: string, value: number, unit: string, budget: string, pass: boolean) {
  rows.push({ metric, value, unit, budget, pass });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * A static host like GitHub Pages: files under the base path, gzip, 404.html for unknown
 * paths — answered with 200 here, because Lighthouse refuses to audit an error status.
 */
function startStaticHost(root: string, port: number, host: { floor: boolean }): Promise<Server> {
  // Compressed once per file, as a host serves its files: no compression work during a measurement.
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (!url.pathname.startsWith(BASE)) {
      res.writeHead(404).end();
      return;
    }
    if (host.floor && url.pathname === `${BASE}account`) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(floorPage());
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname.slice(BASE.length))));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const status = 200;
    if (!existsSync(file)) {
      file = existsSync(join(root, '404.html')) ? join(root, '404.html') : join(root, 'index.html');
    }
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress = /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg/.test(type);
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (compress && !gzipped.has(file)) gzipped.set(file, gzipSync(body));
    res.end(compress ? gzipped.get(file) : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/**
 * The least any app could do after the callback: exchange the code, ask for /me and the
 * top tracks at once, and put the rows on screen. Reads the pending sign-in the app wrote.
 */
function floorPage(): string {
  const script = `(async () => {
    const pending = JSON.parse(sessionStorage.getItem('heavy-rotation:pending-sign-in'));
    const code = new URLSearchParams(location.search).get('code');
    const token = await (await fetch(${JSON.stringify(EMULATOR_URLS.accounts)} + '/api/token', {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: location.origin + location.pathname, client_id: pending.clientId, code_verifier: pending.verifier }),
    })).json();
    const headers = { Authorization: 'Bearer ' + token.access_token };
    const api = ${JSON.stringify(EMULATOR_URLS.api)};
    const [, top] = await Promise.all([
      fetch(api + '/me', { headers }).then((r) => r.json()),
      fetch(api + '/me/top/tracks?time_range=short_term&limit=50&offset=0', { headers }).then((r) => r.json()),
    ]);
    const list = document.createElement('ol');
    for (const track of top.items) {
      const row = document.createElement('li');
      row.className = 'track-row';
      row.textContent = track.name;
      list.append(row);
    }
    document.body.append(list);
  })();`;
  return `<!doctype html><html lang="en"><title>Floor</title><body><script>${script}</script></body></html>`;
}

/** The run with the median time (phases and counts are that run's own). */
function median(paths: SignInPath[]): SignInPath {
  return [...paths].sort((a, b) => a.ms - b.ms)[Math.floor(paths.length / 2)]!;
}

function medianOf(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function jsSize(file: string) {
  const body = readFileSync(join(OUT_DIR, file));
  return { gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body).length };
}

async function signInThroughConsent(page: Page) {
  await page.getByRole('button', { name: /Sign in/ }).click();
  const agree = page.getByRole('button', { name: 'Agree' });
  if (await agree.isVisible().catch(() => false)) await agree.click();
  else await agree.click({ timeout: 5000 }).catch(() => undefined);
  await page.locator('.track-row').first().waitFor();
}

const EMULATOR_URLS = {
  accounts: 'http://127.0.0.1:4901',
  api: 'http://127.0.0.1:4902/v1',
  images: 'http://127.0.0.1:4903',
};

async function main() {
  const urls = EMULATOR_URLS;
  const control = createEmulatorControl(`${urls.accounts}/__control`);
  Object.assign(process.env, {
    VITE_SPOTIFY_CLIENT_ID: EMULATOR_CLIENT_ID,
    VITE_SPOTIFY_ACCOUNTS_URL: urls.accounts,
    VITE_SPOTIFY_API_URL: urls.api,
    VITE_SPOTIFY_IMAGE_ORIGINS: urls.images,
  });
  // BENCH_SKIP_BUILD=1 measures the last build as it is (to try a change to the built files).
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log('Building…');
    await build({ base: BASE, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const hostMode = { floor: false };
  const host = await startStaticHost(OUT_DIR, APP_PORT, hostMode);
  const appUrl = `http://127.0.0.1:${APP_PORT}${BASE}`;
  const handle: EmulatorHandle = {
    configure: control.configureEmulator,
    log: () => control.emulatorLog(),
    clearLog: control.clearLog,
  };
  const results: Record<string, unknown> = {};

  try {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      // Bytes: what a first visit to the start page loads.
      const start = await browser.newPage({ baseURL: appUrl });
      const initial = (await signedOutScripts(start)).map(jsSize);
      await start.close();
      const initialGzip = initial.reduce((s, f) => s + f.gzip, 0);
      const initialBrotli = initial.reduce((s, f) => s + f.brotli, 0);
      record(
        'Initial JS, signed-out page (gzip)',
        Math.round(initialGzip / KB),
        'KB',
        '≤ 100',
        initialGzip <= 100 * KB,
      );
      record('Initial JS, signed-out page (brotli)', Math.round(initialBrotli / KB), 'KB', '', true);

      // Every page: which JavaScript files does a full visit load?
      await control.resetEmulator();
      const visit = await browser.newPage({ baseURL: appUrl });
      const loaded = new Set<string>();
      visit.on('response', (r) => {
        const path = new URL(r.url()).pathname;
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
      const all = [...loaded].map(jsSize).reduce((s, f) => s + f.gzip, 0);
      record('All JS after visiting every page (gzip)', Math.round(all / KB), 'KB', '≤ 140', all <= 140 * KB);

      // Ranges: a visited range costs no request and paints in the next frame.
      await visit.goto('./tracks?range=short_term');
      await visit.locator('.track-row').first().waitFor();
      await visit.getByRole('link', { name: '1 year' }).click();
      await visit.getByText('From the last year').waitFor();
      await control.clearLog();
      // Which animation frame after the click first shows the new range (1 is the next frame), and
      // how long after the click that frame starts: five switches between the two visited ranges.
      const switches: { frame: number; ms: number }[] = [];
      for (const to of ['4 weeks', '1 year', '4 weeks', '1 year', '4 weeks']) {
        switches.push(
          await visit.evaluate(
            (label) =>
              new Promise<{ frame: number; ms: number }>((resolve) => {
                // tsx names functions through a helper the page lacks.
                (globalThis as unknown as { __name?: unknown }).__name ??= (f: unknown) => f;
                const link = [...document.querySelectorAll<HTMLAnchorElement>('.range-tab')].find((a) =>
                  a.textContent?.includes(label),
                )!;
                let start = 0;
                let frames = 0;
                let shown = false;
                const observer = new MutationObserver(() => {
                  if (link.getAttribute('aria-current') === 'page') shown = true;
                });
                observer.observe(document.body, { subtree: true, attributes: true, childList: true });
                const frame = () => {
                  frames += 1;
                  if (!shown) return void requestAnimationFrame(frame);
                  observer.disconnect();
                  resolve({ frame: frames, ms: performance.now() - start });
                };
                // Input reaches a page at the start of a frame: click there, then count the frames after.
                requestAnimationFrame(() => {
                  start = performance.now();
                  link.click();
                  requestAnimationFrame(frame);
                });
              }),
            to,
          ),
        );
        // The rows below the fold follow the first paint: let them land before the next switch.
        await visit.waitForFunction(() => document.querySelectorAll('.track-row').length > 10);
      }
      const switchFrame = Math.max(...switches.map((s) => s.frame));
      const switchMs = medianOf(switches.map((s) => s.ms));
      const switchRequests = (await control.emulatorLog({ service: 'api' })).length;
      record('Switch to a visited range: requests', switchRequests, '', '= 0', switchRequests === 0);
      record('Switch to a visited range: frame it paints in (latest of 5)', switchFrame, '', '= 1', switchFrame === 1);
      record('Switch to a visited range: time to paint (median of 5)', Math.round(switchMs), 'ms', '(info)', true);

      // A long list: every item of the longest range shown, then scrolled from top to bottom.
      await visit.goto('./tracks?range=long_term');
      const more = visit.getByRole('button', { name: 'Show more' });
      await visit.locator('.track-row').first().waitFor();
      while (await more.isVisible()) {
        const before = await visit.locator('.track-row').count();
        await more.click();
        await visit.waitForFunction((n) => document.querySelectorAll('.track-row').length > n, before);
      }
      const scroll = await visit.evaluate(async () => {
        // tsx names functions through a helper the page lacks.
        (globalThis as unknown as { __name?: unknown }).__name ??= (f: unknown) => f;
        let shift = 0;
        const shifts = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) shift += entry.value;
        });
        shifts.observe({ type: 'layout-shift' });
        const frames: number[] = [];
        let last = performance.now();
        await new Promise<void>((resolve) => {
          const step = (now: number) => {
            frames.push(now - last);
            last = now;
            if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) return resolve();
            window.scrollBy(0, 240);
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        });
        // Let lazy artwork that came into view arrive and lay out.
        await new Promise((resolve) => setTimeout(resolve, 500));
        shifts.disconnect();
        return {
          rows: document.querySelectorAll('.track-row').length,
          frames: frames.length,
          longFrames: frames.filter((ms) => ms > 50).length,
          longestFrame: Math.max(...frames.slice(1)),
          shift,
        };
      });
      results.longList = scroll;
      record(
        `Long list (${scroll.rows} rows) scrolled: frames over 50 ms`,
        scroll.longFrames,
        '',
        '= 0',
        scroll.longFrames === 0,
      );
      record('Long list scrolled: longest frame', Math.round(scroll.longestFrame), 'ms', '(info)', true);
      record('Long list scrolled: layout shift', Math.round(scroll.shift * 1000) / 1000, '', '= 0', scroll.shift === 0);
      await visit.close();

      // Sign-in critical path, cold then warm, with the emulator adding 200 ms to every response.
      // Each run signs in with the app's own callback page and then with the floor's: a bare page
      // (no framework, no app code) at the callback address, in this same harness; what the app
      // adds is the distance from it. Alternating the two keeps a slow stretch of this shared
      // machine from landing on one of them only.
      const signIn = async (floor: boolean) => {
        hostMode.floor = floor;
        await control.resetEmulator();
        const context = await browser.newContext({ baseURL: appUrl });
        try {
          const page = await context.newPage();
          await watchFirstRow(page);
          const cold = await measureSignIn(page, handle, LATENCY_MS);
          // The floor's page has no Sign out: it starts again from the start page.
          const warm = await measureReturningSignIn(page, handle, LATENCY_MS, { signOut: !floor });
          return { cold, warm };
        } finally {
          await context.close();
          hostMode.floor = false;
        }
      };
      // Timings are noisy: each is the median of RUNS sign-ins, each in a fresh browser context
      // (an empty cache, so the first sign-in is cold); counts must hold in every run.
      const colds: SignInPath[] = [];
      const warms: SignInPath[] = [];
      const floorColds: SignInPath[] = [];
      const floorWarms: SignInPath[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const app = await signIn(false);
        colds.push(app.cold);
        warms.push(app.warm);
        const floor = await signIn(true);
        floorColds.push(floor.cold);
        floorWarms.push(floor.warm);
      }
      const cold = median(colds);
      const warm = median(warms);
      results.cold = { median: cold, runs: colds };
      results.warm = { median: warm, runs: warms };
      record(`Sign-in to first row, cold (× latency, median of ${RUNS})`, cold.ratio, '×', '≤ 3.5', cold.ratio <= 3.5);
      record(`Sign-in to first row, warm (× latency, median of ${RUNS})`, warm.ratio, '×', '≤ 2.5', warm.ratio <= 2.5);
      const roundTrips = (paths: SignInPath[]) => [...new Set(paths.map((p) => p.sequentialRoundTrips))].join(', ');
      record(
        'Sequential round trips, cold',
        cold.sequentialRoundTrips,
        roundTrips(colds),
        '= 3',
        roundTrips(colds) === '3',
      );
      record(
        'Sequential round trips, warm',
        warm.sequentialRoundTrips,
        roundTrips(warms),
        '= 2',
        roundTrips(warms) === '2',
      );
      const counts = [
        ...new Set([...colds, ...warms].map((p) => [p.tokenRequests, p.meRequests, p.topTracksRequests].join(' / '))),
      ].join(', ');
      record('Token / me / top-tracks requests', 0, counts, '1 / 1 / 1', counts === '1 / 1 / 1');
      const floorCold = median(floorColds);
      const floorWarm = median(floorWarms);
      results.floor = { cold: { median: floorCold, runs: floorColds }, warm: { median: floorWarm, runs: floorWarms } };
      record('  floor: a bare callback page, cold (× latency)', floorCold.ratio, '×', '(info)', true);
      record('  floor: a bare callback page, warm (× latency)', floorWarm.ratio, '×', '(info)', true);
      // Each phase's own median across the runs: where the time beyond the round trips goes.
      const phases = (paths: SignInPath[]) =>
        (['bootMs', 'afterTokenMs', 'renderMs'] as const)
          .map((phase) => medianOf(paths.map((p) => p.phases[phase])))
          .join(' / ');
      record('  cold: boot / after token / render (ms)', 0, phases(colds), '(info)', true);
      record('  warm: boot / after token / render (ms)', 0, phases(warms), '(info)', true);
      record('  floor, cold: boot / after token / render (ms)', 0, phases(floorColds), '(info)', true);
      record('  floor, warm: boot / after token / render (ms)', 0, phases(floorWarms), '(info)', true);
      // The times above end where the frame that paints the first row begins; its style, layout
      // and paint follow. Shown apart, for the app and the floor, cold.
      const frame = (paths: SignInPath[]) => medianOf(paths.map((p) => p.frameMs));
      record('  cold: that frame, app / floor (ms)', 0, `${frame(colds)} / ${frame(floorColds)}`, '(info)', true);
    } finally {
      await browser.close();
    }

    // Lighthouse, default mobile settings, in the same Chromium.
    if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
      results.lighthouse = await runLighthouse(appUrl, handle);
    }
  } finally {
    host.close();
  }

  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), rows, results }, null, 2));
  const width = Math.max(...rows.map((r) => r.metric.length));
  console.log(`\n${'Metric'.padEnd(width)}  Value        Budget     Result`);
  for (const r of rows) {
    const value =
      r.unit === '×' || r.unit === 'KB' || r.unit === 'ms' || r.unit === '' ? `${r.value} ${r.unit}` : r.unit;
    console.log(`${r.metric.padEnd(width)}  ${value.padEnd(12)} ${r.budget.padEnd(10)} ${r.pass ? 'pass' : 'FAIL'}`);
  }
  console.log('\nWrote bench-results/bench.json');
  if (rows.some((r) => !r.pass)) process.exitCode = 1;
}

/** `src/emulator/serve.ts` on the bench's ports; resolves once its control API answers. */
async function startEmulatorProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/serve.ts'], {
    env: {
      ...process.env,
      EMULATOR_ACCOUNTS_PORT: new URL(EMULATOR_URLS.accounts).port,
      EMULATOR_API_PORT: new URL(EMULATOR_URLS.api).port,
      EMULATOR_IMAGES_PORT: new URL(EMULATOR_URLS.images).port,
      EMULATOR_CLIENT_ID,
      EMULATOR_REDIRECT_URIS: `http://127.0.0.1${BASE}account`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`The emulator exited (${code}) before it was ready`))),
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await Promise.race([
      fetch(`${EMULATOR_URLS.accounts}/__control/config`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    if (ready) return child;
    if (Date.now() > deadline) throw new Error('The emulator did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runLighthouse(appUrl: string, emulator: EmulatorHandle) {
  const { default: lighthouse } = await import('lighthouse');
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--headless=new'],
  });
  const out: Record<string, Record<string, number>> = {};
  try {
    const page = await browser.newPage();
    const scores = async (name: string, url: string, keepStorage: boolean) => {
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
      const result = runs[Math.floor(runs.length / 2)]!;
      const performances = runs.map((r) => Math.round((r.lhr.categories.performance?.score ?? 0) * 100));
      const { categories, audits } = result.lhr;
      mkdirSync('bench-results', { recursive: true });
      writeFileSync(`bench-results/lighthouse-${name.replace(/\W+/g, '-')}.json`, JSON.stringify(result.lhr));
      if (result.lhr.runtimeError)
        console.log(`  ${name}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      const s = {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
        seo: Math.round((categories.seo?.score ?? 0) * 100),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
      };
      out[name] = s;
      record(
        `Lighthouse ${name}: performance (median of ${runs.length})`,
        s.performance,
        `${s.performance} (${performances.join('/')})`,
        '≥ 98',
        s.performance >= 98,
      );
      record(`Lighthouse ${name}: accessibility`, s.accessibility, '', '= 100', s.accessibility === 100);
      record(`Lighthouse ${name}: best practices`, s.bestPractices, '', '= 100', s.bestPractices === 100);
      record(`Lighthouse ${name}: SEO`, s.seo, '', '= 100', s.seo === 100);
      record(
        `Lighthouse ${name}: LCP`,
        s.lcpMs,
        'ms',
        name === 'signed-out' ? '≤ 1000' : '(info)',
        name !== 'signed-out' || s.lcpMs <= 1000,
      );
      record(`Lighthouse ${name}: CLS`, Math.round(s.cls * 1000) / 1000, '', '= 0', s.cls === 0);
      const failing = Object.values(result.lhr.audits).filter(
        (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
      );
      if (failing.length) console.log(`  ${name}: failing audits: ${failing.map((a) => a.id).join(', ')}`);
    };
    await scores('signed-out', appUrl, false);
    // Sign in inside the same tab (the session lives in this tab's sessionStorage), then audit the list.
    await emulator.configure({ latencyMs: 0 });
    await page.goto(appUrl);
    await page.locator('button.sign-in').click();
    await page.waitForSelector('button[value="agree"], button', { timeout: 10_000 });
    const agree = await page.$$('button');
    for (const button of agree) {
      if ((await button.evaluate((b) => b.textContent?.trim())) === 'Agree') {
        await Promise.all([page.waitForNavigation(), button.click()]);
        break;
      }
    }
    await page.waitForSelector('.track-row', { timeout: 20_000 });
    // A reload of the top tracks, as a signed-in user does: the host's 404.html boots the app.
    await scores('signed-in top tracks', `${appUrl}tracks`, true);
  } finally {
    await browser.close();
  }
  return out;
}

// The emulator runs in a process of its own, as in the e2e suite: its 200 ms answers must
// not wait behind this process's work (the browser driver, the static host).
const emulatorProcess = await startEmulatorProcess();
try {
  await main();
} finally {
  emulatorProcess.kill('SIGTERM');
}
