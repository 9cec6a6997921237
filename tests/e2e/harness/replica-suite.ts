import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { openReplica } from './open';
import { startSites, type ReplicaSite, type Sites } from './server';

export interface ReplicaSuite {
  readonly sites: Sites;
  readonly browser: LaunchedBrowser;
  /** One page per site, open on its replica with the composer ready. */
  readonly pages: Record<ReplicaSite, Page>;
}

/**
 * The life of a test file that works on open replica pages: the replica servers, one browser with
 * the extension and one page per site, set up before its tests and closed after them.
 * `afterEachPage` runs on every page after each test, so what a failed test left behind (a guard
 * panel) does not fail the next one too.
 */
export function useReplicaSuite(sitesToOpen: readonly ReplicaSite[], opts: { afterEachPage?: (page: Page) => Promise<void> } = {}): ReplicaSuite {
  let sites: Sites | undefined;
  let browser: LaunchedBrowser | undefined;
  const pages = {} as Record<ReplicaSite, Page>;

  beforeAll(async () => {
    sites = await startSites();
    browser = await launchBrowser({ sites });
    for (const site of sitesToOpen) pages[site] = await openReplica(browser, site);
  });

  const { afterEachPage } = opts;
  if (afterEachPage) {
    afterEach(async () => {
      for (const site of sitesToOpen) await afterEachPage(pages[site]);
    });
  }

  afterAll(async () => {
    await browser?.close();
    await sites?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useReplicaSuite: used before its beforeAll ran');
    return value;
  };
  return {
    get sites() {
      return started(sites);
    },
    get browser() {
      return started(browser);
    },
    pages,
  };
}
