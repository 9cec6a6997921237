import { browser } from 'wxt/browser';
import { ContentMessage } from '../messaging/protocol';
import { recordsDb } from '../records/db';
import { ingest, recordCoverage } from '../records/ingest';
import { storageLossCounter } from '../records/losses';
import { resilientWrite } from '../records/resilient-write';
import { siteById, siteForHost } from '../sites';
import { CoverageWatchdog } from './coverage-watchdog';
import { DiscoveryService } from './discovery-service';
import { OpenTabScripts } from './open-tab-scripts';
import { OutboxService } from './outbox-service';
import { handlePageRequest, isExtensionPage } from './page-requests';
import { PolicyService } from './policy-service';
import { ReportService } from './report-service';
import { RetentionService } from './retention-service';
import { WorkflowService } from './workflow-service';

/** How long a freshly navigated tab on an inspected host may stay silent before we call it "could not run". */
const CONTENT_SCRIPT_SILENCE_MS = 10_000;

/**
 * The service worker is the single writer of the records database and the only sender of
 * network requests. Every listener is registered synchronously here, because a woken service
 * worker only dispatches events to listeners that exist by the end of its first run; the
 * asynchronous start-up (policy, workflow index, pending deliveries) follows.
 */
export function startBackground(): void {
  const db = recordsDb();
  const policyService = new PolicyService();
  const policy = () => policyService.current();
  // Work that an alarm or a message may wake the worker for waits for the first policy read.
  const policyReady = async () => {
    await policyService.ready();
    return policyService.current() ?? policyService.ready();
  };
  const workflows = new WorkflowService(db, policyReady);
  const outbox = new OutboxService(db);

  const watchdog = new CoverageWatchdog(CONTENT_SCRIPT_SILENCE_MS, (_tabId, site, host) => {
    const now = Date.now();
    void resilientWrite(
      'coverage',
      () => recordCoverage(db, { host, site: site.id, status: 'unavailable', reason: 'content-script-silent' }, now),
      storageLossCounter,
    );
    void discovery.notInspectable(host, now);
  });
  const openTabScripts = new OpenTabScripts();
  const discovery = new DiscoveryService(
    db,
    policy,
    (tabId, siteId, host) => {
      // A site the policy switched off is not expected to report.
      if (policy()?.sites[siteId] !== false) watchdog.navigated(tabId, siteById(siteId), host);
    },
    () => openTabScripts.runInOpenTabs(),
  );
  const reports = new ReportService(db, policyReady, outbox, workflows, discovery);
  const retention = new RetentionService(db, policyReady, () => workflows.rebuild(), () => workflows.start());

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (isExtensionPage(sender)) {
      return handlePageRequest(raw, { db, policy: policyReady, outbox, workflows, reports }).catch((error: unknown) => ({
        ok: false as const,
        error: error instanceof Error ? error.message : String(error),
      }));
    }
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success || !isTrustedSender(sender, parsed.data.host, parsed.data.site)) return undefined;
    const message = parsed.data;
    if (sender.tab?.id !== undefined) watchdog.heard(sender.tab.id);
    return resilientWrite(
      message.kind,
      () => ingest(db, message, Date.now(), { onPrompt: (row) => void workflows.add(row) }),
      storageLossCounter,
    ).then(() => undefined);
  });

  openTabScripts.install();
  outbox.install();
  discovery.install();
  reports.install();
  retention.install();

  let thresholds: string | undefined;
  policyService.onChange((current) => {
    discovery.applyPolicy(current);
    void reports.applyPolicy(current);
    // New recurrence thresholds change which groups count as workflows.
    const next = JSON.stringify(current.workflows);
    if (thresholds !== undefined && next !== thresholds) void workflows.rebuild();
    thresholds = next;
  });
  void (async () => {
    await policyService.start();
    await workflows.start();
    await retention.ensureAlarm();
    // Deliveries that were due while the browser was closed go out now, not at the next alarm.
    await outbox.deliverDue();
  })().catch((error: unknown) => console.error('[shadow-ai] background start-up failed', error));
}

/**
 * Only our own content scripts, running in a top-level tab on the host they claim, may write.
 * A page cannot call runtime.sendMessage for us, but a content script on one site must not be
 * able to write records about another.
 */
function isTrustedSender(sender: { id?: string; url?: string; tab?: unknown }, host: string, site: string): boolean {
  if (sender.id !== browser.runtime.id || !sender.tab || !sender.url) return false;
  let senderHost: string;
  try {
    senderHost = new URL(sender.url).hostname;
  } catch {
    return false;
  }
  return senderHost === host && siteForHost(host)?.id === site;
}
