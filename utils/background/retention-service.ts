import { browser } from 'wxt/browser';
import type { Policy } from '../policy/schema';
import type { RecordsDb } from '../records/db';

export const RETENTION_ALARM = 'retention';
const DAY_MS = 86_400_000;

/**
 * Detailed rows (prompt records, guard and upload events, coverage changes) expire after the
 * policy's retention; per-day counters and tool-day counts stay, as they say how much, not what.
 */
export class RetentionService {
  constructor(
    private readonly db: RecordsDb,
    private readonly policy: () => Policy | undefined | Promise<Policy | undefined>,
    private readonly afterPurge: () => Promise<void>,
    /** Runs before anything is deleted (the workflow index must know the groups the purge will change). */
    private readonly beforePurge: () => Promise<void> = async () => {},
  ) {}

  install(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === RETENTION_ALARM) void this.purge().catch((e: unknown) => console.warn('[shadow-ai] retention purge failed', e));
    });
  }

  async ensureAlarm(): Promise<void> {
    if (!(await browser.alarms.get(RETENTION_ALARM))) {
      await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
    }
  }

  async purge(now = Date.now()): Promise<number> {
    const days = (await this.policy())?.retentionDays;
    if (!days) return 0;
    const cutoff = now - days * DAY_MS;
    await this.beforePurge();
    let removed = 0;
    await this.db.transaction('rw', [this.db.prompts, this.db.guardEvents, this.db.uploads, this.db.coverageLog], async () => {
      removed += await this.db.prompts.where('ts').below(cutoff).delete();
      removed += await this.db.guardEvents.where('ts').below(cutoff).delete();
      removed += await this.db.uploads.where('ts').below(cutoff).delete();
      removed += await this.db.coverageLog.where('ts').below(cutoff).delete();
    });
    if (removed > 0) await this.afterPurge();
    return removed;
  }
}
