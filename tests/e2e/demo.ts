import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchBrowser } from './harness/browser';
import { pasteText, typeText } from './harness/input';
import { waitForComposer } from './harness/replica-editor';
import { REPLICA_URL, startSites, type ReplicaSite } from './harness/server';

// `npm run demo`: the extension on local replicas of the four AI chats, so anyone can see it work
// without an AI account. Headful when a display exists (runs until Ctrl+C), headless otherwise
// (takes screenshots and exits). The key is made up on each run: shaped like an AWS key, but random,
// so it is nobody's credential (and not AWS's documented example, which scanners may ignore).

function fakeToken(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64ISH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const SAMPLE = [
  'Can you tidy up this deployment note before I send it to the team?',
  '',
  `aws_access_key_id = AKIA${fakeToken(UPPER_DIGITS, 16)}`,
  `aws_secret_access_key = ${fakeToken(BASE64ISH, 40)}`,
  'Contacts: jane.doe@example.com, ops-team@example.org',
].join('\n');

const SITES: ReplicaSite[] = ['chatgpt', 'claude', 'copilot', 'm365'];

async function main(): Promise<void> {
  const headful = Boolean(process.env.DISPLAY);
  const sites = await startSites();
  const browser = await launchBrowser({ sites, headful });
  const shutdown = async () => {
    await browser.close().catch(() => undefined);
    await sites.close();
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));

  const pages = {} as Record<ReplicaSite, Page>;
  for (const site of SITES) {
    pages[site] = await browser.page(REPLICA_URL[site]);
    await waitForComposer(pages[site], site);
  }
  await typeText(pages.claude, 'A harmless question: what is a good name for a ginger cat?', { site: 'claude' });

  const chatgpt = pages.chatgpt;
  await chatgpt.bringToFront();
  await pasteText(chatgpt, SAMPLE, 'chatgpt');
  // Give the extension's paste check time to show its panel, if it has one.
  await chatgpt.waitForTimeout(1500);

  const shots: string[] = [];
  for (const site of SITES) shots.push(await browser.screenshot(pages[site], `demo-${site}`));
  const popup = await browser.openPopup();
  await popup.waitForTimeout(500);
  shots.push(await browser.screenshot(popup, 'demo-popup'));

  console.log(`\nScreenshots (${shots.length}) in ${browser.screenshotDir}:`);
  for (const shot of shots) console.log(`  ${shot}`);

  if (headful) {
    await chatgpt.bringToFront();
    console.log('\nChromium is open on the replicas (chatgpt.com, claude.ai, copilot.microsoft.com, m365.cloud.microsoft).');
    console.log('Try pasting secrets into a composer. Press Ctrl+C to stop.');
    await new Promise(() => undefined);
  } else {
    console.log('\nNo display found ($DISPLAY unset): ran headless. Open the screenshots above to see the result.');
    await shutdown();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
