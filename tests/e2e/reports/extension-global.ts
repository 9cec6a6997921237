import type { Browser } from 'wxt/browser';

/**
 * The extension API as code evaluated inside the extension (service worker, extension pages)
 * sees it. Those callbacks are serialized and run there, so they cannot import anything; they
 * read `chrome` from their global scope, typed through this (type-only, erased at runtime):
 *
 *   const { chrome } = globalThis as unknown as ExtensionGlobal;
 */
export interface ExtensionGlobal {
  chrome: typeof Browser;
}
