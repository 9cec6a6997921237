import { describe, expect, it } from 'vitest';
import { waitForCoverage } from './harness/coverage';
import { clickSend, pressEnter, typeText } from './harness/input';
import { openReplica } from './harness/open';
import { editorText } from './harness/replica-editor';
import { sentMessages, waitForMessages } from './harness/requests';
import type { ReplicaSite } from './harness/server';
import { useReplicaSuite } from './harness/replica-suite';
import { assessDefault, awsKeyId, emails, germanIban, seededRandom } from './guard/data';
import { clearComposer, focusInComposer } from './guard/page';
import { clickPanelButton, dismissPanel, readPanel, typeReason, waitForPanel, waitForPanelClosed } from './guard/panel';

// Typed (not pasted) sensitive text is checked when the user sends, by Enter or by the send
// button. Every path must end with exactly one message at the server, or none on Cancel — a held
// message is never lost and never sent twice.

const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];

const suite = useReplicaSuite(SITES, { afterEachPage: dismissPanel });
const { pages } = suite;

/** One line a person might type, with a key, an address and an IBAN in it; fresh values per seed. */
function typedMessage(seed: number): { text: string; values: string[] } {
  const rand = seededRandom(seed);
  const key = awsKeyId(rand);
  const [email] = emails(rand, 1);
  const iban = germanIban(rand);
  return { text: `Why does login fail for ${email!} with key ${key}? Refunds go to ${iban}.`, values: [key, email!, iban] };
}

/** Messages that reached `site` since `before`, after leaving a duplicate time to arrive. */
async function arrivedSince(site: ReplicaSite, before: number, expected: number): Promise<string[]> {
  await waitForMessages(suite.sites, site, before + expected);
  const all = await waitForMessages(suite.sites, site, before + expected + 1, 1_000);
  return all.slice(before).map((m) => m.text);
}

const seedFor = (site: ReplicaSite, scenario: number) => 1000 + SITES.indexOf(site) * 100 + scenario;

describe('send guard', () => {
  for (const site of SITES) {
    describe(site, () => {
      it('holds typed sensitive text on Enter; Send redacted (Enter, the default) sends exactly one redacted message', async () => {
        const page = pages[site];
        await page.bringToFront();
        await clearComposer(page, site);
        const message = typedMessage(seedFor(site, 1));
        const oracle = assessDefault(message.text, site);
        expect(oracle.assessment.action).not.toBe('allow');
        const before = sentMessages(suite.sites, site).length;

        await typeText(page, message.text, { site });
        await pressEnter(page);
        const panel = await waitForPanel(page, (p) => p.focused === 'button:Send redacted');
        expect(panel.title).toBe('Sensitive data in this message');
        // Held: nothing went out, and the message is still in the composer.
        expect(sentMessages(suite.sites, site).length).toBe(before);
        expect(await editorText(page, site)).toBe(message.text);
        await suite.browser.screenshot(page, `guard-send-panel-${site}`);

        await page.keyboard.press('Enter');
        const received = await arrivedSince(site, before, 1);
        expect(received).toEqual([oracle.redacted]);
        for (const value of message.values) expect(received[0]).not.toContain(value);
        await expect.poll(() => editorText(page, site)).toBe('');
        expect(await readPanel(page)).toBeNull();
      });

      it('send button: Cancel keeps the message in the composer and sends nothing; Send anyway then sends it once', async () => {
        const page = pages[site];
        await page.bringToFront();
        await clearComposer(page, site);
        const message = typedMessage(seedFor(site, 2));
        const before = sentMessages(suite.sites, site).length;

        await typeText(page, message.text, { site });
        await clickSend(page, site);
        await waitForPanel(page);
        await clickPanelButton(page, 'Cancel');
        await waitForPanelClosed(page);
        expect(await editorText(page, site)).toBe(message.text);
        expect(await focusInComposer(page, site)).toBe(true);
        expect(sentMessages(suite.sites, site).length).toBe(before);

        // A second Enter asks again (nothing was acknowledged); this time the user overrides.
        await pressEnter(page);
        await waitForPanel(page);
        await clickPanelButton(page, 'Send anyway');
        await typeReason(page, 'the vendor asked for it');
        await clickPanelButton(page, 'Send anyway');
        expect(await arrivedSince(site, before, 1)).toEqual([message.text]);
        await expect.poll(() => editorText(page, site)).toBe('');
      });

      it('Escape on a held send cancels it, and the composer keeps focus and text', async () => {
        const page = pages[site];
        await page.bringToFront();
        await clearComposer(page, site);
        const message = typedMessage(seedFor(site, 3));
        const before = sentMessages(suite.sites, site).length;
        await typeText(page, message.text, { site });
        await pressEnter(page);
        await waitForPanel(page);
        // Enter again while the panel is up goes to the panel's default, not to a second send.
        await page.keyboard.press('Escape');
        await waitForPanelClosed(page);
        expect(await editorText(page, site)).toBe(message.text);
        expect(await focusInComposer(page, site)).toBe(true);
        // Give a stray send time to show up.
        expect((await waitForMessages(suite.sites, site, before + 1, 1_000)).length).toBe(before);
        await clearComposer(page, site);
      });
    });
  }

  it('with the send button missing, a held message is still sent once, by Enter, after redaction; coverage reads degraded', async () => {
    const page = await openReplica(suite.browser, 'chatgpt', { host: 'chat.openai.com', variant: 'broken-send' });
    const message = typedMessage(2001);
    const oracle = assessDefault(message.text, 'chatgpt');
    const before = sentMessages(suite.sites, 'chatgpt').length;
    await typeText(page, message.text, { site: 'chatgpt' });
    await pressEnter(page);
    await waitForPanel(page, (p) => p.focused === 'button:Send redacted');
    await page.keyboard.press('Enter');
    await waitForMessages(suite.sites, 'chatgpt', before + 1);
    const all = await waitForMessages(suite.sites, 'chatgpt', before + 2, 1_000);
    expect(all.slice(before).map((m) => [m.host, m.text])).toEqual([['chat.openai.com', oracle.redacted]]);
    const row = await waitForCoverage(await suite.browser.worker(), 'chat.openai.com', (r) => r.status === 'degraded', 10_000);
    expect(row.reason).toBe('send-button-missing');
    await page.close();
  });
});
