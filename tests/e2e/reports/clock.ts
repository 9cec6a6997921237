import type { Worker } from 'playwright-core';

export const DAY_MS = 86_400_000;

/**
 * Moves the service worker's clock by `offsetMs` (negative = the past), so sends recorded now
 * land on other days. The background stamps every record with its own Date.now(), which is
 * what the workflow detector's "runs on N days" reads. Offsets do not add up: each call sets the
 * offset from the real clock.
 */
export async function setWorkerClockOffset(worker: Worker, offsetMs: number): Promise<void> {
  await worker.evaluate((offset) => {
    const scope = globalThis as unknown as { __e2eRealNow?: () => number };
    scope.__e2eRealNow ??= Date.now.bind(Date);
    const real = scope.__e2eRealNow;
    Date.now = () => real() + offset;
  }, offsetMs);
}
