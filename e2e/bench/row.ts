// One line of the bench's table and JSON.

/**
 * `info` rows carry no budget; `too busy` says the machine moved too much during the run to
 * judge this row's budget, which is neither a pass nor a failure.
 */
export type Verdict = 'pass' | 'fail' | 'info' | 'too busy';

export interface Row {
  metric: string;
  /** A number, or a text such as `3 / 3` or `1 / 1 / 1` when the row shows several. */
  value: number | string;
  unit: string;
  budget: string;
  verdict: Verdict;
  /** Why a row is `too busy`, in a line. */
  note?: string;
}

/** A row with a budget: `pass` says whether it holds. */
export function budgetRow(metric: string, value: number | string, unit: string, budget: string, pass: boolean): Row {
  return { metric, value, unit, budget, verdict: pass ? 'pass' : 'fail' };
}

/** A row shown for information: no budget. */
export function infoRow(metric: string, value: number | string, unit = ''): Row {
  return { metric, value, unit, budget: '(info)', verdict: 'info' };
}
