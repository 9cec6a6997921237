import type { CoverageMonitor } from '../coverage/monitor';
import type { GuardDecisionMessage, PromptSentMessage, UploadMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import type { Assessor } from './assess';
import type { PanelHost } from './panel-host';

type Outgoing = Omit<GuardDecisionMessage, 'site' | 'host'> | Omit<UploadMessage, 'site' | 'host'> | Omit<PromptSentMessage, 'site' | 'host'>;

/** What each guard (paste, send, upload) gets from the content script that installs it. */
export interface GuardContext {
  site: SiteAdapter;
  panel: PanelHost;
  assessor: Assessor;
  coverage: CoverageMonitor;
  /** False when the policy switches the guard off on this site. */
  enabled(): boolean;
  /** Largest text-like file that is read and scanned. */
  maxScanUploadBytes(): number;
  /** Hands an anonymized event to the background. Never carries text or values. */
  report(message: Outgoing): void;
  /** Anonymizes a sent prompt into a record (skeleton + signature) and reports it. */
  recordPrompt(text: string): void;
}

export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
