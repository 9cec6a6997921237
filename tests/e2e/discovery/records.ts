import type { Worker } from 'playwright-core';
import { RECORDS_DB } from '../harness/coverage';
import { readStore } from '../harness/db';
import type { InExtension } from './extension-api';

/** A row of the extension's per-day AI-tool table (database 'shadow-ai-records', table 'toolDays'). */
export interface ToolDayRecord {
  day: string;
  toolId: string;
  host: string;
  visits: number;
  notInspectable: number;
}

export function readToolDays(worker: Worker): Promise<ToolDayRecord[]> {
  return readStore<ToolDayRecord>(worker, RECORDS_DB, 'toolDays');
}

/** Visits and not-inspectable visits per tool, summed over days (a run may cross midnight). */
export function perTool(rows: readonly ToolDayRecord[]): Record<string, { visits: number; notInspectable: number; hosts: string[] }> {
  const out: Record<string, { visits: number; notInspectable: number; hosts: string[] }> = {};
  for (const row of rows) {
    const tool = (out[row.toolId] ??= { visits: 0, notInspectable: 0, hosts: [] });
    tool.visits += row.visits;
    tool.notInspectable += row.notInspectable;
    if (!tool.hosts.includes(row.host)) tool.hosts.push(row.host);
  }
  return out;
}

/**
 * Polls until `accept` holds for the tool rows; throws with the last rows seen otherwise, so a
 * failure shows what the extension did record.
 */
export async function waitForToolDays(
  worker: Worker,
  accept: (rows: ToolDayRecord[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<ToolDayRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await readToolDays(worker);
    if (accept(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`toolDays never showed ${what} within ${timeoutMs} ms; rows: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Everything the extension keeps in chrome.storage.local, as one JSON string (for canary searches). */
export function dumpStorageLocal(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as InExtension;
    return JSON.stringify(await chrome.storage.local.get(null));
  });
}

/** The notifications the extension currently shows, by id (chrome.notifications.getAll). */
export function shownNotifications(worker: Worker): Promise<Record<string, boolean>> {
  return worker.evaluate(() => {
    const { chrome } = globalThis as unknown as InExtension;
    return chrome.notifications.getAll() as Promise<Record<string, boolean>>;
  });
}

/** Tool ids whose first-visit notice has been shown (storage.local 'toolNoticesShown'). */
export function noticesShown(worker: Worker): Promise<string[] | undefined> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as InExtension;
    return (await chrome.storage.local.get('toolNoticesShown')).toolNoticesShown as string[] | undefined;
  });
}
