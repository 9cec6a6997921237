import type { SiteAdapter } from '../sites/types';

/**
 * Notices when a content script that should run on a tab never says a word: the browser blocked
 * extensions on that host (Edge on *.cloud.microsoft), or the script crashed before reporting.
 * Without this, "not protected" would look exactly like "nothing happened".
 */
export class CoverageWatchdog {
  private pending = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly silenceMs: number,
    private readonly onSilent: (tabId: number, site: SiteAdapter, host: string) => void,
  ) {}

  navigated(tabId: number, site: SiteAdapter, host: string): void {
    this.heard(tabId);
    this.pending.set(
      tabId,
      setTimeout(() => {
        this.pending.delete(tabId);
        this.onSilent(tabId, site, host);
      }, this.silenceMs),
    );
  }

  heard(tabId: number): void {
    const timer = this.pending.get(tabId);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(tabId);
  }
}
