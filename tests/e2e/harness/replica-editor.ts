import type { Page } from 'playwright-core';
import type { ReplicaSite } from './server';
// Brings in the page's window.__replica type for the evaluate callbacks below.
import type {} from '../replicas/common';

/** The live composer of each replica (after hydration), and its send button. */
export const REPLICA_COMPOSER: Record<ReplicaSite, string> = {
  chatgpt: 'div#prompt-textarea.ProseMirror[contenteditable="true"]',
  claude: '[aria-label="Write your prompt to Claude"] div.ProseMirror[contenteditable="true"]',
  copilot: 'textarea#userInput',
  m365: 'span#m365-chat-editor-target-element[data-lexical-editor="true"]',
};

export const REPLICA_SEND: Record<ReplicaSite, string> = {
  chatgpt: 'button#composer-submit-button[data-testid="send-button"]',
  claude: 'button[aria-label="Send message"]',
  copilot: 'button[data-testid="submit-button"]',
  m365: 'button[type="submit"].fai-SendButton',
};

/** Waits until the replica's real editor replaced its pre-hydration stand-in. */
export async function waitForComposer(page: Page, site: ReplicaSite, timeout = 10_000): Promise<void> {
  await page.waitForSelector(REPLICA_COMPOSER[site], { state: 'visible', timeout });
  await page.waitForFunction((s) => window.__replica?.site === s, site, { timeout });
}

/** The text in the replica's editor, from the editor library's own state (ProseMirror doc, Lexical state, textarea value). */
export async function editorText(page: Page, site?: ReplicaSite): Promise<string> {
  return page.evaluate((expected) => {
    const hook = window.__replica;
    if (!hook) throw new Error('this page has no replica hook (window.__replica)');
    if (expected && hook.site !== expected) throw new Error(`expected the ${expected} replica, found ${hook.site}`);
    return hook.text();
  }, site);
}

/** Names of files the replica will attach to its next message. */
export async function pendingFiles(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__replica?.pendingFiles() ?? []);
}

/** How many messages the replica has sent. */
export async function sentCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__replica?.sent() ?? 0);
}
