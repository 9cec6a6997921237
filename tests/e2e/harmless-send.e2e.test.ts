import { describe, expect, it } from 'vitest';
import { waitForCoverage } from './harness/coverage';
import { clickSend, pressEnter, typeText } from './harness/input';
import { openReplica } from './harness/open';
import { editorText } from './harness/replica-editor';
import { sentMessages, waitForMessages } from './harness/requests';
import type { ReplicaSite } from './harness/server';
import { useReplicaSuite } from './harness/replica-suite';

// With the extension loaded, an ordinary message must reach the site exactly as typed, whether
// sent with Enter or with the send button. Nothing here is sensitive: the extension must not
// interfere at all.

const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];

const suite = useReplicaSuite(SITES);
const { pages } = suite;

describe('harmless messages go through unchanged', () => {
  for (const site of SITES) {
    it(`${site}: typed text reaches the site exactly, by Enter and by the send button`, async () => {
      const page = pages[site];
      await page.bringToFront();
      const before = sentMessages(suite.sites, site).length;

      const first = `What is a good name for a ginger cat? (${site}, Enter)`;
      await typeText(page, first, { site, perKey: true });
      expect(await editorText(page, site)).toBe(first);
      await pressEnter(page);
      let messages = await waitForMessages(suite.sites, site, before + 1);
      expect(messages.slice(before).map((m) => m.text)).toEqual([first]);
      await expect.poll(() => editorText(page, site)).toBe('');

      // Two lines (Shift+Enter between them), sent with a real click on the send button.
      const second = `Thanks!\nAnd one for a black cat, please (${site}, button)`;
      await typeText(page, second, { site, perKey: true });
      await clickSend(page, site);
      messages = await waitForMessages(suite.sites, site, before + 2);
      expect(messages.slice(before).map((m) => m.text)).toEqual([first, second]);
      expect(messages.every((m) => m.attachments.length === 0)).toBe(true);

      const third = `One more: a name for a grey kitten? (${site}, inserted text)`;
      await typeText(page, third, { site });
      await pressEnter(page);
      messages = await waitForMessages(suite.sites, site, before + 3);
      expect(messages.slice(before).map((m) => m.text)).toEqual([first, second, third]);

      // The extension stayed healthy on the site while it watched all of this.
      const row = await waitForCoverage(await suite.browser.worker(), new URL(page.url()).hostname, (r) => r.status !== 'starting');
      expect(row.status).toBe('ok');
      await suite.browser.screenshot(page, `harmless-send-${site}`);
    });
  }

  it('the popup reports every site protected after the sends', async () => {
    const popup = await suite.browser.openPopup();
    for (const site of SITES) {
      await expect.poll(() => popup.locator(`li[data-site="${site}"]`).getAttribute('data-status')).toBe('ok');
    }
    await suite.browser.screenshot(popup, 'popup-after-harmless-sends');
    await popup.close();
  });

  it('a send button the adapter cannot find degrades coverage, yet Enter still sends the text unchanged', async () => {
    // A second ChatGPT host, so the healthy chatgpt.com row stays as it was.
    const page = await openReplica(suite.browser, 'chatgpt', { host: 'chat.openai.com', variant: 'broken-send' });
    const before = sentMessages(suite.sites, 'chatgpt').length;
    const text = 'Is this layout still covered?';
    await typeText(page, text, { site: 'chatgpt', perKey: true });
    const row = await waitForCoverage(await suite.browser.worker(), 'chat.openai.com', (r) => r.status === 'degraded', 10_000);
    expect(row.reason).toBe('send-button-missing');
    await pressEnter(page);
    const messages = await waitForMessages(suite.sites, 'chatgpt', before + 1);
    expect(messages.slice(before).map((m) => [m.host, m.text])).toEqual([['chat.openai.com', text]]);
    await suite.browser.screenshot(page, 'broken-send-chatgpt');
  });
});
