import { beforeEach, describe, expect, it } from 'vitest';
import { RecordsDb } from '../../../utils/records/db';
import { ingest } from '../../../utils/records/ingest';
import { dayOf } from '../../../utils/records/day';

let db: RecordsDb;
beforeEach(async () => {
  db = new RecordsDb(`test-${Math.random()}`);
  await db.open();
});

describe('ingest', () => {
  const now = new Date(2026, 10, 23, 10, 0).getTime();

  it('keeps the current coverage per host and logs only changes', async () => {
    await ingest(db, { kind: 'coverage', site: 'claude', host: 'claude.ai', status: 'starting' }, now);
    await ingest(db, { kind: 'coverage', site: 'claude', host: 'claude.ai', status: 'ok' }, now + 1);
    await ingest(db, { kind: 'coverage', site: 'claude', host: 'claude.ai', status: 'ok' }, now + 2);
    expect(await db.coverage.get('claude.ai')).toMatchObject({ status: 'ok', updatedAt: now + 2 });
    expect((await db.coverageLog.toArray()).map((r) => r.status)).toEqual(['starting', 'ok']);
  });

  it('counts guard decisions into the day aggregates', async () => {
    const base = {
      kind: 'guard-decision' as const,
      site: 'chatgpt' as const,
      host: 'chatgpt.com',
      trigger: 'paste' as const,
      byType: { email: 2 },
      categories: ['pii' as const],
    };
    await ingest(db, { ...base, policyAction: 'warn', outcome: 'redacted' }, now);
    await ingest(db, { ...base, policyAction: 'block', outcome: 'overridden', reasonGiven: true }, now);
    const counts = await db.dailyCounts.get([dayOf(now), 'chatgpt']);
    expect(counts).toMatchObject({ warnings: 2, redactions: 1, overrides: 1, blocks: 0 });
    expect(await db.guardEvents.count()).toBe(2);
  });

  it('records uploads that could not be inspected', async () => {
    await ingest(db, { kind: 'upload', site: 'm365', host: 'm365.cloud.microsoft', inspected: false, fileKind: 'image/png', sizeBytes: 2048 }, now);
    expect(await db.dailyCounts.get([dayOf(now), 'm365'])).toMatchObject({ uploads: 1, uploadsNotInspected: 1 });
  });
});
