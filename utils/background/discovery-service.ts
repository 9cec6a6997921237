import { browser } from 'wxt/browser';
import { AI_TOOLS } from '../discovery/ai-tools.data';
import type { ToolEntry } from '../discovery/catalog-schema';
import { createToolMatcher, normalizeHost, recordedHost, withPolicyTools, type ToolMatcher } from '../discovery/match';
import { noticeFor, visitUpdate } from '../discovery/visits';
import type { Policy } from '../policy/schema';
import type { RecordsDb } from '../records/db';
import type { ToolDayRow } from '../records/rows';
import { dayOf } from '../records/day';
import { resilientWrite } from '../records/resilient-write';
import { storageLossCounter } from '../records/losses';
import { SITES } from '../sites';
import type { RunsInTab } from './open-tab-scripts';
import type { SiteId } from '../sites/types';

export const NOTICES_SHOWN_KEY = 'toolNoticesShown';
const NOTICE_PREFIX = 'tool-notice:';

/**
 * Counts visits to AI tools, and nothing else: the navigation listener is registered with URL
 * filters built from the catalog, so the browser never even wakes us for other sites, and the
 * matcher re-checks the host before anything is written. Only the tool id, the host (or the
 * catalog pattern it fell under) and the day are kept; never a path.
 */
export class DiscoveryService {
  private tools: ToolEntry[] = [...AI_TOOLS];
  private match: ToolMatcher = createToolMatcher(AI_TOOLS);
  /** Notices are decided one after another: two quick navigations must not both see "not shown yet". */
  private noticeQueue: Promise<void> = Promise.resolve();
  private policyListener: ((details: { frameId: number; url: string; tabId: number }) => void) | undefined;
  /**
   * Resolves with the first policy applied. The navigation that wakes a stopped service worker is
   * dispatched before the policy has been read, so without waiting for it that first visit (the
   * usual case in MV3) would never get its notice.
   */
  private readonly firstPolicy: Promise<Policy>;
  private resolveFirstPolicy: (policy: Policy) => void = () => {};
  /**
   * Tabs whose navigation this worker has counted. The install count runs after the sweep and the
   * first policy read, which can take seconds; a tab navigated meanwhile was counted by its
   * navigation and must not be counted again as "open at install".
   */
  private readonly countedTabs = new Set<number>();

  constructor(
    private readonly db: RecordsDb,
    private readonly policy: () => Policy | undefined,
    private readonly onInspectedVisit: (tabId: number, siteId: SiteId, host: string) => void,
    /** Starts our content scripts in the tabs open at install and tells in which of them they run (see open-tab-scripts.ts). */
    private readonly scriptsInOpenTabs: () => Promise<RunsInTab> = async () => () => false,
  ) {
    this.firstPolicy = new Promise((resolve) => (this.resolveFirstPolicy = resolve));
  }

  /** Synchronous registration for the built-in catalog, so navigation wakes a stopped worker. */
  install(): void {
    browser.webNavigation.onCommitted.addListener((details) => this.navigated(details), { url: urlFilters(AI_TOOLS) });
    browser.runtime.onInstalled.addListener((details) => {
      if (details.reason === 'install') void this.countOpenTabs().catch((e: unknown) => console.warn('[shadow-ai] open tabs not counted', e));
    });
    browser.notifications?.onButtonClicked.addListener((id) => {
      if (id.startsWith(NOTICE_PREFIX)) void browser.notifications.clear(id);
    });
  }

  /** Tools the administrator added need their own filter; it is rebuilt when the policy changes. */
  applyPolicy(policy: Policy): void {
    this.resolveFirstPolicy(policy);
    this.tools = withPolicyTools(AI_TOOLS, policy);
    this.match = createToolMatcher(this.tools);
    if (this.policyListener) browser.webNavigation.onCommitted.removeListener(this.policyListener);
    this.policyListener = undefined;
    const extras = this.tools.slice(AI_TOOLS.length);
    if (extras.length === 0) return;
    this.policyListener = (details) => this.navigated(details);
    browser.webNavigation.onCommitted.addListener(this.policyListener, { url: urlFilters(extras) });
  }

  /**
   * Tabs already showing an AI tool when the extension is installed: that use is today's too, but
   * their navigation happened before we could listen, and none may follow for hours. Counted as
   * visits once the policy is known (it may add tools). Whether our script runs there is what the
   * install sweep found: where it could not be started the visit is not inspectable, and where it
   * started the script the watchdog is not armed, because the script's first report may already
   * have come in before this count and it reports again only on a change (the watchdog would then
   * call a working page silent). Only where the browser started it unchecked (Firefox) does the
   * watchdog check it, as on any navigation.
   */
  async countOpenTabs(): Promise<void> {
    const [runsIn] = await Promise.all([this.scriptsInOpenTabs(), this.firstPolicy]);
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined || this.countedTabs.has(tab.id)) continue;
      const frame = await browser.webNavigation.getFrame({ tabId: tab.id, frameId: 0 }).catch(() => null);
      const runs = runsIn(tab.id);
      if (frame?.url) this.navigated({ frameId: 0, url: frame.url, tabId: tab.id }, runs !== false, runs === undefined);
    }
  }

  /** Resolves once every notice decision so far has been made. */
  idle(): Promise<void> {
    return this.noticeQueue;
  }

  toolById(id: string): ToolEntry | undefined {
    return this.tools.find((t) => t.id === id);
  }

  /** The inspected tool's content script never reported on this visit. */
  async notInspectable(host: string, now = Date.now()): Promise<void> {
    const tool = this.match(host);
    if (!tool) return;
    await this.count(tool, host, now, (row) => ({ ...row, notInspectable: row.notInspectable + 1 }), 1);
  }

  /** One day's counter row for a tool, updated in its own transaction; a refused write is counted, not lost silently. */
  private count(tool: ToolEntry, host: string, now: number, update: (row: ToolDayRow) => ToolDayRow, visitsIfNew = 0): Promise<boolean> {
    const day = dayOf(now);
    return resilientWrite(
      'tool visit',
      () =>
        this.db.transaction('rw', this.db.toolDays, async () => {
          const row = (await this.db.toolDays.get([day, tool.id])) ?? { day, toolId: tool.id, host: recordedHost(tool, host), visits: visitsIfNew, notInspectable: 0 };
          await this.db.toolDays.put(update(row));
        }),
      storageLossCounter,
    );
  }

  /**
   * Counts a top-level navigation to a catalog tool. `scriptRuns`: whether our content script runs
   * in that page; if it does, an inspected site's visit goes to the coverage watchdog (unless
   * `watch` is false: it is known to run), and if it cannot (a page open before the install where
   * it could not be started), the visit is counted as not inspectable.
   */
  private navigated(details: { frameId: number; url: string; tabId: number }, scriptRuns = true, watch = true): void {
    if (details.frameId !== 0) return;
    let host: string;
    try {
      host = new URL(details.url).hostname;
    } catch {
      return;
    }
    const tool = this.match(host);
    if (!tool) return;
    const site = SITES.find((s) => s.hosts.includes(host));
    if (site && scriptRuns && watch) this.onInspectedVisit(details.tabId, site.id, host);
    const notInspectable = site !== undefined && !scriptRuns;
    this.countedTabs.add(details.tabId);
    void this.count(tool, host, Date.now(), (row) => visitUpdate(row, { day: row.day, toolId: tool.id, host: row.host, notInspectable }));
    this.noticeQueue = this.noticeQueue.then(() => this.maybeNotify(tool)).catch((e: unknown) => console.warn('[shadow-ai] notice failed', e));
  }

  private async maybeNotify(tool: ToolEntry): Promise<void> {
    if (!browser.notifications) return;
    const policy = this.policy() ?? (await this.firstPolicy);
    const shown = new Set(((await browser.storage.local.get(NOTICES_SHOWN_KEY))[NOTICES_SHOWN_KEY] as string[] | undefined) ?? []);
    const notice = noticeFor(tool, policy, shown);
    if (!notice) return;
    shown.add(tool.id);
    await browser.storage.local.set({ [NOTICES_SHOWN_KEY]: [...shown] });
    await browser.notifications.create(`${NOTICE_PREFIX}${tool.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
      buttons: [{ title: 'Dismiss' }],
      priority: 0,
    });
  }
}

function urlFilters(tools: readonly ToolEntry[]): { hostEquals?: string; hostSuffix?: string }[] {
  const filters: { hostEquals?: string; hostSuffix?: string }[] = [];
  for (const tool of tools) {
    for (const raw of tool.hosts) {
      const host = normalizeHost(raw);
      if (host.startsWith('*.')) {
        filters.push({ hostEquals: host.slice(2) }, { hostSuffix: `.${host.slice(2)}` });
      } else filters.push({ hostEquals: host });
    }
  }
  return filters;
}
