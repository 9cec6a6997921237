import type { SiteAdapter } from '../sites/types';
import { locate } from '../sites/locate';
import type { CoverageReason, CoverageStatus } from './types';

export interface CoverageSnapshot {
  status: Exclude<CoverageStatus, 'unavailable'>;
  reason?: CoverageReason;
}

export interface CoverageMonitor {
  current(): CoverageSnapshot;
  /** Raised by features that hit a missing element at the moment they needed it (e.g. send button at send). */
  reportProblem(reason: CoverageReason): void;
  stop(): void;
}

const RECHECK_MS = 250;

/**
 * Watches the page for the site's composer and send button and calls `onChange` on every status change.
 * It never touches the page: observing only, so a failure here can never block the user.
 */
export function monitorCoverage(
  site: SiteAdapter,
  onChange: (snapshot: CoverageSnapshot) => void,
  doc: Document = document,
): CoverageMonitor {
  const startedAt = Date.now();
  // Undefined until the first check, so the first evaluation is always reported: the background
  // learns the script runs at all, which is how it tells "degraded" from "could not run".
  let snapshot: CoverageSnapshot | undefined;
  let problem: CoverageReason | undefined;
  let scheduled: ReturnType<typeof setTimeout> | undefined;

  const evaluate = (): CoverageSnapshot => {
    const composer = locate(site.composer, doc);
    if (!composer) {
      const inGrace = Date.now() - startedAt < site.graceMs;
      return inGrace ? { status: 'starting' } : { status: 'degraded', reason: 'composer-missing' };
    }
    if (problem) return { status: 'degraded', reason: problem };
    // Sites show the send button only once there is text, so its absence only counts then.
    const hasText = (composer.element.textContent ?? '').trim() !== '' ||
      (composer.element instanceof HTMLTextAreaElement && composer.element.value.trim() !== '');
    if (hasText && !locate(site.sendButton, doc) && Date.now() - lastInputAt > RECHECK_MS * 4) {
      return { status: 'degraded', reason: 'send-button-missing' };
    }
    return { status: 'ok' };
  };

  let lastInputAt = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const onInput = () => {
    lastInputAt = Date.now();
    // Re-check once the site had time to show its send button for the new text.
    clearTimeout(settleTimer);
    settleTimer = setTimeout(check, RECHECK_MS * 5);
  };

  const check = () => {
    scheduled = undefined;
    const next = evaluate();
    if (next.status !== snapshot?.status || next.reason !== snapshot?.reason) {
      snapshot = next;
      onChange(snapshot);
    }
  };
  const schedule = (delay = RECHECK_MS) => {
    if (scheduled === undefined) scheduled = setTimeout(check, delay);
  };

  const observer = new MutationObserver(() => schedule());
  const startObserving = () => observer.observe(doc.documentElement, { childList: true, subtree: true });
  if (doc.documentElement) startObserving();
  doc.addEventListener('input', onInput, true);
  const graceTimer = setTimeout(check, site.graceMs + 10);
  schedule(0);

  return {
    current: () => snapshot ?? { status: 'starting' },
    reportProblem(reason) {
      problem = reason;
      check();
    },
    stop() {
      observer.disconnect();
      doc.removeEventListener('input', onInput, true);
      clearTimeout(graceTimer);
      clearTimeout(settleTimer);
      if (scheduled !== undefined) clearTimeout(scheduled);
    },
  };
}
