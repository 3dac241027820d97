// Every measurement of `npm run bench`, in the order they run and appear in the table. The
// import (#13) runs after the sign-in, in browsers of its own.
// The sign-in comes after the pages have been visited once, as it always has; Lighthouse
// last, in a browser of its own.
import type { Measurement } from './measurement.ts';
import { bundleBytes } from './measure-bundle-bytes.ts';
import { importHistory } from './measure-import.ts';
import { lighthouseAudits } from './measure-lighthouse.ts';
import { longList } from './measure-long-list.ts';
import { rangeSwitch } from './measure-range-switch.ts';
import { signIn } from './measure-sign-in.ts';

export const MEASUREMENTS: readonly Measurement[] = [
  bundleBytes,
  rangeSwitch,
  longList,
  signIn,
  importHistory,
  lighthouseAudits,
];
