import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pasteText, pressEnter, typeText } from './harness/input';
import { editorText } from './harness/replica-editor';
import { sentMessages, waitForMessages } from './harness/requests';
import type { ReplicaSite } from './harness/server';
import { useReplicaSuite } from './harness/replica-suite';
import { assessDefault, harmlessText, placeholderStem, sensitiveSample } from './guard/data';
import { clearComposer, focusInComposer } from './guard/page';
import { clickPanelButton, dismissPanel, panelAccessibility, readPanel, typeReason, waitForPanel, waitForPanelClosed } from './guard/panel';
import { waitForRecords } from './guard/records';

// The paste guard on the four replicas with trusted pastes (CDP), the default policy and the
// user's three choices. Expected editor and server contents come from the extension's own
// assessment of the same text in Node (the oracle), plus checks that need no oracle: none of the
// values reach the editor or the server unless the user chose "Paste anyway".

const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];

const suite = useReplicaSuite(SITES, { afterEachPage: dismissPanel });
const { pages } = suite;

/** Different values for every scenario: "Paste anyway" makes the tab accept those exact values afterwards. */
const seedFor = (site: ReplicaSite, scenario: number) => SITES.indexOf(site) * 100 + scenario;

/** Sends with Enter and returns the messages that arrived because of it, after giving a duplicate time to show up. */
async function sendAndCollect(page: Page, site: ReplicaSite): Promise<string[]> {
  const before = sentMessages(suite.sites, site).length;
  await pressEnter(page);
  await waitForMessages(suite.sites, site, before + 1);
  // A second copy (double send) would arrive right behind the first; wait for it to fail to appear.
  const after = await waitForMessages(suite.sites, site, before + 2, 1_000);
  return after.slice(before).map((m) => m.text);
}

describe('paste guard', () => {
  for (const site of SITES) {
    describe(site, () => {
      it('holds a paste with an AWS key, e-mails and an IBAN; Enter pastes the redacted text, which is what the server gets', async () => {
        const page = pages[site];
        await page.bringToFront();
        await clearComposer(page, site);
        const sample = sensitiveSample(seedFor(site, 1));
        const oracle = assessDefault(sample.text, site);
        // Preconditions on the test data, not on the browser: the three families are present.
        expect(oracle.assessment.byType).toMatchObject({ aws_access_key: 1, iban: 1, email: 3 });
        expect(oracle.assessment.action).not.toBe('allow');

        await pasteText(page, sample.text, site);
        const panel = await waitForPanel(page);
        const editorWhileHeld = await editorText(page, site);
        for (const value of sample.values) {
          expect(editorWhileHeld).not.toContain(value);
          expect(panel.text).not.toContain(value);
        }
        expect(panel.role).toBe('alertdialog');
        expect(panel.buttons.map((b) => b.name)).toEqual(['Paste redacted', ...(oracle.assessment.overrideAllowed ? ['Paste anyway'] : []), 'Cancel']);
        // Each type is listed with its count; examples are masked but keep enough to recognise them.
        expect(panel.text).toContain('×3');
        expect(panel.examples.join(' ')).toContain('@larkspur-logistics.com');
        expect(panel.focused).toBe('button:Paste redacted');
        // What a screen reader announces: the dialog by its title, the buttons by their labels.
        const ax = await panelAccessibility(page);
        expect(ax).toContainEqual({ role: 'alertdialog', name: panel.title });
        for (const b of panel.buttons) expect(ax).toContainEqual({ role: 'button', name: b.name });
        await suite.browser.screenshot(page, `guard-paste-panel-${site}`);

        await page.keyboard.press('Enter');
        await waitForPanelClosed(page);
        await expect.poll(() => editorText(page, site)).toBe(oracle.redacted);
        expect(await focusInComposer(page, site)).toBe(true);
        for (const type of ['aws_access_key', 'iban', 'email']) expect(oracle.redacted).toContain(`[${placeholderStem(type)}_1]`);

        const received = await sendAndCollect(page, site);
        expect(received).toEqual([oracle.redacted]);
        for (const value of sample.values) expect(received[0]).not.toContain(value);
      });

      it('Paste anyway asks for a reason, then lands the original; the send is not asked about again', async () => {
        const page = pages[site];
        await page.bringToFront();
        await clearComposer(page, site);
        const sample = sensitiveSample(seedFor(site, 2));
        await pasteText(page, sample.text, site);
        await waitForPanel(page);
        await clickPanelButton(page, 'Paste anyway');
        // The reason field appears and takes the focus (a render later, hence the wait).
        const asking = await waitForPanel(page, (p) => p.reason !== null && p.focused === 'input');
        expect(asking.reason!.label).toMatch(/reason/i);
        // Without a reason the override does not go through.
        await clickPanelButton(page, 'Paste anyway');
        expect(await readPanel(page)).not.toBeNull();
        expect(await editorText(page, site)).toBe('');

        const reason = `customer ticket ${site} needs the exact values`;
        await typeReason(page, reason);
        await page.keyboard.press('Enter');
        await waitForPanelClosed(page);
        await expect.poll(() => editorText(page, site)).toBe(sample.text);
        expect(await focusInComposer(page, site)).toBe(true);

        expect(await sendAndCollect(page, site)).toEqual([sample.text]);
        expect(await readPanel(page)).toBeNull();

        // The decision is recorded as an override with a reason given, never the reason or the values.
        const worker = await suite.browser.worker();
        const event = await waitForRecords(worker, (r) =>
          r.guardEvents.find((e) => e.site === site && e.trigger === 'paste' && e.outcome === 'overridden'),
        );
        expect(event).toMatchObject({ reasonGiven: true, byType: { aws_access_key: 1, iban: 1, email: 3 } });
        const { dump } = await waitForRecords(worker, (r) => r);
        expect(dump).not.toContain(reason);
        for (const value of sample.values) expect(dump).not.toContain(value);
      });

      it('Cancel (button or Escape) leaves the composer as it was, focused', async () => {
        const page = pages[site];
        await page.bringToFront();
        await clearComposer(page, site);
        const draft = `Draft for ${site}: please summarise the following`;
        await typeText(page, draft, { site });
        await expect.poll(() => editorText(page, site)).toBe(draft);
        const before = sentMessages(suite.sites, site).length;

        await pasteText(page, sensitiveSample(seedFor(site, 3)).text, site);
        await waitForPanel(page);
        await clickPanelButton(page, 'Cancel');
        await waitForPanelClosed(page);
        expect(await editorText(page, site)).toBe(draft);
        expect(await focusInComposer(page, site)).toBe(true);

        await pasteText(page, sensitiveSample(seedFor(site, 4)).text, site);
        await waitForPanel(page);
        await page.keyboard.press('Escape');
        await waitForPanelClosed(page);
        expect(await editorText(page, site)).toBe(draft);
        expect(await focusInComposer(page, site)).toBe(true);
        expect(sentMessages(suite.sites, site).length).toBe(before);
      });

      it('a harmless 50 KB paste lands unchanged, without a panel, and the server receives it byte for byte', async () => {
        const page = pages[site];
        await page.bringToFront();
        await clearComposer(page, site);
        const text = harmlessText(50 * 1024, seedFor(site, 5));
        expect(assessDefault(text, site).assessment.action).toBe('allow');

        await pasteText(page, text, site);
        await expect.poll(() => editorText(page, site)).toBe(text);
        expect(await readPanel(page)).toBeNull();
        const received = await sendAndCollect(page, site);
        expect(received).toHaveLength(1);
        expect(Buffer.from(received[0]!, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
      });
    });
  }
});
