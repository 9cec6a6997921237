import type { Page, Worker } from 'playwright-core';
import { readStore } from '../harness/db';
import { pressEnter, typeText } from '../harness/input';
import { editorText } from '../harness/replica-editor';
import { sentMessages, waitForMessages } from '../harness/requests';
import type { ReplicaSite, Sites } from '../harness/server';
import { setWorkerClockOffset } from './clock';
import type { ExtensionGlobal } from './extension-global';

export const RECORDS_DB = 'shadow-ai-records';

/** Prompt records the background stored so far (anonymized: skeleton, signature, categories). */
export async function storedPrompts(worker: Worker): Promise<{ id: string; ts: number; day: string; skeleton: string }[]> {
  return readStore(worker, RECORDS_DB, 'prompts');
}

/** Polls until the background stored `count` prompt records. */
export async function waitForPromptRecords(worker: Worker, count: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await storedPrompts(worker)).length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} prompt records, have ${(await storedPrompts(worker)).length}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Types and sends each prompt on `site`, one per entry of `dayOffsets` days before now: the
 * worker's clock is moved before each send and held until the background stored the record,
 * so each run lands on the day asked for. Nothing sent here is sensitive, so no panel opens.
 */
export async function runPrompts(
  page: Page,
  worker: Worker,
  sites: Sites,
  site: ReplicaSite,
  runs: readonly { text: string; daysAgo: number }[],
): Promise<void> {
  for (const run of runs) {
    const messagesBefore = sentMessages(sites, site).length;
    const recordsBefore = (await storedPrompts(worker)).length;
    await setWorkerClockOffset(worker, -run.daysAgo * 86_400_000);
    await typeText(page, run.text, { site });
    await pressEnter(page);
    const messages = await waitForMessages(sites, site, messagesBefore + 1);
    if (messages.length <= messagesBefore) throw new Error(`${site} did not receive "${run.text.slice(0, 40)}…"`);
    await waitForPromptRecords(worker, recordsBefore + 1);
    // The composer empties after a send; the next prompt must not be appended to this one.
    for (let i = 0; i < 50 && (await editorText(page, site)) !== ''; i++) await new Promise((r) => setTimeout(r, 50));
  }
  await setWorkerClockOffset(worker, 0);
}

/**
 * Waits until the background finished starting: the workflow index was rebuilt from the stored
 * records and published (storage.local 'workflows'). A prompt sent before that is counted twice
 * (the rebuild reads its stored row, then the send adds it again) — a known start-up race
 * reported to the lead; these tests wait it out so they measure the report, not the race.
 */
export async function waitForBackgroundReady(worker: Worker, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
      const stored = await chrome.storage.local.get(['workflows', 'effectivePolicy']);
      return Array.isArray(stored.workflows) && stored.effectivePolicy !== undefined;
    });
    if (ready) return;
    if (Date.now() > deadline) throw new Error('the background did not finish starting (no published workflows)');
    await new Promise((r) => setTimeout(r, 100));
  }
}
