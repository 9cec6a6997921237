import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { readCoverage, waitForCoverage } from './harness/coverage';
import { startSites, type Sites } from './harness/server';
import { perTool, readToolDays, waitForToolDays } from './discovery/records';
import { pasteText } from './harness/input';
import { editorText } from './harness/replica-editor';
import { assessDefault, sensitiveSample } from './guard/data';
import { clickPanelButton, PANEL_HOST, waitForPanel, waitForPanelClosed } from './guard/panel';
import { waitForRecords } from './guard/records';

// The extension installed while AI tools are already open, as a user or an admin rollout does:
// those pages were navigated before the extension could listen, yet they are today's use, and a
// paste there must be checked as anywhere else.
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
  it('are counted at install, and the guard starts in the open ChatGPT tab without a reload', async () => {
    await browser.page('https://www.perplexity.ai/?q=before-install');
    const chat = await browser.page('https://chatgpt.com/');
    await browser.page('https://news.example.org/');

    await browser.installExtension();
    const worker = await browser.worker();
    const rows = await waitForToolDays(worker, (r) => Object.keys(perTool(r)).length >= 2, 'the two open tools');
    expect(Object.fromEntries(Object.entries(perTool(rows)).map(([tool, t]) => [tool, t.visits]))).toEqual({ chatgpt: 1, perplexity: 1 });

    // Chromium does not run declared content scripts in pages open before the install; the
    // install sweep starts ours there, so the visit is inspected and the page reports coverage.
    await waitForCoverage(worker, 'chatgpt.com', (row) => row.status === 'ok');
    const sample = sensitiveSample(7);
    await pasteText(chat, sample.text, 'chatgpt');
    const panel = await waitForPanel(chat);
    expect(panel.buttons.map((b) => b.name)).toContain('Paste redacted');
    const editor = await editorText(chat, 'chatgpt');
    for (const value of sample.values) expect(editor).not.toContain(value);
    await browser.screenshot(chat, 'guard-in-tab-open-before-install');
    await clickPanelButton(chat, 'Cancel');

    // Past the watchdog's wait: the tab it was handed did report, so nothing is called broken.
    await new Promise((r) => setTimeout(r, WATCHDOG_MS));
    expect(perTool(await readToolDays(worker))).toMatchObject({ chatgpt: { visits: 1, notInspectable: 0 }, perplexity: { visits: 1, notInspectable: 0 } });
    expect((await readCoverage(worker)).filter((c) => c.reason === 'content-script-silent')).toEqual([]);
  });

  it('an update restarts the guard in the open tab: one panel, the redacted paste lands once and is recorded', async () => {
    const chat = browser.context.pages().find((p) => p.url().startsWith('https://chatgpt.com/'))!;
    // Loading the same unpacked extension again is an update. The old script in the tab is cut
    // off from the extension (it could still hold a paste but not report it), so the record
    // below can only come from the copy the update sweep started.
    const updatedAt = Date.now();
    await browser.installExtension();
    const worker = await browser.worker();
    // The new copy reports coverage as it starts; until then (well under a second here) a paste is not checked.
    await waitForCoverage(worker, 'chatgpt.com', (row) => row.status === 'ok' && row.updatedAt > updatedAt);

    const sample = sensitiveSample(8);
    const oracle = assessDefault(sample.text, 'chatgpt');
    await pasteText(chat, sample.text, 'chatgpt');
    await waitForPanel(chat);
    expect(await chat.evaluate((tag) => document.querySelectorAll(tag).length, PANEL_HOST)).toBe(1);
    await clickPanelButton(chat, 'Paste redacted');
    await waitForPanelClosed(chat);
    const firstLine = oracle.redacted.trim().split('\n')[0]!;
    await expect.poll(() => editorText(chat, 'chatgpt')).toContain(firstLine);
    const editor = await editorText(chat, 'chatgpt');
    expect(editor.split(firstLine).length - 1).toBe(1);
    for (const value of sample.values) expect(editor).not.toContain(value);
    const event = await waitForRecords(worker, (r) => r.guardEvents.find((e) => e.site === 'chatgpt' && e.trigger === 'paste' && e.outcome === 'redacted'));
    expect(event.byType).toMatchObject({ aws_access_key: 1, iban: 1, email: 3 });
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
