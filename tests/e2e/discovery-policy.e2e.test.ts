import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { EXTENSION_ID, launchBrowser, type LaunchedBrowser } from './harness/browser';
import { readCoverage, waitForCoverage } from './harness/coverage';
import { startSites, type Sites } from './harness/server';
import { chromiumWithManagedPolicy, type ManagedPolicyChromium } from './discovery/managed-policy';
import { noticesShown, perTool, shownNotifications, waitForToolDays } from './discovery/records';
import { controlExtensionWorker } from './discovery/worker';
import type { InExtension } from './discovery/extension-api';

// AI-tool discovery under an administrator's policy, delivered as real machine policy (see
// chromiumWithManagedPolicy): the first-visit notice for unsanctioned tools, a tool the policy
// adds, and a host where the browser itself keeps the content script out.

const NOTICE_TEXT = 'This AI tool is not approved for company data.';
const POLICY = {
  // What Edge does on *.cloud.microsoft, here on claude.ai: extensions may not touch the host.
  ExtensionSettings: { [EXTENSION_ID]: { runtime_blocked_hosts: ['*://claude.ai'] } },
  '3rdparty': {
    extensions: {
      [EXTENSION_ID]: {
        tools: {
          showUnsanctionedNotice: true,
          sanctioned: ['chatgpt', 'gemini'],
          noticeText: NOTICE_TEXT,
          approvedAlternative: 'ChatGPT Enterprise',
          extraTools: [{ id: 'acme-gpt', name: 'Acme GPT', category: 'chat', hosts: ['gpt.intranet.example.com'] }],
        },
      },
    },
  },
};

let sites: Sites;
let browser: LaunchedBrowser;
let chromium: ManagedPolicyChromium;
let worker: Worker;

/** Waits for the background to publish the managed policy: Chromium may load it after the worker starts. */
async function policyApplied(w: Worker): Promise<void> {
  const deadline = Date.now() + 15_000;
  const read = () =>
    w.evaluate(async () => {
      const { chrome } = globalThis as unknown as InExtension;
      const { effectivePolicy } = await chrome.storage.local.get('effectivePolicy');
      return (effectivePolicy as { tools?: { showUnsanctionedNotice?: boolean } } | undefined)?.tools;
    });
  for (;;) {
    const tools = await read();
    if (tools?.showUnsanctionedNotice === true) return;
    if (Date.now() > deadline) throw new Error(`the managed policy never took effect; effective tools policy: ${JSON.stringify(tools)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Records every notification the extension creates. It only observes: the call goes on to the
 * real API. The count is what tells "shown once" from "shown twice under the same id", which
 * getAll() alone cannot.
 */
async function recordNotificationCalls(w: Worker): Promise<void> {
  await w.evaluate(() => {
    const { chrome } = globalThis as unknown as InExtension;
    const scope = globalThis as unknown as { e2eCreated?: unknown[] };
    scope.e2eCreated = [];
    const api = chrome.notifications as unknown as { create: (...args: unknown[]) => Promise<string> };
    const create = api.create.bind(chrome.notifications);
    api.create = (...args: unknown[]) => {
      scope.e2eCreated!.push(JSON.parse(JSON.stringify(args)));
      return create(...args);
    };
  });
}

const createdNotifications = (w: Worker) =>
  w.evaluate(() => (globalThis as unknown as { e2eCreated?: Array<[string, { title: string; message: string; buttons?: { title: string }[]; requireInteraction?: boolean }]> }).e2eCreated ?? null);

beforeAll(async () => {
  chromium = chromiumWithManagedPolicy(POLICY);
  sites = await startSites({ extraHosts: ['poe.com', 'www.perplexity.ai', 'gemini.google.com', 'gpt.intranet.example.com', 'chat.mistral.ai'] });
  const previous = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = chromium.executablePath;
  try {
    browser = await launchBrowser({ sites });
  } finally {
    if (previous === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = previous;
  }
  worker = await browser.worker();
  await policyApplied(worker);
  await recordNotificationCalls(worker);
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
  chromium?.dispose();
});

describe('AI-tool discovery under a managed policy', () => {
  it('the policy arrived through managed storage, not a stand-in', async () => {
    const managed = await worker.evaluate(() => {
      const { chrome } = globalThis as unknown as InExtension;
      return chrome.storage.managed.get(null);
    });
    expect(managed).toMatchObject({ tools: { showUnsanctionedNotice: true, sanctioned: ['chatgpt', 'gemini'] } });
  });

  it('shows the unsanctioned-tool notice once, and it can be dismissed', async () => {
    const tab = await browser.page('https://poe.com/');
    await expect.poll(() => shownNotifications(worker), { timeout: 10_000 }).toEqual({ 'tool-notice:poe': true });
    // A second visit, in the same tab and in another one.
    await tab.goto('https://poe.com/chat/second', { waitUntil: 'domcontentloaded' });
    await (await browser.page('https://poe.com/')).close();
    await waitForToolDays(worker, (rows) => (perTool(rows).poe?.visits ?? 0) >= 3, 'three Poe visits');
    // A sanctioned tool, visited after Poe: once it is counted, Poe's later visits have been handled too.
    await browser.page('https://gemini.google.com/app');
    await waitForToolDays(worker, (rows) => perTool(rows).gemini?.visits === 1, 'the Gemini visit');

    const created = await createdNotifications(worker);
    expect(created, 'the notification spy is gone: the service worker restarted').not.toBeNull();
    expect(created).toHaveLength(1);
    const [id, options] = created![0]!;
    expect(id).toBe('tool-notice:poe');
    expect(options.title).toBe('Poe');
    expect(options.message).toBe(`${NOTICE_TEXT} Approved alternative: ChatGPT Enterprise.`);
    expect(options.buttons).toEqual([{ title: 'Dismiss' }]);
    // Never blocking: it is not pinned on screen until the user acts.
    expect(options.requireInteraction).toBeUndefined();
    expect(await shownNotifications(worker)).toEqual({ 'tool-notice:poe': true });
    expect(await noticesShown(worker)).toEqual(['poe']);

    // Dismiss. Chromium draws notifications outside any page, where a test cannot click, so the
    // button click is delivered as the browser would: onButtonClicked, to the listener the
    // extension registered at start-up.
    await worker.evaluate(() => {
      const { chrome } = globalThis as unknown as InExtension;
      const event = chrome.notifications.onButtonClicked as unknown as { dispatch: (id: string, button: number) => void };
      event.dispatch('tool-notice:poe', 0);
    });
    await expect.poll(() => shownNotifications(worker), { timeout: 5_000 }).toEqual({});

    // Dismissed stays dismissed: the next visit does not bring it back.
    await tab.goto('https://poe.com/again', { waitUntil: 'domcontentloaded' });
    await waitForToolDays(worker, (rows) => (perTool(rows).poe?.visits ?? 0) >= 4, 'a fourth Poe visit');
    await browser.page('https://gemini.google.com/app/2');
    await waitForToolDays(worker, (rows) => perTool(rows).gemini?.visits === 2, 'the second Gemini visit');
    expect(await shownNotifications(worker)).toEqual({});
    expect(await createdNotifications(worker)).toHaveLength(1);
  });

  it('a second unsanctioned tool gets its own notice, which the user can close', async () => {
    await browser.page('https://www.perplexity.ai/');
    await expect.poll(() => shownNotifications(worker), { timeout: 10_000 }).toEqual({ 'tool-notice:perplexity': true });
    // Closing it from the notification's own close button ends in the same call.
    const cleared = await worker.evaluate(() => {
      const { chrome } = globalThis as unknown as InExtension;
      return chrome.notifications.clear('tool-notice:perplexity');
    });
    expect(cleared).toBe(true);
    expect(await shownNotifications(worker)).toEqual({});
    expect((await createdNotifications(worker))?.map(([id]) => id)).toEqual(['tool-notice:poe', 'tool-notice:perplexity']);
  });

  it('counts a host the administrator added', async () => {
    await browser.page('https://gpt.intranet.example.com/ask?q=quarterly+numbers');
    const rows = await waitForToolDays(worker, (r) => perTool(r)['acme-gpt']?.visits === 1, 'the Acme GPT visit');
    expect(perTool(rows)['acme-gpt']).toEqual({ visits: 1, notInspectable: 0, hosts: ['gpt.intranet.example.com'] });
    expect(JSON.stringify(rows)).not.toContain('quarterly');
  });

  it('counts a visit as "not inspectable" where the browser keeps the content script out', async () => {
    // ChatGPT is the control: same extension, same 10 s watch, but its script may run.
    const chatgpt = await browser.page('https://chatgpt.com/');
    await waitForCoverage(worker, 'chatgpt.com', (row) => row.status === 'ok');
    const claude = await browser.page('https://claude.ai/new');
    // The replica itself loads: only the extension is kept out.
    await expect.poll(() => claude.title()).toBe('Claude');

    const coverage = await waitForCoverage(worker, 'claude.ai', (row) => row.status === 'unavailable', 25_000);
    expect(coverage).toMatchObject({ site: 'claude', status: 'unavailable', reason: 'content-script-silent' });
    const rows = await waitForToolDays(worker, (r) => (perTool(r).claude?.notInspectable ?? 0) >= 1, 'a not-inspectable Claude visit');
    expect(perTool(rows).claude).toEqual({ visits: 1, notInspectable: 1, hosts: ['claude.ai'] });
    // ChatGPT's watch started earlier and has run out too; its script had reported, so it stays inspectable.
    expect(perTool(rows).chatgpt).toMatchObject({ visits: 1, notInspectable: 0 });
    expect((await readCoverage(worker)).find((row) => row.host === 'chatgpt.com')?.status).toBe('ok');

    await browser.screenshot(claude, 'discovery-claude-blocked-by-policy');
    const popup = await browser.openPopup();
    await expect.poll(() => popup.locator('li[data-site="claude"]').getAttribute('data-status')).toBe('unavailable');
    await expect.poll(() => popup.locator('ul.tools li[data-tool="claude"]').count()).toBe(1);
    await browser.screenshot(popup, 'discovery-popup-claude-not-inspectable');
    await chatgpt.close();
  });

  // Last: stopping the worker drops the watchdog's timers and the notification spy.
  it('the visit that wakes a stopped worker still gets its notice', async () => {
    const control = await controlExtensionWorker(browser);
    try {
      await control.stop();
      // In MV3 this is the usual first visit: the navigation starts the worker, before its policy is read.
      await browser.page('https://chat.mistral.ai/chat');
      await expect.poll(() => control.status(), { timeout: 10_000 }).toBe('running');
      const woken = await browser.worker();
      await expect.poll(() => shownNotifications(woken), { timeout: 10_000 }).toMatchObject({ 'tool-notice:le-chat': true });
      const rows = await waitForToolDays(woken, (r) => perTool(r)['le-chat']?.visits === 1, 'the Le Chat visit');
      expect(perTool(rows)['le-chat']).toEqual({ visits: 1, notInspectable: 0, hosts: ['chat.mistral.ai'] });
      expect(await noticesShown(woken)).toContain('le-chat');
    } finally {
      await control.close();
    }
  });
});
