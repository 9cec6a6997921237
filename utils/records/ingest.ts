import type { ContentMessage } from '../messaging/protocol';
import type { RecordsDb } from './db';
import { dayOf } from './day';
import type { CoverageRow, DailyCountRow, PromptRow } from './rows';

type Counter = Exclude<keyof DailyCountRow, 'day' | 'site'>;

async function bump(db: RecordsDb, day: string, site: string, increments: Partial<Record<Counter, number>>) {
  const existing = await db.dailyCounts.get([day, site]);
  const row: DailyCountRow = existing ?? {
    day,
    site,
    prompts: 0,
    warnings: 0,
    redactions: 0,
    blocks: 0,
    overrides: 0,
    uploads: 0,
    uploadsNotInspected: 0,
  };
  for (const [key, value] of Object.entries(increments) as [Counter, number][]) row[key] += value;
  await db.dailyCounts.put(row);
}

/** The current coverage per host, and a log line only when it changed. */
export async function recordCoverage(
  db: RecordsDb,
  state: { host: string; site: CoverageRow['site']; status: CoverageRow['status']; reason?: CoverageRow['reason'] },
  now: number,
): Promise<void> {
  await db.transaction('rw', db.coverage, db.coverageLog, async () => {
    const previous = await db.coverage.get(state.host);
    await db.coverage.put({ host: state.host, site: state.site, status: state.status, reason: state.reason, updatedAt: now });
    if (previous?.status !== state.status || previous?.reason !== state.reason) {
      await db.coverageLog.add({ host: state.host, site: state.site, status: state.status, reason: state.reason, ts: now, day: dayOf(now) });
    }
  });
}

export interface IngestHooks {
  /** Called after a prompt record is stored, so the workflow index can learn it. */
  onPrompt?(row: PromptRow): void;
}

/**
 * Turns one validated content-script message into rows. Each message is one transaction, so a
 * crash mid-way leaves either all of its rows or none.
 */
export async function ingest(db: RecordsDb, message: ContentMessage, now: number, hooks: IngestHooks = {}): Promise<void> {
  const day = dayOf(now);
  switch (message.kind) {
    case 'coverage':
      await recordCoverage(db, message, now);
      return;
    case 'guard-decision': {
      await db.transaction('rw', db.guardEvents, db.dailyCounts, async () => {
        await db.guardEvents.add({
          ts: now,
          day,
          site: message.site,
          host: message.host,
          trigger: message.trigger,
          policyAction: message.policyAction,
          outcome: message.outcome,
          byType: message.byType,
          categories: message.categories,
          reasonGiven: message.reasonGiven,
        });
        const flagged = message.policyAction !== 'allow';
        await bump(db, day, message.site, {
          warnings: flagged ? 1 : 0,
          redactions: message.outcome === 'redacted' ? 1 : 0,
          blocks: message.outcome === 'blocked' || message.outcome === 'cancelled' ? 1 : 0,
          overrides: message.outcome === 'overridden' ? 1 : 0,
        });
      });
      return;
    }
    case 'upload': {
      await db.transaction('rw', db.uploads, db.dailyCounts, async () => {
        await db.uploads.add({ ts: now, day, site: message.site, host: message.host, inspected: message.inspected, fileKind: message.fileKind, sizeBytes: message.sizeBytes });
        await bump(db, day, message.site, { uploads: 1, uploadsNotInspected: message.inspected ? 0 : 1 });
      });
      return;
    }
    case 'prompt-sent': {
      const id = `${now.toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
      const row: PromptRow = { id, ts: now, day, site: message.site, skeleton: message.skeleton, signature: message.signature, categories: message.categories };
      await db.transaction('rw', db.prompts, db.dailyCounts, async () => {
        await db.prompts.add(row);
        await bump(db, day, message.site, { prompts: 1 });
      });
      hooks.onPrompt?.(row);
      return;
    }
  }
}
