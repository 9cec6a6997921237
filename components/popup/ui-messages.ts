import { browser } from 'wxt/browser';
import type { CatalogSubmission } from '../../utils/catalog/submission';

/**
 * What the popup and options page ask of the background. The background stays the single writer
 * of the records database and the outbox; these pages only read and ask.
 */
export type UiMessage =
  /** workflowId travels beside the submission, not in it: the catalog has no use for a local hash. */
  | { kind: 'register-workflow'; workflowId: string; submission: CatalogSubmission }
  | { kind: 'dismiss-workflow'; workflowId: string }
  | { kind: 'outbox-retry'; key: string }
  | { kind: 'outbox-discard'; key: string }
  | { kind: 'delete-records' };

export type UiReply = { ok: true; state?: string } | { ok: false; error: string };

/** Never throws: a stopped or updating background reads as an error the page can show. */
export async function askBackground(message: UiMessage): Promise<UiReply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as UiReply | undefined;
    return reply ?? { ok: false, error: 'The extension did not answer.' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
