import type { Worker } from 'playwright-core';
import { dumpExtensionIndexedDb } from '../harness/db';
import type { GuardEventRow, UploadRow } from '../../../utils/records/rows';

/** The extension's record tables, read from the whole-database dump (what canary checks search too). */
export async function records(worker: Worker): Promise<{ dump: string; guardEvents: GuardEventRow[]; uploads: UploadRow[] }> {
  const dump = await dumpExtensionIndexedDb(worker);
  const db = (JSON.parse(dump) as Record<string, Record<string, unknown[]>>)['shadow-ai-records'] ?? {};
  return { dump, guardEvents: (db.guardEvents ?? []) as GuardEventRow[], uploads: (db.uploads ?? []) as UploadRow[] };
}

/** Polls the records until `accept` holds (the background writes asynchronously). */
export async function waitForRecords<T>(worker: Worker, pick: (r: Awaited<ReturnType<typeof records>>) => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await records(worker);
    const found = pick(current);
    if (found !== undefined) return found;
    if (Date.now() > deadline) {
      // What did arrive, so a failure says whether the record was missing or different.
      const seen = current.guardEvents.map(({ site, trigger, outcome }) => `${site}/${trigger}/${outcome}`).join(', ');
      throw new Error(`waitForRecords: the expected record never arrived; guard events: ${seen || 'none'}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
