import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { dumpExtensionIndexedDb, readStore } from './harness/db';
import { pasteText, typeText } from './harness/input';
import { openReplica } from './harness/open';
import { editorText } from './harness/replica-editor';
import { sentMessages } from './harness/requests';
import { startSites, type ReplicaSite, type Sites } from './harness/server';
import { canariesIn, makeCanaries, type Canary, type CanarySet } from './reports/canaries';
import { setWorkerClockOffset } from './reports/clock';
import { RECORDS_DB, storedPrompts, waitForBackgroundReady, waitForPromptRecords } from './reports/drive';
import { chooseAnyway, chooseRedacted, sendThroughGuard } from './reports/panel';
import { appliedPolicy, setTestPolicy } from './reports/policy';
import { REPORT_PATH, sendReportNow, waitForReports } from './reports/send';
import type { ExtensionGlobal } from './reports/extension-global';

// Canary values (an e-mail, an AWS key, an IBAN, a full name, a sentence; fresh random parts each
// run) go through the real flows on every replica: pasted and redacted, pasted anyway, typed and
// sent anyway, and as the varying input of a workflow run on three days. Afterwards none of them
// may appear in any IndexedDB database of the extension, in chrome.storage, or in any request the
// extension made (the report included), and the report names no workflow template, since none
// was registered.

const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];

let sites: Sites;
let browser: LaunchedBrowser;
let worker: Worker;
const planted: Canary[] = [];
const plant = (set: CanarySet) => {
  planted.push(...Object.values(set));
  return set;
};

const policy = () => ({
  reportsEnabled: true,
  reportEndpoint: `${sites.receiver.url}${REPORT_PATH}`,
  organizationSalt: 'canary-org-salt',
  // k = 1: every count is exact, so nothing is hidden behind "<k" that a canary could hide in.
  kAnonymity: 1,
});

/** A pasted document: several lines (so it reads as pasted input), carrying the canaries. */
function pastedBlock(c: CanarySet, withKey: boolean): string {
  return [
    'Customer record for the follow-up call:',
    `Contact: ${c.name.value} <${c.email.value}>`,
    `Refund account: ${c.iban.value}`,
    ...(withKey ? [`Deploy key used by their integration: ${c.awsKey.value}`] : []),
    `Note from the call: ${c.sentence.value}.`,
  ].join('\n');
}

async function waitForEmptyComposer(page: Page, site: ReplicaSite): Promise<void> {
  await expect.poll(() => editorText(page, site)).toBe('');
}

beforeAll(async () => {
  sites = await startSites();
  browser = await launchBrowser({ sites });
  worker = await browser.worker();
  await waitForBackgroundReady(worker);
  await setTestPolicy(worker, policy());
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

describe('privacy canaries', () => {
  for (const site of SITES) {
    it(`${site}: pasted redacted, pasted anyway and typed canaries are sent as the user chose`, async (ctx) => {
      const page = await openReplica(browser, site);
      // A picture of the page when a step fails: the panel state is otherwise invisible.
      ctx.onTestFailed(async () => {
        await browser.screenshot(page, `privacy-canary-failed-${site}`).catch(() => undefined);
      });
      const received = () => sentMessages(sites, site).length;
      // Each send leaves one anonymized prompt record; wait for it so none is lost to a closed tab.
      let records = (await storedPrompts(worker)).length;
      const recorded = async () => waitForPromptRecords(worker, ++records);

      // 1. Paste → the panel → "Paste redacted": only placeholders reach the composer and the site.
      const redacted = plant(makeCanaries(`${site} redacted paste`));
      await typeText(page, 'Please summarize this for the account team. ', { site });
      await pasteText(page, pastedBlock(redacted, true), site);
      await chooseRedacted(page);
      const inEditor = await editorText(page, site);
      expect(canariesIn(inEditor, [redacted.email, redacted.iban, redacted.awsKey])).toEqual([]);
      await sendThroughGuard(page, received, { kind: 'redacted' });
      const sentRedacted = sentMessages(sites, site).at(-1)!.text;
      expect(canariesIn(sentRedacted, [redacted.email, redacted.iban, redacted.awsKey])).toEqual([]);
      await recorded();
      await waitForEmptyComposer(page, site);

      // 2. Paste → "Paste anyway" (the key is blocked: a reason is asked, with a canary in it).
      const anyway = plant(makeCanaries(`${site} paste anyway`));
      const reason = plant(makeCanaries(`${site} reason`)).email;
      await typeText(page, 'Please summarize this for the account team. ', { site });
      await pasteText(page, pastedBlock(anyway, true), site);
      await chooseAnyway(page, `customer asked ${reason.value}`);
      await sendThroughGuard(page, received, { kind: 'anyway', reason: `customer asked ${reason.value}` });
      // The user's choice is honoured: the site got the original values.
      expect(sentMessages(sites, site).at(-1)!.text).toContain(anyway.awsKey.value);
      await recorded();
      await waitForEmptyComposer(page, site);

      // 3. Typed, one line, then "Send anyway".
      const typed = plant(makeCanaries(`${site} typed`));
      await typeText(page, `Write a short thank-you note to ${typed.name.value} (${typed.email.value}) confirming the refund to ${typed.iban.value}.`, { site });
      const { panelShown } = await sendThroughGuard(page, received, { kind: 'anyway', reason: 'customer asked for it' });
      expect(panelShown).toBe(true);
      expect(sentMessages(sites, site).at(-1)!.text).toContain(typed.email.value);
      await recorded();
      await waitForEmptyComposer(page, site);
      await page.close();
    });
  }

  it('a workflow run on three days with a different customer each time is detected as recurring', async () => {
    const page = await openReplica(browser, 'chatgpt');
    const received = () => sentMessages(sites, 'chatgpt').length;
    for (const daysAgo of [2, 1, 0]) {
      const run = plant(makeCanaries(`workflow run ${daysAgo} days ago`));
      const records = (await storedPrompts(worker)).length;
      await setWorkerClockOffset(worker, -daysAgo * 86_400_000);
      await typeText(
        page,
        `Please draft a friendly payment reminder for our customer. Mention the open invoice and keep it under 100 words. Customer: ${run.name.value}, ${run.email.value}, account ${run.iban.value}.`,
        { site: 'chatgpt' },
      );
      await sendThroughGuard(page, received, { kind: 'anyway', reason: 'reminder' });
      await waitForPromptRecords(worker, records + 1);
      await waitForEmptyComposer(page, 'chatgpt');
    }
    await setWorkerClockOffset(worker, 0);
    // The background publishes recurring workflows shortly after a burst of sends.
    const published = () => worker.evaluate(async () => (await (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('workflows')).workflows as { count: number; recurring: boolean; template: string }[]);
    await expect.poll(async () => (await published()).filter((w) => w.recurring && w.template.includes('payment reminder')).map((w) => w.count)).toEqual([3]);
    await page.close();
  });

  it('no canary is stored in IndexedDB or chrome.storage, or sent by the extension; the report names no template', async () => {
    if ((await appliedPolicy(worker))?.reportsEnabled !== true) await setTestPolicy(worker, policy());
    expect(await sendReportNow(browser)).toEqual({ ok: true, state: 'queued' });
    const [report] = await waitForReports(sites, 1);

    // The flows above really ran: records, guard decisions and a recurring workflow exist.
    expect(planted.length).toBeGreaterThanOrEqual(5 * (SITES.length * 3 + 3));
    expect((await readStore(worker, RECORDS_DB, 'guardEvents')).length).toBeGreaterThanOrEqual(SITES.length * 3);
    expect((await storedPrompts(worker)).length).toBeGreaterThanOrEqual(SITES.length * 3 + 3);
    const body = report.body as { workflows: Record<string, unknown>[]; guard: { byCategory: Record<string, unknown> } };
    expect(body.workflows.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(body.guard.byCategory)).toEqual(expect.arrayContaining(['pii', 'secret']));

    // Not registered → no template, in any form.
    for (const workflow of body.workflows) {
      expect(workflow.registered).toBe(false);
      expect(workflow).not.toHaveProperty('template');
      expect(workflow).not.toHaveProperty('stakes');
    }
    expect(report.raw).not.toMatch(/payment reminder|friendly payment/i);

    // Soft: every place is checked and reported, even when an earlier one already leaks.
    const indexedDb = await dumpExtensionIndexedDb(worker);
    expect(indexedDb.length).toBeGreaterThan(100);
    expect.soft(canariesIn(indexedDb, planted), 'IndexedDB').toEqual([]);

    const storage = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      return JSON.stringify({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null), sync: await chrome.storage.sync.get(null) });
    });
    expect(storage).toContain('lastReport');
    expect.soft(canariesIn(storage, planted), 'chrome.storage').toEqual([]);

    // Every request the extension made: what reached the receiver, and anything any host got
    // from an extension origin (the service worker's fetches carry its Origin).
    const extensionOrigin = `chrome-extension://${browser.extensionId}`;
    const fromExtension = sites.allRequests().filter((r) => r.host === new URL(sites.receiver.url).host || r.headers.origin === extensionOrigin);
    expect(fromExtension.length).toBeGreaterThanOrEqual(1);
    expect(fromExtension.every((r) => r.host === new URL(sites.receiver.url).host), 'the extension only talks to the configured receiver').toBe(true);
    const sent = JSON.stringify(fromExtension.map((r) => ({ path: r.path, headers: r.headers, raw: r.raw })));
    expect(canariesIn(sent, planted), 'requests').toEqual([]);
  }, 60_000);
});
