import type { Browser } from 'wxt/browser';

/**
 * The extension API as seen by callbacks evaluated inside the extension's worker or pages. They
 * are serialized and run there, so they cannot import; they read `chrome` from their own global:
 *
 *   const { chrome } = globalThis as unknown as InExtension;
 */
export interface InExtension {
  chrome: typeof Browser;
}
