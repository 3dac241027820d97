// The bench's table on the terminal, and the lines under it that say what the verdicts mean.
import type { Row, Verdict } from './row.ts';

const RESULT: Record<Verdict, string> = { pass: 'pass', fail: 'FAIL', info: '', 'too busy': 'TOO BUSY' };

function shown(row: Row): string {
  return row.unit ? `${row.value} ${row.unit}` : String(row.value);
}

export function printTable(rows: readonly Row[], skipped: readonly string[]): void {
  const metricWidth = Math.max('Metric'.length, ...rows.map((row) => row.metric.length));
  const valueWidth = Math.max('Value'.length, ...rows.map((row) => shown(row).length));
  const budgetWidth = Math.max('Budget'.length, ...rows.map((row) => row.budget.length));
  const line = (metric: string, value: string, budget: string, result: string) =>
    `${metric.padEnd(metricWidth)}  ${value.padEnd(valueWidth)}  ${budget.padEnd(budgetWidth)}  ${result}`.trimEnd();
  console.log(`\n${line('Metric', 'Value', 'Budget', 'Result')}`);
  for (const row of rows) console.log(line(row.metric, shown(row), row.budget, RESULT[row.verdict]));
  for (const reason of skipped) console.log(`Skipped: ${reason}`);

  const busy = rows.filter((row) => row.verdict === 'too busy');
  if (busy.length) {
    console.log(
      '\nThe machine was too busy to judge these rows; they neither pass nor fail. Run again when it is quieter.',
    );
    for (const row of busy) console.log(`  ${row.metric}: ${row.note ?? ''}`);
  }
}
