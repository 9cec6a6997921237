/** Retry delay: 30 s doubling per attempt, capped at an hour, with ±20 % jitter so many installs don't retry in lockstep. */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 60 * 60_000;
const JITTER = 0.2;

export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  const factor = 1 - JITTER + random() * 2 * JITTER;
  return Math.round(exponential * factor);
}

/** Statuses that mean "try again later" rather than "this request is wrong". */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}
