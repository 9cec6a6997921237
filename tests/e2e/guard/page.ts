import type { Page } from 'playwright-core';
import { REPLICA_COMPOSER } from '../harness/replica-editor';
import type { ReplicaSite } from '../harness/server';

/** Whether the keyboard focus is in the replica's composer (where the user was typing). */
export async function focusInComposer(page: Page, site: ReplicaSite): Promise<boolean> {
  return page.evaluate((sel) => {
    const composer = document.querySelector(sel);
    return !!composer && !!document.activeElement && composer.contains(document.activeElement);
  }, REPLICA_COMPOSER[site]);
}

/** Empties the composer with real key presses (select all, delete), as a person would. */
export async function clearComposer(page: Page, site: ReplicaSite): Promise<void> {
  await page.click(REPLICA_COMPOSER[site]);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
}
