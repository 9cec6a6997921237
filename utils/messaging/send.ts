import { browser } from 'wxt/browser';
import type { ContentMessage } from './protocol';

/**
 * Fire-and-forget to the background. Never throws: after an extension update or reload the
 * old content script's context is invalidated, and the page must keep working regardless.
 */
export async function sendToBackground(message: ContentMessage): Promise<boolean> {
  try {
    await browser.runtime.sendMessage(message);
    return true;
  } catch {
    return false;
  }
}
