import { browser } from 'wxt/browser';
import type { PageRequest, PageResponse } from '../../utils/messaging/page-protocol';

/**
 * What the popup and options page ask of the background: the background's own request schema,
 * imported as types only so the popup does not load zod to open. The background stays the single
 * writer of the records database and the outbox; these pages only read and ask.
 */
export type UiMessage = PageRequest;
export type UiReply = PageResponse;

/** Never throws: a stopped or updating background reads as an error the page can show. */
export async function askBackground(message: UiMessage): Promise<UiReply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as UiReply | undefined;
    return reply ?? { ok: false, error: 'The extension did not answer.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
