import { ALL_TABLES, type RecordsDb } from '../../utils/records/db';

export type RecordsExport = { exportedAt: string; database: string; tables: Record<(typeof ALL_TABLES)[number], unknown[]> };

/**
 * Outbox rows carry the catalog's static header (often a token set by the administrator): an
 * export or a screen is no place for it, so header values are masked.
 */
export function forDisplay(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== 'outbox' || !row.headers || typeof row.headers !== 'object') return row;
  const masked = Object.fromEntries(Object.keys(row.headers).map((name) => [name, '••••']));
  return { ...row, headers: masked };
}

/** Every table as stored (headers masked): counts, skeletons and signatures, never prompt text. */
export async function exportRecords(db: RecordsDb, now = Date.now()): Promise<RecordsExport> {
  const entries = await Promise.all(
    ALL_TABLES.map(async (name) => [name, ((await db.table(name).toArray()) as Record<string, unknown>[]).map((row) => forDisplay(name, row))] as const),
  );
  return { exportedAt: new Date(now).toISOString(), database: db.name, tables: Object.fromEntries(entries) as RecordsExport['tables'] };
}

export function downloadJson(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
