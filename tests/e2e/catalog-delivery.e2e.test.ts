import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { startSites, type Sites } from './harness/server';
import { installManagedPolicy, type ManagedPolicyInstall } from './catalog/managed-policy';
import { CATALOG_PATH, catalogPosts, header, openPreview, popupWithWorkflows, previewJson, waitForCatalogPosts, workflowItem } from './catalog/popup';
import { workflowRun } from './catalog/prompts';
import { publishedSubmissionValidator } from './catalog/schema';
import { sendRuns } from './catalog/send';
import { readAlarms, readOutbox, isMarkedWorkerInstance, markWorkerInstance, stopServiceWorker, waitForManagedPolicy, type OutboxRowView } from './catalog/worker';
import type { ExtensionGlobal } from './catalog/extension-api';

// A catalog that is down, then failing, then back: the submission must survive a stopped service
// worker and a browser restart on the same profile, and reach the catalog exactly once.
//
// No test hook shortens the backoff (30 s, then 60 s, ±20 %): every retry here is the real one,
// started by the extension's own `outbox` alarm — after the worker was stopped, and after the
// browser restarted (where the start-up sweep re-arms the alarm). Nobody presses "Retry now", so
// the test shows what happens while nobody is looking; the cost is about two minutes of waiting.

const REFERENCE = 'CAT-RESTART-7';
/** Longest the first two backoffs can be (30 s and 60 s, +20 % jitter), plus slack for a loaded machine. */
const FIRST_RETRY_WAIT_MS = 36_000 + 30_000;
const SECOND_RETRY_WAIT_MS = 72_000 + 30_000;

let sites: Sites;
let managed: ManagedPolicyInstall;
let browser: LaunchedBrowser | undefined;
const profile = mkdtempSync(join(tmpdir(), 'shadow-ai-catalog-delivery-'));

beforeAll(async () => {
  sites = await startSites();
  managed = installManagedPolicy({
    organizationName: 'Example Corp (e2e)',
    catalogEndpoint: `${sites.receiver.url}${CATALOG_PATH}`,
    // The prompts carry personal data; allowed through so the sends are not held by the guard's panel.
    categoryActions: { pii: 'allow', financial: 'allow', confidential: 'allow' },
  });
  managed.activate();
  browser = await launchBrowser({ sites, userDataDir: profile });
  await waitForManagedPolicy(await browser.worker(), `${sites.receiver.url}${CATALOG_PATH}`);
});

afterAll(async () => {
  await browser?.close();
  managed?.restore();
  await sites?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function waitForRow(predicate: (row: OutboxRowView) => boolean, what: string): Promise<OutboxRowView> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const rows = await readOutbox(await browser!.worker());
    const row = rows.find(predicate);
    if (row) return row;
    if (Date.now() > deadline) throw new Error(`no outbox row ${what}; rows: ${JSON.stringify(rows.map(({ body: _b, ...r }) => r))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('catalog delivery through outages', () => {
  it('refused, then 503, across a worker stop and a browser restart: delivered exactly once, same key every time', async () => {
    await sendRuns(browser!, sites, [
      { run: workflowRun(0), site: 'chatgpt', daysAgo: 1 },
      { run: workflowRun(1), site: 'copilot', daysAgo: 1 },
      { run: workflowRun(2), site: 'chatgpt', daysAgo: 0 },
    ]);

    // 1. Connection refused: the catalog's listener is closed.
    await sites.receiver.down();
    const { popup, ids } = await popupWithWorkflows(browser!);
    const id = ids[0]!;
    const form = await openPreview(popup, id);
    await form.locator('input[name="stakes"][value="internal-only"]').check();
    const shown = JSON.parse(await previewJson(popup, id)) as unknown;
    await form.locator('button[type="submit"]').click();
    await popup.locator('[data-testid="preview-queued"]').waitFor();
    await workflowItem(popup, id).locator('[data-state="queued"]').waitFor();
    await browser!.screenshot(popup, 'catalog-popup-queued');
    await popup.close();

    const refused = await waitForRow((r) => r.attempts === 1, 'after the refused attempt');
    expect(refused.status).toBe('pending');
    expect(refused.lastError).toMatch(/^Network error/);
    expect(refused.body).toBe(JSON.stringify(shown));
    expect(catalogPosts(sites)).toHaveLength(0);
    expect((await readAlarms(await browser!.worker())).map((a) => a.name)).toContain('outbox');

    // 2. The catalog is back but failing; the worker is stopped before the retry is due, so only
    // the alarm can bring the submission out again.
    await sites.receiver.up();
    sites.receiver.respondWith(503, 'catalog under maintenance');
    await markWorkerInstance(await browser!.worker());
    await stopServiceWorker(browser!.context);
    const [failed] = await waitForCatalogPosts(sites, 1, FIRST_RETRY_WAIT_MS);
    expect(header(failed!, 'idempotency-key')).toBe(refused.key);
    expect(failed!.raw).toBe(refused.body);

    const unavailable = await waitForRow((r) => r.attempts === 2, 'after the 503');
    // The attempt was made by a new worker instance, woken by the alarm.
    expect(await isMarkedWorkerInstance(await browser!.worker())).toBe(false);
    expect(unavailable.key).toBe(refused.key);
    expect(unavailable.status).toBe('pending');
    expect(unavailable.lastError).toBe('HTTP 503: catalog under maintenance');

    // The options page shows the waiting submission with the server's message.
    const options = await browser!.openExtensionPage('options.html');
    const waiting = options.locator(`ul.outbox li[data-key="${refused.key}"]`);
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('HTTP 503: catalog under maintenance');
    await browser!.screenshot(options, 'catalog-options-outbox-retrying');
    await options.close();

    // 3. Browser restart on the same profile before the next retry is due; the catalog now accepts.
    await browser!.close();
    browser = undefined;
    sites.receiver.respondWith(200, { reference: REFERENCE });
    browser = await launchBrowser({ sites, userDataDir: profile });
    const posts = await waitForCatalogPosts(sites, 2, SECOND_RETRY_WAIT_MS);
    expect(posts.map((p) => header(p, 'idempotency-key'))).toEqual([refused.key, refused.key]);
    expect(posts[1]!.raw).toBe(refused.body);
    expect(publishedSubmissionValidator()(posts[1]!.body)).toEqual({ valid: true });

    const restarted = await browser.openPopup();
    const registered = workflowItem(restarted, id).locator('[data-state="registered"]');
    await registered.waitFor({ timeout: 10_000 });
    expect(await registered.textContent()).toContain(REFERENCE);
    await browser.screenshot(restarted, 'catalog-popup-registered-after-restart');
    await restarted.close();

    // Delivered once: the row is gone, no alarm is left, and asking for a retry finds nothing to send.
    const worker = await browser.worker();
    await expect.poll(() => readOutbox(worker)).toEqual([]);
    await expect.poll(async () => (await readAlarms(worker)).map((a) => a.name)).not.toContain('outbox');
    const page = await browser.openExtensionPage('options.html');
    const retried = await page.evaluate((key) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ kind: 'outbox-retry', key }), refused.key);
    expect(retried).toEqual({ ok: false, error: 'That submission is no longer waiting.' });
    await page.close();
    // One 503 and one 2xx reached the catalog (the refused attempt never connected); nothing more.
    expect(catalogPosts(sites)).toHaveLength(2);
  }, 330_000);
});
