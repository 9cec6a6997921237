import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { m365 } from './m365';
import type { SiteAdapter, SiteId } from './types';

export type { SiteAdapter, SiteId, EditorKind } from './types';

export const SITES: readonly SiteAdapter[] = [chatgpt, claude, copilot, m365];

export const SITE_IDS: readonly SiteId[] = SITES.map((s) => s.id);

export function siteById(id: SiteId): SiteAdapter {
  const site = SITES.find((s) => s.id === id);
  if (!site) throw new Error(`unknown site ${id}`);
  return site;
}

export function siteForHost(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITES.find((s) => s.hosts.includes(host)) ?? null;
}
