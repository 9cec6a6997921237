import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dropFiles, pressEnter, typeText } from './harness/input';
import { pendingFiles, REPLICA_COMPOSER } from './harness/replica-editor';
import { sentMessages, waitForMessages } from './harness/requests';
import type { ReplicaSite } from './harness/server';
import { useReplicaSuite } from './harness/replica-suite';
import { assessDefault, customerCsv, pngImage } from './guard/data';
import { pickFiles } from './guard/files';
import { clearComposer } from './guard/page';
import { clickPanelButton, dismissPanel, readPanel, waitForPanel, waitForPanelClosed } from './guard/panel';
import { waitForRecords } from './guard/records';

// Files dropped on the composer or chosen in the site's file input: text-like files are read and
// scanned before the site sees them; other files pass and are recorded as not inspected.

const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];

const suite = useReplicaSuite(SITES, { afterEachPage: dismissPanel });
const { pages } = suite;

/** Sends a short harmless note (attachments ride along) and returns the one message that arrived. */
async function sendNote(page: Page, site: ReplicaSite, note: string) {
  const before = sentMessages(suite.sites, site).length;
  await clearComposer(page, site);
  await typeText(page, note, { site });
  await pressEnter(page);
  await waitForMessages(suite.sites, site, before + 1);
  const all = await waitForMessages(suite.sites, site, before + 2, 1_000);
  return all.slice(before);
}

const seedFor = (site: ReplicaSite, scenario: number) => 2000 + SITES.indexOf(site) * 100 + scenario;

describe('upload guard', () => {
  for (const site of SITES) {
    describe(site, () => {
      it('holds a dropped customer CSV; the redacted file is what the site uploads', async () => {
        const page = pages[site];
        await page.bringToFront();
        const csv = customerCsv(seedFor(site, 1));
        const oracle = assessDefault(csv.text, site);
        expect(oracle.assessment.action).not.toBe('allow');
        const name = `customers-${site}.csv`;

        await dropFiles(page, REPLICA_COMPOSER[site], [{ name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) }]);
        const panel = await waitForPanel(page, (p) => p.focused === 'button:Upload redacted file');
        expect(panel.title).toBe('Sensitive data in this file');
        for (const value of csv.values) expect(panel.text).not.toContain(value);
        // Held: the site has not been given the file.
        expect(await pendingFiles(page)).toEqual([]);
        await suite.browser.screenshot(page, `guard-upload-panel-${site}`);

        await clickPanelButton(page, 'Upload redacted file');
        await waitForPanelClosed(page);
        await expect.poll(() => pendingFiles(page)).toEqual([name]);
        const [message, ...extra] = await sendNote(page, site, 'Please summarise the attached list by city.');
        expect(extra).toEqual([]);
        expect(message!.attachments.map((a) => [a.name, a.text])).toEqual([[name, oracle.redacted]]);
        for (const value of csv.values) expect(JSON.stringify(message!.post.body)).not.toContain(value);

        const upload = await waitForRecords(await suite.browser.worker(), (r) => r.uploads.find((u) => u.site === site && u.fileKind === 'csv'));
        expect(upload).toMatchObject({ inspected: true, sizeBytes: Buffer.byteLength(csv.text) });
      });

      it('lets a dropped PNG through untouched and records it as uploaded, not inspected', async () => {
        const page = pages[site];
        await page.bringToFront();
        const png = pngImage(40 + SITES.indexOf(site), 30);
        const name = `diagram-${site}.png`;
        await dropFiles(page, REPLICA_COMPOSER[site], [{ name, mimeType: 'image/png', buffer: png }]);
        await expect.poll(() => pendingFiles(page)).toEqual([name]);
        expect(await readPanel(page)).toBeNull();

        const upload = await waitForRecords(await suite.browser.worker(), (r) => r.uploads.find((u) => u.site === site && u.fileKind === 'png'));
        expect(upload).toMatchObject({ inspected: false, sizeBytes: png.length });
        const { dump } = await waitForRecords(await suite.browser.worker(), (r) => r);
        expect(dump).not.toContain(name);

        const [message, ...extra] = await sendNote(page, site, 'What does this diagram show?');
        expect(extra).toEqual([]);
        expect(message!.attachments.map((a) => [a.name, a.size])).toEqual([[name, png.length]]);
      });

      it('a customer CSV chosen in the file picker and cancelled never reaches the site', async () => {
        const page = pages[site];
        await page.bringToFront();
        const csv = customerCsv(seedFor(site, 3));
        await pickFiles(page, 'input[type=file]', [{ name: `export-${site}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv.text) }]);
        await waitForPanel(page, (p) => p.title === 'Sensitive data in this file');
        await page.keyboard.press('Escape');
        await waitForPanelClosed(page);
        expect(await pendingFiles(page)).toEqual([]);
        const [message] = await sendNote(page, site, 'Never mind the file.');
        expect(message!.attachments).toEqual([]);
      });
    });
  }
});
