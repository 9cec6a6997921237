import type { SiteId } from '../sites/types';

/**
 * ok: composer (and, when there is text, the send button) found.
 * degraded: the page is there but our selectors miss it: protection is partly off.
 * unavailable: the content script never reported from a tab on the host (blocked by the browser or crashed).
 * starting: the content script runs and is still inside the site's grace period.
 */
export type CoverageStatus = 'starting' | 'ok' | 'degraded' | 'unavailable';

export type CoverageReason =
  | 'composer-missing'
  | 'send-button-missing'
  | 'fallback-selector'
  | 'content-script-silent'
  | 'disabled-by-policy';

export interface CoverageState {
  site: SiteId;
  host: string;
  status: CoverageStatus;
  reason?: CoverageReason;
  updatedAt: number;
}
