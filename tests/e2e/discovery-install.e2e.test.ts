import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { readCoverage, waitForCoverage } from './harness/coverage';
import { startSites, type Sites } from './harness/server';
import { perTool, readToolDays, waitForToolDays } from './discovery/records';

// The extension installed while AI tools are already open, as a user or an admin rollout does:
// those pages were navigated before the extension could listen, yet they are today's use.
// Chromium starts without the extension; CDP's Extensions.loadUnpacked installs it afterwards.

let sites: Sites;
let browser: LaunchedBrowser;

/** The guard's watchdog calls a silent inspected page "could not run" after 10 s; wait past that. */
const WATCHDOG_MS = 11_000;

beforeAll(async () => {
  sites = await startSites({ extraHosts: ['www.perplexity.ai', 'news.example.org'] });
  browser = await launchBrowser({ sites, extension: 'later' });
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

describe('AI tools open when the extension is installed', () => {
  it("are counted at install, ChatGPT's as not inspected, without calling its silent tab broken", async () => {
    await browser.page('https://www.perplexity.ai/?q=before-install');
    await browser.page('https://chatgpt.com/');
    await browser.page('https://news.example.org/');

    await browser.installExtension();
    const worker = await browser.worker();
    const rows = await waitForToolDays(worker, (r) => Object.keys(perTool(r)).length >= 2, 'the two open tools');
    expect(Object.fromEntries(Object.entries(perTool(rows)).map(([tool, t]) => [tool, t.visits]))).toEqual({ chatgpt: 1, perplexity: 1 });

    // Chromium does not run declared content scripts in pages open before the install: the
    // ChatGPT visit was not inspected, and its silent tab is not the site breaking our script.
    await new Promise((r) => setTimeout(r, WATCHDOG_MS));
    expect(perTool(await readToolDays(worker))).toMatchObject({ chatgpt: { visits: 1, notInspectable: 1 }, perplexity: { visits: 1, notInspectable: 0 } });
    expect((await readCoverage(worker)).filter((c) => c.reason === 'content-script-silent')).toEqual([]);
  });

  it('later navigations are counted as before, and the popup lists both tools', async () => {
    const worker = await browser.worker();
    await browser.page('https://chatgpt.com/');
    await waitForCoverage(worker, 'chatgpt.com', (row) => row.status === 'ok');
    await waitForToolDays(worker, (r) => perTool(r).chatgpt?.visits === 2, 'a second ChatGPT visit');

    const popup = await browser.openPopup();
    const items = popup.locator('ul.tools li[data-tool]');
    await expect.poll(() => items.evaluateAll((li) => li.map((el) => (el as HTMLElement).dataset.tool))).toEqual(['chatgpt', 'perplexity']);
    await browser.screenshot(popup, 'discovery-popup-after-install-with-open-tabs');
    await popup.close();
  });
});
