/** The middle value (the upper one of an even count). */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values');
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** The item with the median `key`: its other fields are that run's own. */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  if (items.length === 0) throw new Error('The median of no runs');
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;
}
