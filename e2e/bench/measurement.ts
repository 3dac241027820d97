// What every measurement of `npm run bench` is: a name, and a function from the running
// bench (the app on its static host, the emulator) to rows of the table and details for the JSON.
// A new measurement is a `measure-*.ts` module listed in measurements.ts.
import type { EmulatorHandle } from '../support/critical-path.ts';
import type { EmulatorControl } from '../support/emulator.ts';
import type { Row } from './row.ts';

/** A page the static host answers at one path instead of the built files, while set. */
export type HostOverride = (pathname: string) => { type: string; body: string } | undefined;

export interface Bench {
  /** The built app on its static host: origin and base, ending in `/`. */
  appUrl: string;
  /** The built files (for their sizes). */
  outDir: string;
  emulator: EmulatorControl;
  /** The emulator as the critical-path helpers take it. */
  emulatorHandle: EmulatorHandle;
  /** Replaces the host's answer at some paths (e.g. the floor's callback page) until set back to `undefined`. */
  overrideHost(override: HostOverride | undefined): void;
}

export interface MeasurementResult {
  rows: Row[];
  /** Whatever a later reader of bench-results/bench.json needs: every run, not only medians. */
  details?: unknown;
}

export interface Measurement {
  /** Its key in bench.json's `results`. */
  name: string;
  /** Why it does not run this time (an environment switch), or `undefined` when it does. */
  skipped?: () => string | undefined;
  run(bench: Bench): Promise<MeasurementResult>;
}
