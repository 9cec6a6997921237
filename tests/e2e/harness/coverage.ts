import type { Worker } from 'playwright-core';
import { readStore } from './db';

/** The background's coverage row for one host (database 'shadow-ai-records', table 'coverage'). */
export interface CoverageRecord {
  host: string;
  site: string;
  status: string;
  reason?: string;
  updatedAt: number;
}

export const RECORDS_DB = 'shadow-ai-records';

export async function readCoverage(worker: Worker): Promise<CoverageRecord[]> {
  return readStore<CoverageRecord>(worker, RECORDS_DB, 'coverage');
}

/**
 * Polls the extension's coverage table until `host`'s row satisfies `accept`; throws with the
 * last rows seen otherwise (so a failure says what the extension did report).
 */
export async function waitForCoverage(
  worker: Worker,
  host: string,
  accept: (row: CoverageRecord) => boolean,
  timeoutMs = 15_000,
): Promise<CoverageRecord> {
  const deadline = Date.now() + timeoutMs;
  let rows: CoverageRecord[] = [];
  for (;;) {
    rows = await readCoverage(worker);
    const row = rows.find((r) => r.host === host);
    if (row && accept(row)) return row;
    if (Date.now() > deadline) {
      throw new Error(`coverage for ${host} never matched within ${timeoutMs} ms; rows: ${JSON.stringify(rows)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
