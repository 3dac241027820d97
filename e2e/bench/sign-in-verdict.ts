// How the bench judges a sign-in: by the app's distance from the floor measured beside it,
// not by an absolute ratio that this shared machine's slow stretches move by ±0.1. When the
// floor itself shows that the machine was busy, the distance says nothing about the app: no verdict.
import { medianOf } from './median.ts';

/** The app may take at most this many latencies more than the floor's median. */
export const DISTANCE_BUDGET = 0.2;
/** The floor may move at most this much (of its median) between its first and second half of runs. */
export const FLOOR_DRIFT_LIMIT = 0.1;
/**
 * The floor may spend at most this many latencies beyond its own round trips. That time is
 * what the browser and the harness cost with no app in them: 0.2–0.35 on a quiet 2-core
 * machine, 0.41 on the slow stretch that made the absolute budget fail. More says the
 * browser waited for a CPU, and the app's own work, which the distance measures, stretched
 * further than the floor's (0.45 for the floor took the app's warm distance from 0.10 to 0.24).
 */
export const FLOOR_OVERHEAD_LIMIT = 0.4;

/** What the judge reads of one sign-in. */
export interface TimedSignIn {
  ms: number;
  sequentialRoundTrips: number;
}

export interface FloorSteadiness {
  /** Medians of the first and second half of the floor's runs, in run order (the middle run of an odd count in neither). */
  firstHalfMs: number;
  secondHalfMs: number;
  /** How far the halves are apart, as a fraction of the floor's median. */
  drift: number;
  /** The floor's median time beyond its own round trips, in latencies. */
  overhead: number;
}

export interface SignInVerdict {
  appMedianMs: number;
  floorMedianMs: number;
  /** The app's median minus the floor's, in latencies, to two decimals. */
  distance: number;
  floor: FloorSteadiness;
  verdict: 'pass' | 'fail' | 'too busy';
  /** Why the verdict is `too busy`. */
  note?: string;
}

/** How steady the floor's runs (in the order they ran) were. */
export function floorSteadiness(floor: readonly TimedSignIn[], latencyMs: number): FloorSteadiness {
  if (floor.length < 2) throw new Error('The floor needs two runs at least to tell whether it held still');
  const ms = floor.map((run) => run.ms);
  const half = Math.floor(ms.length / 2);
  const firstHalfMs = medianOf(ms.slice(0, half));
  const secondHalfMs = medianOf(ms.slice(ms.length - half));
  const overheadMs = medianOf(floor.map((run) => run.ms - run.sequentialRoundTrips * latencyMs));
  return {
    firstHalfMs,
    secondHalfMs,
    drift: Math.abs(secondHalfMs - firstHalfMs) / medianOf(ms),
    overhead: Math.round((overheadMs / latencyMs) * 100) / 100,
  };
}

const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10} %`;

/** Judges the app's sign-ins against the floor's, both in the order they ran. */
export function judgeSignIn(
  app: readonly TimedSignIn[],
  floor: readonly TimedSignIn[],
  latencyMs: number,
): SignInVerdict {
  const appMedianMs = medianOf(app.map((run) => run.ms));
  const floorMedianMs = medianOf(floor.map((run) => run.ms));
  const distance = Math.round(((appMedianMs - floorMedianMs) / latencyMs) * 100) / 100;
  const steadiness = floorSteadiness(floor, latencyMs);
  const judged = { appMedianMs, floorMedianMs, distance, floor: steadiness };
  const busy: string[] = [];
  if (steadiness.drift > FLOOR_DRIFT_LIMIT) {
    const moved = `${Math.round(steadiness.firstHalfMs)} → ${Math.round(steadiness.secondHalfMs)} ms`;
    busy.push(
      `the floor moved ${percent(steadiness.drift)} between the halves of its runs (${moved}; limit ${percent(FLOOR_DRIFT_LIMIT)})`,
    );
  }
  if (steadiness.overhead > FLOOR_OVERHEAD_LIMIT) {
    busy.push(`the floor took ${steadiness.overhead} × latency beyond its round trips (limit ${FLOOR_OVERHEAD_LIMIT})`);
  }
  if (busy.length) return { ...judged, verdict: 'too busy', note: busy.join('; ') };
  return { ...judged, verdict: distance <= DISTANCE_BUDGET ? 'pass' : 'fail' };
}
