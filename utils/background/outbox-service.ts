import { browser } from 'wxt/browser';
import { recordDeliveryResults } from '../catalog/delivery';
import { Outbox, type DeliveryResult, type EnqueueRequest } from '../outbox/outbox';
import type { RecordsDb } from '../records/db';

export const OUTBOX_ALARM = 'outbox';

/**
 * Owns the outbox's wake-ups. The next attempt is an alarm rather than a timer because the
 * service worker may be stopped at any moment; an alarm (and a start-up sweep) brings it back.
 */
export class OutboxService {
  readonly outbox: Outbox;

  constructor(private readonly db: RecordsDb) {
    // A wrapper, not `fetch` itself: calling the global unbound throws "Illegal invocation".
    this.outbox = new Outbox(db, { fetch: (url, init) => fetch(url, init), now: () => Date.now() });
  }

  /** Registers the alarm listener; call synchronously during the worker's first run. */
  install(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === OUTBOX_ALARM) void this.deliverDue().catch((e: unknown) => console.warn('[shadow-ai] outbox delivery failed', e));
    });
  }

  async enqueue(request: EnqueueRequest): Promise<{ key: string; result: DeliveryResult | undefined }> {
    const sent = await this.outbox.enqueue(request);
    await this.settle([sent.result]);
    return sent;
  }

  async deliverDue(): Promise<DeliveryResult[]> {
    try {
      const results = await this.outbox.deliverDue();
      await recordDeliveryResults(this.db, results, Date.now());
      return results;
    } finally {
      // Whatever failed above, the next wake-up must still be set or delivery stalls until a restart.
      await this.schedule();
    }
  }

  async retry(key: string): Promise<DeliveryResult | undefined> {
    const result = await this.outbox.retry(key);
    await this.settle([result]);
    return result;
  }

  async discard(key: string): Promise<void> {
    await this.outbox.discard(key);
    await this.schedule();
  }

  private async settle(results: (DeliveryResult | undefined)[]): Promise<void> {
    await recordDeliveryResults(this.db, results, Date.now());
    await this.schedule();
  }

  async schedule(): Promise<void> {
    const when = await this.outbox.nextWakeUp();
    if (when === undefined) await browser.alarms.clear(OUTBOX_ALARM);
    else await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(when, Date.now() + 1_000) });
  }
}
