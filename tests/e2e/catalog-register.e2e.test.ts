import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { dumpExtensionIndexedDb } from './harness/db';
import { startSites, type Sites } from './harness/server';
import { installManagedPolicy, type ManagedPolicyInstall } from './catalog/managed-policy';
import { CATALOG_PATH, catalogPosts, header, openPreview, popupWithWorkflows, previewJson, waitForCatalogPosts, workflowItem } from './catalog/popup';
import { canaryNeedles, leakedCanaries, workflowRun, type WorkflowRun } from './catalog/prompts';
import { publishedSubmissionValidator } from './catalog/schema';
import { sendRuns } from './catalog/send';
import { readOutbox, readPromptRecords, waitForManagedPolicy } from './catalog/worker';
import type { ExtensionGlobal } from './catalog/extension-api';

// From a recurring prompt to one catalog entry, with the policy an administrator would deploy:
// the catalog address and token come from a managed policy file Chromium reads (see
// catalog/managed-policy.ts), the receiver stands in for the company catalog.

const CATALOG_TOKEN = 'e2e-catalog-token-7f3a';
const ORGANIZATION = 'Example Corp (e2e)';
const REFERENCE = 'CAT-2024-0042';

let sites: Sites;
let managed: ManagedPolicyInstall;
let browser: LaunchedBrowser;
const runs: WorkflowRun[] = [0, 1, 2].map(workflowRun);
const needles = canaryNeedles(runs);

beforeAll(async () => {
  sites = await startSites();
  managed = installManagedPolicy({
    organizationName: ORGANIZATION,
    catalogEndpoint: `${sites.receiver.url}${CATALOG_PATH}`,
    catalogHeader: { name: 'X-Catalog-Token', value: CATALOG_TOKEN },
    // Personal data is allowed through without a prompt, so the canaries reach the anonymizer
    // unredacted (the hardest case for "nothing leaks"); the guard's panel has its own tests.
    categoryActions: { pii: 'allow', financial: 'allow', confidential: 'allow' },
    // Well-typed for Chromium's schema check, invalid for ours (minimum 1): must be reported and ignored.
    retentionDays: 0,
  });
  managed.activate();
  browser = await launchBrowser({ sites });
  await waitForManagedPolicy(await browser.worker(), `${sites.receiver.url}${CATALOG_PATH}`);
});

afterAll(async () => {
  await browser?.close();
  managed?.restore();
  await sites?.close();
});

describe('catalog registration with a managed policy', () => {
  it('Chromium hands the managed policy file to the extension, which merges it and reports the bad field', async () => {
    const worker = await browser.worker();
    const fromChromium = (await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.managed.get(null))) as Record<string, unknown>;
    expect(fromChromium.catalogEndpoint).toBe(`${sites.receiver.url}${CATALOG_PATH}`);
    expect(fromChromium.retentionDays).toBe(0);

    await expect
      .poll(async () => (await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('effectivePolicy'))).effectivePolicy as Record<string, unknown> | undefined)
      .toMatchObject({ catalogEndpoint: `${sites.receiver.url}${CATALOG_PATH}`, organizationName: ORGANIZATION, retentionDays: 90 });
    const local = await worker.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(['managedPolicyKeys', 'policyErrors']));
    expect(local.managedPolicyKeys).toEqual(expect.arrayContaining(['catalogEndpoint', 'catalogHeader', 'retentionDays']));
    expect(local.policyErrors).toEqual([expect.objectContaining({ source: 'managed', path: 'retentionDays' })]);

    // The browser's own view: chrome://policy lists the extension's policy from the platform file.
    const policyPage = await browser.page('chrome://policy');
    await expect.poll(() => shadowText(policyPage), { timeout: 10_000 }).toContain(`${sites.receiver.url}${CATALOG_PATH}`);
    expect(await shadowText(policyPage)).toContain('catalogEndpoint');
    await browser.screenshot(policyPage, 'catalog-chrome-policy');
    await policyPage.close();
  });

  it('the same task run 3 times on 2 days is listed in the popup as a recurring workflow', async () => {
    await sendRuns(browser, sites, [
      { run: runs[0]!, site: 'chatgpt', daysAgo: 1 },
      { run: runs[1]!, site: 'claude', daysAgo: 1 },
      { run: runs[2]!, site: 'chatgpt', daysAgo: 0 },
    ]);
    const records = await readPromptRecords(await browser.worker());
    expect(records).toHaveLength(3);
    expect(new Set(records.map((r) => r.day)).size).toBe(2);

    const { popup, ids } = await popupWithWorkflows(browser);
    expect(ids).toHaveLength(1);
    const item = workflowItem(popup, ids[0]!);
    expect((await item.textContent())?.toLowerCase()).toContain('summarize the variance between budget and actuals for');
    expect(await item.textContent()).toMatch(/chatgpt, claude|claude, chatgpt/);
    await browser.screenshot(popup, 'catalog-popup-workflow');
    await popup.close();
  });

  it('Register shows exactly the JSON that Send delivers, once, valid against the published schema and without canaries', async () => {
    sites.receiver.respondWith(201, { reference: REFERENCE });
    const { popup, ids } = await popupWithWorkflows(browser);
    const id = ids[0]!;
    const form = await openPreview(popup, id);

    // Send stays disabled until the user says where the output goes (no default answer).
    const send = form.locator('button[type="submit"]');
    expect(await send.isDisabled()).toBe(true);
    await form.locator('input[name="stakes"][value="board"]').check();
    await form.locator('input[name="stakes"][value="financial-statement"]').check();
    await form.locator('input[name="title"]').fill('Budget vs actuals variance summary');
    await form.locator('textarea[name="description"]').fill('Monthly variance note per customer account.');
    await expect.poll(() => send.isDisabled()).toBe(false);

    const shown = await previewJson(popup, id);
    const shownObject = JSON.parse(shown) as { workflow: { title: string; stakes: string[]; template: string } };
    expect(shownObject.workflow.title).toBe('Budget vs actuals variance summary');
    expect(shownObject.workflow.stakes).toEqual(['board', 'financial-statement']);
    expect(leakedCanaries(shown, needles)).toEqual([]);
    await browser.screenshot(popup, 'catalog-register-preview');

    await send.click();
    const [post] = await waitForCatalogPosts(sites, 1);
    // What the receiver got is, byte for byte, the JSON the user read (compact instead of indented).
    expect(post!.raw).toBe(JSON.stringify(shownObject));
    const check = publishedSubmissionValidator()(post!.body);
    expect(check).toEqual({ valid: true });
    // Each varying input is its own slot (the customer and the account owner are not one value).
    const slots = (post!.body as { workflow: { slots: { name: string }[] } }).workflow.slots.map((slot) => slot.name);
    expect(new Set(slots).size).toBe(slots.length);
    expect(header(post!, 'x-catalog-token')).toBe(CATALOG_TOKEN);
    expect(header(post!, 'idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(header(post!, 'content-type')).toMatch(/^application\/json/);

    // No canary in anything the extension sent, nor in anything it keeps.
    const everythingSent = sites.receiver.requests().map((r) => `${r.path}\n${JSON.stringify(r.headers)}\n${r.raw}`).join('\n');
    expect(leakedCanaries(everythingSent, needles)).toEqual([]);
    expect(leakedCanaries(await dumpExtensionIndexedDb(await browser.worker()), needles)).toEqual([]);

    const registered = workflowItem(popup, id).locator('[data-state="registered"]');
    await registered.waitFor({ timeout: 10_000 });
    expect(await registered.textContent()).toContain(REFERENCE);
    expect(await workflowItem(popup, id).locator('button[data-action="register"]').count()).toBe(0);
    await browser.screenshot(popup, 'catalog-popup-registered');

    // Delivered means gone from the outbox: nothing is left to be sent a second time.
    expect(await readOutbox(await browser.worker())).toEqual([]);
    expect(catalogPosts(sites)).toHaveLength(1);
    await popup.close();
  });

  it('the options page shows the effective policy, managed values locked, the token masked and the bad field reported', async () => {
    const options = await browser.openExtensionPage('options.html');
    const row = (field: string) => options.locator(`tr[data-field="${field}"]`);
    await row('catalogEndpoint').waitFor();
    expect(await row('catalogEndpoint').getAttribute('data-locked')).toBe('true');
    expect(await row('catalogEndpoint').textContent()).toContain(`${sites.receiver.url}${CATALOG_PATH}`);
    expect(await row('organizationName').getAttribute('data-locked')).toBe('true');
    expect(await row('categoryActions').getAttribute('data-locked')).toBe('true');
    // Not set by the administrator: default, not locked.
    expect(await row('kAnonymity').getAttribute('data-locked')).toBe('false');

    // The token is a secret: present, but never on the screen.
    expect(await row('catalogHeader').textContent()).not.toContain(CATALOG_TOKEN);
    expect(await options.locator('body').textContent()).not.toContain(CATALOG_TOKEN);

    const errors = options.locator('[data-testid="policy-errors"]');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('retentionDays');
    // The invalid managed value is ignored: the default is in force.
    expect(await row('retentionDays').locator('pre').textContent()).toBe('90');
    expect(await row('retentionDays').getAttribute('data-invalid')).toBe('true');

    await browser.screenshot(options, 'catalog-options-policy');
    await options.close();
  });
});

/** All text of a page, including inside shadow roots (chrome://policy is built from web components). */
function shadowText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walk = (node: Node): string => {
      let text = '';
      const root = (node as Element).shadowRoot;
      if (root) text += walk(root);
      for (const child of Array.from(node.childNodes)) text += child.nodeType === Node.TEXT_NODE ? `${child.textContent ?? ''} ` : walk(child);
      return text;
    };
    return walk(document.body);
  });
}
