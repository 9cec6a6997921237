import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../harness/browser';
import { pressEnter, typeText } from '../harness/input';
import { waitForComposer } from '../harness/replica-editor';
import { sentMessages, waitForMessages } from '../harness/requests';
import { REPLICA_URL, type ReplicaSite, type Sites } from '../harness/server';
import type { WorkflowRun } from './prompts';
import { DAY_MS, readPromptRecords, setWorkerClockOffset } from './worker';

export interface PlannedRun {
  run: WorkflowRun;
  site: ReplicaSite;
  /** Days before today the background should believe it is (0 = today). */
  daysAgo: number;
}

/**
 * Sends each run on its replica as a person would (typed, Enter), with the worker's clock moved
 * to the run's day, and waits until the background has stored its prompt record before moving
 * the clock again. Leaves the clock at the real time.
 */
export async function sendRuns(browser: LaunchedBrowser, sites: Sites, plan: PlannedRun[]): Promise<void> {
  const pages = new Map<ReplicaSite, Page>();
  try {
    for (const { run, site, daysAgo } of plan) {
      let page = pages.get(site);
      if (!page) {
        page = await browser.page(REPLICA_URL[site]);
        await waitForComposer(page, site);
        pages.set(site, page);
      }
      await page.bringToFront();
      const worker = await browser.worker();
      const recordsBefore = (await readPromptRecords(worker)).length;
      const sentBefore = sentMessages(sites, site).length;
      await setWorkerClockOffset(worker, -daysAgo * DAY_MS);
      await typeText(page, run.text, { site });
      await pressEnter(page);
      const sent = await waitForMessages(sites, site, sentBefore + 1, 10_000);
      if (sent.length <= sentBefore) {
        const picture = await browser.screenshot(page, `catalog-send-failed-${site}`);
        throw new Error(`the prompt typed on ${site} never reached the replica (screenshot: ${picture})`);
      }
      if (sent[sent.length - 1]!.text !== run.text) throw new Error(`the ${site} replica received something else than the typed prompt`);
      const deadline = Date.now() + 10_000;
      while ((await readPromptRecords(worker)).length <= recordsBefore) {
        if (Date.now() > deadline) throw new Error(`no prompt record was stored for the send on ${site}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await setWorkerClockOffset(await browser.worker(), 0);
    for (const page of pages.values()) await page.close();
  }
}
