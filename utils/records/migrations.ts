import type Dexie from 'dexie';

/**
 * Every schema version of the records database, oldest first. Add a new `version(n)` with an
 * `upgrade` when a table changes shape; never edit a published version, because installed
 * browsers upgrade from whatever version they have.
 */
export function applyMigrations(db: Dexie): void {
  db.version(1).stores({
    coverage: 'host, site, status',
    coverageLog: '++id, ts, site, day',
    dailyCounts: '[day+site], day, site',
    guardEvents: '++id, ts, day, site, trigger',
    uploads: '++id, ts, day, site',
    prompts: 'id, ts, day, site',
    toolDays: '[day+toolId], day, toolId',
    workflowMarks: 'workflowId, state',
    outbox: 'key, kind, nextAttemptAt, status, subject',
    meta: 'key',
  });
}
