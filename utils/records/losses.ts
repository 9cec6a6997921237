import { browser } from 'wxt/browser';
import type { LossCounter } from './resilient-write';

export const LOST_WRITES_KEY = 'lostWrites';

export interface LostWrites {
  count: number;
  lastLabel?: string;
  lastAt?: number;
}

/**
 * Kept in extension storage rather than IndexedDB: when IndexedDB is what failed, the counter
 * must still be able to say so.
 */
export const storageLossCounter: LossCounter = {
  async add(label) {
    try {
      const current = ((await browser.storage.local.get(LOST_WRITES_KEY))[LOST_WRITES_KEY] as LostWrites | undefined) ?? {
        count: 0,
      };
      await browser.storage.local.set({
        [LOST_WRITES_KEY]: { count: current.count + 1, lastLabel: label, lastAt: Date.now() } satisfies LostWrites,
      });
    } catch (error) {
      console.error('[shadow-ai] could not even count a lost write', error);
    }
  },
};
