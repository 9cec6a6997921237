import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './browser';
import { waitForComposer } from './replica-editor';
import { REPLICA_URL, type ReplicaSite } from './server';

export interface OpenReplicaOptions {
  /** Another of the site's hosts, e.g. 'chat.openai.com' or 'copilot.cloud.microsoft'. */
  host?: string;
  variant?: 'no-composer' | 'broken-send';
  /** Wait for the hydrated editor (default true; never true for 'no-composer'). */
  waitForEditor?: boolean;
}

/** The replica's URL on its default (or given) host, with an optional variant. */
export function replicaUrl(site: ReplicaSite, opts: Pick<OpenReplicaOptions, 'host' | 'variant'> = {}): string {
  const url = new URL(REPLICA_URL[site]);
  if (opts.host) url.hostname = opts.host;
  if (opts.variant) url.searchParams.set('variant', opts.variant);
  return url.toString();
}

/** Opens a replica in a new tab and, unless told otherwise, waits until its editor is live. */
export async function openReplica(browser: LaunchedBrowser, site: ReplicaSite, opts: OpenReplicaOptions = {}): Promise<Page> {
  const page = await browser.page(replicaUrl(site, opts));
  if ((opts.waitForEditor ?? true) && opts.variant !== 'no-composer') await waitForComposer(page, site);
  return page;
}
