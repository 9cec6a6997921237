import type { Count } from './report-schema';

/**
 * Counts in a report that could single out a rare event (one secret pasted, one unusual tool
 * visited) are coarsened to "<k". Zero stays zero: "nothing happened" identifies nobody.
 */
export function kCount(value: number, k: number): Count {
  return value > 0 && value < k ? `<${k}` : value;
}

export function kCountMap(counts: ReadonlyMap<string, number>, k: number): Record<string, Count> {
  const out: Record<string, Count> = {};
  for (const [key, value] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (value > 0) out[key] = kCount(value, k);
  }
  return out;
}

/**
 * How the dashboard reads a count: "<k" means somewhere between 1 and k-1, so it adds 1 to a
 * lower bound and marks the total as not exact. Used everywhere so totals read "at least N".
 */
export interface CountValue {
  min: number;
  exact: boolean;
}

export function readCount(count: Count | undefined): CountValue {
  if (count === undefined) return { min: 0, exact: true };
  if (typeof count === 'number') return { min: count, exact: true };
  return { min: 1, exact: false };
}
