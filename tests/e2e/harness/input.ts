import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPLICA_COMPOSER, REPLICA_SEND } from './replica-editor';
import type { ReplicaSite } from './server';

/**
 * Trusted input, the way a person produces it: everything goes through the DevTools protocol or
 * Playwright's real mouse/keyboard, so the page (and the extension) see isTrusted === true events.
 */

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Makes the replica's composer the input target: a real mouse click, then the caret to the end
 * (a click in the middle of the box could land inside existing text). Left alone when it already
 * has focus, so a caret a test placed on purpose stays where it is.
 */
export async function focusComposer(page: Page, site: ReplicaSite): Promise<void> {
  const selector = REPLICA_COMPOSER[site];
  const focused = await page.evaluate((sel) => {
    const composer = document.querySelector(sel);
    return !!composer && !!document.activeElement && composer.contains(document.activeElement);
  }, selector);
  if (focused) return;
  await page.click(selector);
  await page.keyboard.press('Control+End');
}

async function grantClipboard(page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  // The async clipboard API needs a focused document.
  await page.bringToFront();
}

async function sendPasteCommand(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const key = { key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, nativeVirtualKeyCode: 86, modifiers: process.platform === 'darwin' ? 4 : 2 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key, commands: ['paste'] });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  } finally {
    await cdp.detach();
  }
}

/** Puts `text` on the system clipboard and pastes it into the focused element (trusted paste event). */
export async function pasteText(page: Page, text: string, site?: ReplicaSite): Promise<void> {
  if (site) await focusComposer(page, site);
  await grantClipboard(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await sendPasteCommand(page);
}

/** Pastes clipboard content that has only text/html (no text/plain flavour). */
export async function pasteHtmlOnly(page: Page, html: string, site?: ReplicaSite): Promise<void> {
  if (site) await focusComposer(page, site);
  await grantClipboard(page);
  await page.evaluate(async (h) => {
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([h], { type: 'text/html' }) })]);
  }, html);
  await sendPasteCommand(page);
}

/**
 * Types `text` into the focused element. Default: CDP Input.insertText (one trusted
 * beforeinput/input, like an IME commit). `perKey: true` presses each key instead (newlines become
 * Shift+Enter so they do not send).
 */
export async function typeText(page: Page, text: string, opts: { site?: ReplicaSite; perKey?: boolean } = {}): Promise<void> {
  if (opts.site) await focusComposer(page, opts.site);
  if (opts.perKey) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(lines[i]);
    }
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.insertText', { text });
  } finally {
    await cdp.detach();
  }
}

export async function pressEnter(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
}

/** A real mouse click on the replica's send button. */
export async function clickSend(page: Page, site: ReplicaSite): Promise<void> {
  await page.click(REPLICA_SEND[site]);
}

/**
 * Drops files onto `selector` with trusted drag events (CDP Input.dispatchDragEvent:
 * dragEnter, dragOver, drop at the element's centre). CDP takes file paths, so the buffers are
 * written to a temporary folder first.
 */
export async function dropFiles(page: Page, selector: string, files: TestFile[]): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`dropFiles: ${selector} is not visible`);
  const dir = mkdtempSync(join(tmpdir(), 'drop-'));
  const paths = files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.buffer);
    return path;
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const data = {
    items: [],
    files: paths,
    dragOperationsMask: 1 | 2 | 16,
  };
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
    }
  } finally {
    await cdp.detach();
    // Chromium reads the files when the page asks for them; give it a moment before removing.
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 5_000).unref();
  }
}

/** Chooses files in a file input, as the file picker would (`setInputFiles`). */
export async function chooseFiles(page: Page, selector: string, files: TestFile[]): Promise<void> {
  await page.setInputFiles(selector, files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: f.buffer })));
}
