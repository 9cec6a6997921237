import type { CountValue } from '../../utils/governance/k-anonymity';

/** "12" when exact, "≥ 12" when some part was reported as "<k" (a lower bound). */
export function formatCount(count: CountValue): string {
  return count.exact ? count.min.toLocaleString('en') : `≥ ${count.min.toLocaleString('en')}`;
}

export function formatDate(ts: number | undefined): string {
  return ts === undefined ? '—' : new Date(ts).toISOString().slice(0, 10);
}

export function shortSignature(signature: string): string {
  return signature.slice(0, 12);
}
