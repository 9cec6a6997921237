import type { CoverageReason, CoverageStatus } from './types';

export type CoverageTone = 'good' | 'warn' | 'bad' | 'neutral';

const REASON_TEXT: Record<CoverageReason, string> = {
  'composer-missing': 'the page layout changed',
  'send-button-missing': 'the send button was not found',
  'fallback-selector': 'the page layout changed',
  'content-script-silent': 'the browser did not let the extension run there',
  'disabled-by-policy': 'turned off by your organization',
};

/** The one sentence the popup shows for a site. */
export function describeCoverage(
  siteName: string,
  status: CoverageStatus | undefined,
  reason?: CoverageReason,
): { text: string; tone: CoverageTone } {
  switch (status) {
    case 'ok':
      return { text: `Protected on ${siteName}`, tone: 'good' };
    case 'starting':
      return { text: `${siteName}: checking the page…`, tone: 'neutral' };
    case 'degraded':
      return { text: `${siteName}: protection degraded — ${REASON_TEXT[reason ?? 'composer-missing']}`, tone: 'warn' };
    case 'unavailable':
      return { text: `${siteName}: not protected — ${REASON_TEXT[reason ?? 'content-script-silent']}`, tone: 'bad' };
    default:
      return { text: `${siteName}: not visited yet`, tone: 'neutral' };
  }
}
