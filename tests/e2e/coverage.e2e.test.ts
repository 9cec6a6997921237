import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { readCoverage, waitForCoverage } from './harness/coverage';
import { dumpExtensionIndexedDb } from './harness/db';
import { REPLICA_HOSTS, startSites, type ReplicaSite, type Sites } from './harness/server';

// Coverage health, seen from the outside: the real manifest match patterns on the real hostnames,
// the background's own records, and the popup a person would open.

const HOSTS = (Object.entries(REPLICA_HOSTS) as Array<[ReplicaSite, readonly string[]]>).flatMap(([site, hosts]) =>
  hosts.map((host) => ({ site, host })),
);

let sites: Sites;
let browser: LaunchedBrowser;
const pages = new Map<string, Page>();

beforeAll(async () => {
  sites = await startSites();
  browser = await launchBrowser({ sites });
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

describe('coverage health', () => {
  it('attaches on all six hosts and reads ok on each replica', async () => {
    expect(HOSTS).toHaveLength(6);
    const worker = await browser.worker();
    await Promise.all(
      HOSTS.map(async ({ host }) => {
        const page = await browser.page(`https://${host}/`);
        pages.set(host, page);
      }),
    );
    for (const { site, host } of HOSTS) {
      const row = await waitForCoverage(worker, host, (r) => r.status === 'ok');
      expect(row).toMatchObject({ host, site, status: 'ok' });
    }
    // The full dump (what canary tests search) holds the same rows, and no page content.
    const dump = JSON.parse(await dumpExtensionIndexedDb(worker)) as Record<string, Record<string, Array<{ host?: string }>>>;
    expect(dump['shadow-ai-records']?.coverage?.map((r) => r.host).sort()).toEqual(HOSTS.map((h) => h.host).sort());
    // The pages really came from the replica server, over the hostnames the manifest matches.
    const served = new Set(sites.allRequests().map((r) => r.host));
    for (const { host } of HOSTS) expect(served.has(host)).toBe(true);
    for (const [host, page] of pages) await browser.screenshot(page, `coverage-ok-${host}`);

    const popup = await browser.openPopup();
    await expect.poll(() => popup.locator('li[data-site="chatgpt"]').getAttribute('data-status')).toBe('ok');
    const text = await popup.locator('body').innerText();
    expect(text).toContain('Protected on ChatGPT');
    expect(text).toContain('Protected on Claude');
    await browser.screenshot(popup, 'popup-all-protected');
    await popup.close();
  });

  it('reads degraded when the composer never appears, and the popup says so', async () => {
    const worker = await browser.worker();
    // Coverage is kept per host: retire the healthy Claude tab before the broken page loads.
    await pages.get('claude.ai')?.close();
    const startedAt = Date.now();
    const broken = await browser.page('https://claude.ai/new?variant=no-composer');
    const row = await waitForCoverage(worker, 'claude.ai', (r) => r.status === 'degraded', 20_000);
    expect(row.reason).toBe('composer-missing');
    expect(row.updatedAt).toBeGreaterThanOrEqual(startedAt);
    // The other sites are untouched by Claude's trouble.
    const rows = await readCoverage(worker);
    expect(rows.find((r) => r.host === 'chatgpt.com')?.status).toBe('ok');
    await browser.screenshot(broken, 'coverage-degraded-claude');

    const popup = await browser.openPopup();
    await expect.poll(() => popup.locator('li[data-site="claude"]').getAttribute('data-status')).toBe('degraded');
    const text = await popup.locator('body').innerText();
    expect(text).toContain('Protected on ChatGPT');
    expect(text).toMatch(/Claude: protection degraded — the page layout changed/);
    await browser.screenshot(popup, 'popup-claude-degraded');
  });
});
