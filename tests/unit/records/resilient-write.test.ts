import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RecordsDb } from '../../../utils/records/db';
import { ingest } from '../../../utils/records/ingest';
import { LOST_WRITES_KEY, storageLossCounter, type LostWrites } from '../../../utils/records/losses';
import { resilientWrite } from '../../../utils/records/resilient-write';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const noSleep = async () => {};
const lost = async () => (await fakeBrowser.storage.local.get(LOST_WRITES_KEY))[LOST_WRITES_KEY] as LostWrites | undefined;

beforeEach(() => fakeBrowser.reset());

describe('resilientWrite', () => {
  it('retries a write the disk refused and keeps it once there is room, counting no loss', async () => {
    let calls = 0;
    const ok = await resilientWrite('prompt-sent', async () => {
      calls++;
      if (calls < 3) throw quotaError();
    }, storageLossCounter, { sleep: noSleep });
    expect(ok).toBe(true);
    expect(calls).toBe(3);
    expect(await lost()).toBeUndefined();
  });

  it('counts the loss where the popup shows it when the write can never be kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ok = await resilientWrite('guard-decision', async () => { throw quotaError(); }, storageLossCounter, { sleep: noSleep, attempts: 3 });
    expect(ok).toBe(false);
    expect(await lost()).toMatchObject({ count: 1, lastLabel: 'guard-decision' });
    await resilientWrite('upload', async () => { throw quotaError(); }, storageLossCounter, { sleep: noSleep, attempts: 1 });
    expect(await lost()).toMatchObject({ count: 2, lastLabel: 'upload' });
  });

  it('a refused ingest leaves no half-written rows behind (one transaction per message)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = new RecordsDb(`quota-${Math.random()}`);
    await db.open();
    // The daily counter write fails after the event row was added inside the same transaction.
    const put = vi.spyOn(db.dailyCounts, 'put').mockImplementation(() => Promise.reject(quotaError()) as never);
    const message = { kind: 'upload' as const, site: 'claude' as const, host: 'claude.ai', inspected: false, fileKind: 'pdf', sizeBytes: 10 };
    const ok = await resilientWrite('upload', () => ingest(db, message, Date.now()), storageLossCounter, { sleep: noSleep, attempts: 2 });
    expect(ok).toBe(false);
    expect(await db.uploads.count()).toBe(0);
    put.mockRestore();
    expect(await resilientWrite('upload', () => ingest(db, message, Date.now()), storageLossCounter, { sleep: noSleep })).toBe(true);
    expect(await db.uploads.count()).toBe(1);
    expect(await lost()).toMatchObject({ count: 1 });
  });
});
