import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { waitForCoverage } from './harness/coverage';
import { dumpExtensionIndexedDb } from './harness/db';
import { startSites, type Sites } from './harness/server';
import { dumpStorageLocal, perTool, waitForToolDays } from './discovery/records';

// AI-tool discovery with the default policy, seen from outside: real navigations in Chromium to
// pages served at catalog hosts and at ordinary hosts, then everything the extension stored.

/** Put in every path and query string; it must never reach the extension's storage. */
const CANARY = 'quokka7x3canary';

/** Catalog hosts (and the tool each belongs to); the URLs carry paths and queries that must not be kept. */
const AI_VISITS = [
  { url: `https://www.perplexity.ai/search?q=${CANARY}+customer+list`, toolId: 'perplexity', host: 'www.perplexity.ai' },
  { url: `https://gemini.google.com/app/${CANARY}`, toolId: 'gemini', host: 'gemini.google.com' },
  { url: `https://poe.com/chat/${CANARY}?ref=${CANARY}`, toolId: 'poe', host: 'poe.com' },
  { url: `https://chat.mistral.ai/chat?q=${CANARY}`, toolId: 'le-chat', host: 'chat.mistral.ai' },
  // A user-named Space under a `*.` catalog pattern: counted, but the Space's name is not kept.
  { url: `https://${CANARY}-payroll.hf.space/?q=${CANARY}`, toolId: 'hugging-face', host: '*.hf.space' },
  // An inspected site: its content script reports, so the visit stays inspectable.
  { url: `https://chatgpt.com/?q=${CANARY}`, toolId: 'chatgpt', host: 'chatgpt.com' },
] as const;

/**
 * Ordinary browsing, including near misses: the AI vendors' general domains, a look-alike that
 * only ends like a catalog pattern, and a catalog host inside another domain.
 */
const OTHER_VISITS = [
  `https://news.example.org/world/${CANARY}?utm=${CANARY}`,
  `https://intranet.example.com/hr/salaries?employee=${CANARY}`,
  `https://www.google.com/search?q=${CANARY}`,
  `https://mistral.ai/news/${CANARY}`,
  `https://nothf.space/?q=${CANARY}`,
  `https://poe.com.example.net/${CANARY}`,
] as const;

const hostOf = (url: string) => new URL(url).hostname;
/** `mistral.ai` as a host of its own, not as the tail of `chat.mistral.ai`. */
const asWholeHost = (host: string) => new RegExp(`(?<![\\w.-])${host.replace(/\./g, '\\.')}(?![\\w.-])`);

let sites: Sites;
let browser: LaunchedBrowser;

beforeAll(async () => {
  const extraHosts = [...AI_VISITS.map((v) => hostOf(v.url)), ...OTHER_VISITS.map(hostOf)].filter((h) => h !== 'chatgpt.com');
  sites = await startSites({ extraHosts });
  browser = await launchBrowser({ sites });
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

describe('AI-tool discovery (default policy)', () => {
  it('records visits to catalog hosts by tool, and nothing about any other site', async () => {
    const worker = await browser.worker();
    // Poe first, and only on once it is counted: the worker's navigation listener reaches the
    // browser a moment after the worker starts, and on a busy machine a page opened at once
    // would commit before anyone listens (a user does not browse in the install's first second).
    const first = AI_VISITS.find((v) => v.toolId === 'poe')!;
    const tab = await browser.page(first.url);
    await waitForToolDays(worker, (r) => perTool(r).poe?.visits === 1, 'the first visit');
    // Then one tab for everything, ordinary sites first: webNavigation events reach the worker in
    // order, so once the AI visits that follow are recorded, the others have been dispatched too.
    for (const url of OTHER_VISITS) await tab.goto(url, { waitUntil: 'domcontentloaded' });
    for (const { url, toolId } of AI_VISITS) {
      if (toolId === first.toolId) continue;
      // ChatGPT keeps a tab of its own, so its content script can finish and report health.
      if (toolId === 'chatgpt') await browser.page(url);
      else await tab.goto(url, { waitUntil: 'domcontentloaded' });
    }
    // A second visit to the same tool on the same day adds to its row.
    await tab.goto(`https://poe.com/?again=${CANARY}`, { waitUntil: 'domcontentloaded' });

    const rows = await waitForToolDays(
      worker,
      (r) => AI_VISITS.every((v) => r.some((row) => row.toolId === v.toolId)) && (perTool(r).poe?.visits ?? 0) >= 2,
      'every AI visit',
    );
    // The content script on ChatGPT reported: that is what keeps its visit "inspectable".
    await waitForCoverage(worker, 'chatgpt.com', (row) => row.status === 'ok');

    // Every page really was served, at the host and path the test asked for.
    const served = sites.allRequests().map((r) => `https://${r.host}${r.path}`);
    for (const url of [...OTHER_VISITS, ...AI_VISITS.map((v) => v.url)]) expect(served).toContain(url);

    const tools = perTool(rows);
    expect(Object.keys(tools).sort()).toEqual(AI_VISITS.map((v) => v.toolId).sort());
    for (const visit of AI_VISITS) {
      expect(tools[visit.toolId], visit.toolId).toEqual({
        visits: visit.toolId === 'poe' ? 2 : 1,
        notInspectable: 0,
        hosts: [visit.host],
      });
    }

    const indexedDb = await dumpExtensionIndexedDb(worker);
    const storage = await dumpStorageLocal(worker);
    for (const [name, dump] of [
      ['IndexedDB', indexedDb],
      ['storage.local', storage],
    ] as const) {
      expect(dump, `${name} holds the canary from a path or query`).not.toContain(CANARY);
      for (const url of OTHER_VISITS) expect(dump, `${name} mentions ${hostOf(url)}`).not.toMatch(asWholeHost(hostOf(url)));
      // Paths of the AI visits are not kept either.
      expect(dump, name).not.toMatch(/\/search\?|\/app\/|\/chat\//);
    }
    // The default policy shows no notice and remembers none.
    expect(storage).not.toContain('toolNoticesShown');
  });

  it('the popup lists the tools seen this week by name', async () => {
    const popup = await browser.openPopup();
    const items = popup.locator('ul.tools li[data-tool]');
    await expect.poll(() => items.count()).toBe(6);
    // Poe has two visits, so it leads; the rest have one each and follow in id order.
    expect(await items.evaluateAll((li) => li.map((el) => (el as HTMLElement).dataset.tool))).toEqual([
      'poe',
      'chatgpt',
      'gemini',
      'hugging-face',
      'le-chat',
      'perplexity',
    ]);
    // textContent, not innerText: the heading is upper-cased by CSS only.
    expect(await popup.locator('#tools-heading').textContent()).toBe('AI tools used this week');
    const text = await popup.locator('section[aria-labelledby="tools-heading"]').innerText();
    // Both Poe visits fall on one day unless the run straddles midnight.
    expect(text).toMatch(/Poe\s+2 visits · (1 day|2 days)/);
    for (const name of ['ChatGPT', 'Gemini', 'Hugging Face', 'Le Chat', 'Perplexity']) expect(text).toContain(name);
    expect(text).not.toContain(CANARY);
    const file = await browser.screenshot(popup, 'discovery-popup-tools-this-week');
    expect(file).toMatch(/discovery-popup-tools-this-week\.png$/);
    await popup.close();
  });
});
