import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { chooseFiles, dropFiles, pasteHtmlOnly, pasteText, pressEnter, typeText } from './input';
import { editorText, pendingFiles, waitForComposer } from './replica-editor';
import { sentMessages, waitForMessages } from './requests';
import { REPLICA_URL, startSites, type ReplicaSite, type Sites } from './server';

// The harness checked on its own, without the extension, so later tests can trust it: input is
// trusted, each replica's editor handles paste natively, files reach the request, and the receiver
// records and refuses on demand.

const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];

let sites: Sites;
let browser: LaunchedBrowser;

beforeAll(async () => {
  sites = await startSites({ extraHosts: ['gemini.google.com', 'example.org'] });
  browser = await launchBrowser({ sites, extension: false });
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

async function openReplica(site: ReplicaSite): Promise<Page> {
  const page = await browser.page(REPLICA_URL[site]);
  await waitForComposer(page, site);
  await page.evaluate(() => {
    const seen: Array<{ type: string; trusted: boolean; files: number }> = [];
    (window as unknown as { __events: typeof seen }).__events = seen;
    for (const type of ['paste', 'drop', 'beforeinput', 'keydown']) {
      window.addEventListener(type, (e) => seen.push({ type, trusted: e.isTrusted, files: (e as DragEvent).dataTransfer?.files.length ?? 0 }), true);
    }
  });
  return page;
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { __events: Array<{ type: string; trusted: boolean; files: number }> }).__events);

describe('harness', () => {
  it('serves the stand-in first, then the real editor (hydration)', async () => {
    const page = await browser.context.newPage();
    await page.goto(REPLICA_URL.chatgpt, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('textarea[name="prompt-textarea"]').count()).toBe(1);
    await waitForComposer(page, 'chatgpt');
    expect(await page.locator('textarea[name="prompt-textarea"]').count()).toBe(0);
    await page.close();
  });

  for (const site of SITES) {
    it(`${site}: a trusted paste lands in the editor's own state and is sent as is`, async () => {
      const page = await openReplica(site);
      await page.bringToFront();
      await typeText(page, 'Summarize: ', { site });
      await pasteText(page, 'the quarterly plan\nin two lines', site);
      await expect.poll(() => editorText(page, site)).toBe('Summarize: the quarterly plan\nin two lines');
      const pastes = (await events(page)).filter((e) => e.type === 'paste');
      expect(pastes).toEqual([{ type: 'paste', trusted: true, files: 0 }]);
      await pressEnter(page);
      const [message] = await waitForMessages(sites, site, 1);
      expect(message.text).toBe('Summarize: the quarterly plan\nin two lines');
      await page.close();
    });
  }

  it('pastes HTML-only clipboard content (ProseMirror parses it)', async () => {
    const page = await openReplica('claude');
    await pasteHtmlOnly(page, '<p>Hello <b>bold</b> world</p>', 'claude');
    await expect.poll(() => editorText(page, 'claude')).toBe('Hello bold world');
    await page.close();
  });

  it('drops files with trusted drag events and chooses files in the file input; the request carries their text', async () => {
    sites.clear();
    const page = await openReplica('chatgpt');
    await page.bringToFront();
    await dropFiles(page, 'form[data-type="unified-composer"]', [
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('dropped file body') },
    ]);
    await expect.poll(() => pendingFiles(page)).toEqual(['notes.txt']);
    const drops = (await events(page)).filter((e) => e.type === 'drop');
    expect(drops).toEqual([{ type: 'drop', trusted: true, files: 1 }]);
    await chooseFiles(page, 'form input[type="file"]', [
      { name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') },
    ]);
    await expect.poll(() => pendingFiles(page)).toEqual(['notes.txt', 'data.csv']);
    await typeText(page, 'see attached', { site: 'chatgpt' });
    await pressEnter(page);
    const [message] = await waitForMessages(sites, 'chatgpt', 1);
    expect(message.attachments.map((a) => [a.name, a.text])).toEqual([
      ['notes.txt', 'dropped file body'],
      ['data.csv', 'a,b\n1,2\n'],
    ]);
    // Like the real site, each file is also uploaded on its own.
    const uploads = sites.received('chatgpt').filter((p) => p.path === '/backend-api/files');
    expect(uploads.map((u) => (u.body as { content: string }).content)).toEqual(['dropped file body', 'a,b\n1,2\n']);
    await page.close();
  });

  it('serves extra hosts, logs every request, and the receiver records, answers and refuses on demand', async () => {
    const page = await browser.page('https://example.org/some/path');
    expect(await page.title()).toBe('example.org');
    expect(sites.allRequests().some((r) => r.host === 'example.org' && r.path === '/some/path')).toBe(true);

    const post = (body: string) =>
      page.evaluate(
        (b) => fetch('https://receiver.test/ingest', { method: 'POST', body: b, headers: { 'content-type': 'application/json' } }).then((r) => r.status, () => -1),
        body,
      );
    sites.receiver.respondWith(503, { error: 'busy' });
    expect(await post('{"n":1}')).toBe(503);
    expect(await post('{"n":2}')).toBe(200);
    expect(sites.receiver.requests().filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{ n: 1 }, { n: 2 }]);
    await sites.receiver.down();
    expect(await post('{"n":3}')).toBe(-1);
    await sites.receiver.up();
    expect(await post('{"n":4}')).toBe(200);
    expect(sites.allRequests().filter((r) => r.host === 'receiver.test' && r.method === 'POST').map((r) => r.raw)).toEqual([
      '{"n":1}',
      '{"n":2}',
      '{"n":4}',
    ]);
    expect(sentMessages(sites).every((m) => m.host !== 'receiver.test')).toBe(true);
    await page.close();
  });
});
