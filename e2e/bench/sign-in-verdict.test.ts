// The bench's judge of the sign-in, without a browser (run by `npm run test:unit`).
import assert from 'node:assert/strict';
import { test } from 'vitest';
import { floorSteadiness, judgeSignIn, type TimedSignIn } from './sign-in-verdict.ts';

const LATENCY = 200;
/** Cold sign-ins: three round trips each. */
const cold = (...ms: number[]): TimedSignIn[] => ms.map((value) => ({ ms: value, sequentialRoundTrips: 3 }));

test('the app passes at most 0.2 latencies above a steady floor', () => {
  const floor = cold(660, 664, 658, 662, 661, 659, 663);
  const verdict = judgeSignIn(cold(700, 698, 702, 699, 701, 700, 703), floor, LATENCY);
  assert.equal(verdict.floorMedianMs, 661);
  assert.equal(verdict.appMedianMs, 700);
  assert.equal(verdict.distance, 0.2);
  assert.equal(verdict.floor.overhead, 0.31);
  assert.equal(verdict.verdict, 'pass');
  assert.equal(verdict.note, undefined);
});

test('the app fails further than 0.2 latencies above a steady floor', () => {
  const verdict = judgeSignIn(cold(712, 710, 711), cold(660, 661, 662), LATENCY);
  assert.equal(verdict.distance, 0.25);
  assert.equal(verdict.verdict, 'fail');
});

test('a slow stretch that moves the app and the floor alike still passes', () => {
  // The floor at 3.4 × instead of a quiet day's 3.3 ×, moving by 2 % between its halves.
  const verdict = judgeSignIn(cold(700, 705, 710, 715, 720), cold(670, 675, 680, 685, 690), LATENCY);
  assert.equal(verdict.distance, 0.15);
  assert.equal(verdict.floor.overhead, 0.4);
  assert.equal(verdict.verdict, 'pass');
});

test('a floor that moved more than 10 % between its halves leaves the sign-in unjudged', () => {
  const floor = cold(660, 655, 665, 700, 760, 770, 765);
  const steadiness = floorSteadiness(floor, LATENCY);
  assert.equal(steadiness.firstHalfMs, 660);
  assert.equal(steadiness.secondHalfMs, 765);
  // 105 ms of a 700 ms median.
  assert.equal(steadiness.drift, 0.15);
  // Far above the floor, but the floor did not hold still: no failure, a reason instead.
  const verdict = judgeSignIn(cold(900, 910, 905, 920, 915, 930, 925), floor, LATENCY);
  assert.equal(verdict.verdict, 'too busy');
  assert.match(verdict.note ?? '', /moved 15 % .*660 → 765 ms/);
});

test('a floor slowed far beyond its round trips leaves the sign-in unjudged', () => {
  // Steady, but 0.45 latencies beyond its three round trips: the browser waited for a CPU.
  const verdict = judgeSignIn(cold(900, 905, 910), cold(688, 690, 692), LATENCY);
  assert.equal(verdict.floor.overhead, 0.45);
  assert.equal(verdict.verdict, 'too busy');
  assert.match(verdict.note ?? '', /0\.45 × latency beyond its round trips \(limit 0\.4\)/);
});

test('the overhead counts the round trips each floor run made', () => {
  const warm = [
    { ms: 440, sequentialRoundTrips: 2 },
    { ms: 445, sequentialRoundTrips: 2 },
  ];
  assert.equal(floorSteadiness(warm, LATENCY).overhead, 0.23);
});

test('an odd count leaves the middle run out of both halves', () => {
  const steadiness = floorSteadiness(cold(600, 1000, 600), LATENCY);
  assert.equal(steadiness.firstHalfMs, 600);
  assert.equal(steadiness.secondHalfMs, 600);
  assert.equal(steadiness.drift, 0);
});

test('one floor run cannot tell whether the floor held still', () => {
  assert.throws(() => floorSteadiness(cold(660), LATENCY), /two runs/);
});
