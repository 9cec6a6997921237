import { browser } from 'wxt/browser';
import { ContentMessage } from '../messaging/protocol';
import { recordsDb } from '../records/db';
import { ingest } from '../records/ingest';
import { storageLossCounter } from '../records/losses';
import { resilientWrite } from '../records/resilient-write';
import { SITES, siteForHost } from '../sites';
import { CoverageWatchdog } from './coverage-watchdog';
import { dayOf } from '../records/day';

/** How long a freshly navigated tab on an inspected host may stay silent before we call it "could not run". */
const CONTENT_SCRIPT_SILENCE_MS = 10_000;

/**
 * The service worker is the single writer of the records database. Listeners are registered
 * synchronously here because a woken service worker only dispatches events to listeners that
 * exist by the end of its first run.
 */
export function startBackground(): void {
  const db = recordsDb();

  const watchdog = new CoverageWatchdog(CONTENT_SCRIPT_SILENCE_MS, (_tabId, site, host) => {
    const now = Date.now();
    void resilientWrite(
      'coverage',
      () =>
        db.transaction('rw', db.coverage, db.coverageLog, async () => {
          await db.coverage.put({ host, site: site.id, status: 'unavailable', reason: 'content-script-silent', updatedAt: now });
          await db.coverageLog.add({ host, site: site.id, status: 'unavailable', reason: 'content-script-silent', ts: now, day: dayOf(now) });
        }),
      storageLossCounter,
    );
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success || !isTrustedSender(sender, parsed.data.host, parsed.data.site)) return undefined;
    const message = parsed.data;
    if (sender.tab?.id !== undefined) watchdog.heard(sender.tab.id);
    return resilientWrite(message.kind, () => ingest(db, message, Date.now()), storageLossCounter).then(() => undefined);
  });

  const inspectedHosts = SITES.flatMap((s) => s.hosts.map((hostEquals) => ({ hostEquals })));
  browser.webNavigation.onCommitted.addListener(
    (details) => {
      if (details.frameId !== 0) return;
      const host = new URL(details.url).hostname;
      const site = siteForHost(host);
      if (site) watchdog.navigated(details.tabId, site, host);
    },
    { url: inspectedHosts },
  );
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
