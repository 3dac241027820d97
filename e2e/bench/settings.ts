// What a bench run measures against, in one place. The bench's ports derive from one base
// outside the e2e suites' (E2E_PORT_BASE 4100–4700 → 4101–4775), so a bench and a Playwright
// run can share a machine: BENCH_PORT_BASE=5000 npm run bench moves them all.
const portBase = Number(process.env.BENCH_PORT_BASE ?? 4900);

export const BASE = '/heavy-rotation/';
export const OUT_DIR = 'dist-bench';
export const RESULTS_DIR = 'bench-results';
export const APP_PORT = portBase + 73;
export const EMULATOR_URLS = {
  accounts: `http://127.0.0.1:${portBase + 1}`,
  api: `http://127.0.0.1:${portBase + 2}/v1`,
  images: `http://127.0.0.1:${portBase + 3}`,
};
/** Added by the emulator to every answer on the sign-in path. */
export const LATENCY_MS = 200;
/** Sign-ins per kind (app and floor, cold and warm): 11 keep a median steady on a noisy shared machine. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 11);
/** Lighthouse runs per page; the run with the median performance score is reported (Lighthouse's own advice). */
export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** BENCH_SKIP_BUILD=1 measures the last build as it is (to try a change to the built files). */
export const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
/** BENCH_ONLY=importHistory,bundleBytes runs just those measurements (by their names in bench.json). */
export const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : undefined;
export const SKIP_LIGHTHOUSE = process.env.BENCH_SKIP_LIGHTHOUSE === '1';

if (!Number.isInteger(RUNS) || RUNS < 2) {
  throw new Error(`BENCH_RUNS=${process.env.BENCH_RUNS}: two runs at least, so the floor's halves can be compared`);
}
