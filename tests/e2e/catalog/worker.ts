import type { BrowserContext, Worker } from 'playwright-core';
import { EXTENSION_ID } from '../harness/browser';
import { readStore } from '../harness/db';
import { RECORDS_DB } from '../harness/coverage';
import type { ExtensionGlobal } from './extension-api';

export const DAY_MS = 86_400_000;

/**
 * Sets the service worker's clock to the real time plus `offsetMs` (negative = the past). The
 * background stamps each prompt record with its own Date.now(), so prompts sent while the offset
 * is −1 day are recorded as yesterday's. No production hook: the test replaces Date.now in the
 * worker's global scope, and a restarted worker starts with the real clock again.
 */
export async function setWorkerClockOffset(worker: Worker, offsetMs: number): Promise<void> {
  await worker.evaluate((offset) => {
    const scope = globalThis as unknown as { __catalogE2eRealNow?: () => number };
    scope.__catalogE2eRealNow ??= Date.now.bind(Date);
    const real = scope.__catalogE2eRealNow;
    Date.now = () => real() + offset;
  }, offsetMs);
}

export interface OutboxRowView {
  key: string;
  kind: string;
  endpoint: string;
  body: string;
  attempts: number;
  status: string;
  nextAttemptAt: number;
  lastError?: string;
  subject?: string;
}

export function readOutbox(worker: Worker): Promise<OutboxRowView[]> {
  return readStore<OutboxRowView>(worker, RECORDS_DB, 'outbox');
}

export interface PromptRowView {
  id: string;
  ts: number;
  day: string;
  site: string;
  skeleton: string;
}

export function readPromptRecords(worker: Worker): Promise<PromptRowView[]> {
  return readStore<PromptRowView>(worker, RECORDS_DB, 'prompts');
}

/** The extension's pending alarms (name and scheduled time), read in the worker. */
export async function readAlarms(worker: Worker): Promise<{ name: string; scheduledTime: number }[]> {
  return worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.alarms.getAll());
}

/**
 * Stops the extension's service worker the way Chromium does when it goes idle, through the
 * DevTools protocol (ServiceWorker.stopAllWorkers, from a session on one of the extension's own
 * pages so it addresses the extension's storage partition), and resolves once Chromium reports
 * the worker's running status as "stopped". Playwright keeps the same Worker handle for the
 * registration; it works again once something (an alarm, a message) has started a fresh instance,
 * but must not be used while the worker is stopped.
 */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const session = await context.newCDPSession(page);
    const ours = (v: { scriptURL: string }) => v.scriptURL.startsWith(`chrome-extension://${EXTENSION_ID}/`);
    const stopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service worker did not stop within 15 s of ServiceWorker.stopAllWorkers')), 15_000);
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => ours(v) && v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await session.detach();
  } finally {
    await page.close();
  }
}

/** Leaves a mark in the worker's memory: gone after a stop, which shows a fresh instance runs. */
export async function markWorkerInstance(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    (globalThis as unknown as { __catalogE2eInstance?: boolean }).__catalogE2eInstance = true;
  });
}

export async function isMarkedWorkerInstance(worker: Worker): Promise<boolean> {
  return worker.evaluate(() => (globalThis as unknown as { __catalogE2eInstance?: boolean }).__catalogE2eInstance === true);
}

/**
 * Waits until the background has published the effective policy with the managed catalog
 * endpoint. Until then content scripts apply the defaults (which protect rather than allow), so a
 * send right after start-up would still be held by the guard.
 */
export async function waitForManagedPolicy(worker: Worker, catalogEndpoint: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { effectivePolicy } = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('effectivePolicy'));
    if ((effectivePolicy as { catalogEndpoint?: string } | undefined)?.catalogEndpoint === catalogEndpoint) return;
    if (Date.now() > deadline) throw new Error(`the managed policy (catalogEndpoint ${catalogEndpoint}) was not in effect after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
