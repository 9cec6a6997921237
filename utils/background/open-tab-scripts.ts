import { browser } from 'wxt/browser';

/** An injection into a tab that never answers (a frozen or unloading page) must not hold up what waits for the sweep. */
const INJECT_TIMEOUT_MS = 5_000;

/**
 * Whether our content script runs in a tab that was already open when the sweep ran: true when
 * the sweep started it there, false when it could not, undefined when the browser starts it
 * itself (Firefox) and nobody has checked.
 */
export type RunsInTab = (tabId: number) => boolean | undefined;

/**
 * Chromium runs declared content scripts only in pages that load after the extension is
 * installed or updated. An AI chat open at that moment would go unguarded until the user reloads
 * it, and after an update its old script is cut off from the extension. So on install and update
 * the manifest's own content scripts are run in the open tabs they match. A newer copy tells an
 * older one in the same page to stand down (WXT's content-script context does that), so a page
 * never has two guards. Firefox injects into open tabs by itself.
 */
export class OpenTabScripts {
  private sweep: Promise<RunsInTab> | undefined;

  install(): void {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install' || reason === 'update') void this.runInOpenTabs();
    });
  }

  /** Runs the sweep once per service-worker life; later calls get the same answer. */
  runInOpenTabs(): Promise<RunsInTab> {
    this.sweep ??= import.meta.env.FIREFOX === true ? Promise.resolve(() => undefined) : injectIntoOpenTabs();
    return this.sweep;
  }
}

async function injectIntoOpenTabs(): Promise<RunsInTab> {
  const injected = new Set<number>();
  const jobs: Promise<void>[] = [];
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    // Paths read from our own built manifest; WXT types `files` as the literal paths it knows at build time.
    const files = script.js as ScriptPublicPath[];
    const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of tabs) {
      // A discarded tab runs the declared scripts itself when it is loaded again.
      if (tab.id === undefined || tab.discarded) continue;
      const tabId = tab.id;
      jobs.push(
        withTimeout(browser.scripting.executeScript({ target: { tabId }, files }), INJECT_TIMEOUT_MS)
          .then(() => void injected.add(tabId))
          // An error page, a tab closed meanwhile: it stays unguarded and is counted as not inspected.
          .catch((error: unknown) => console.warn('[shadow-ai] could not start the guard in an open tab', error)),
      );
    }
  }
  await Promise.all(jobs);
  return (tabId) => injected.has(tabId);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
