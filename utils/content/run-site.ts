import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { monitorCoverage } from '../coverage/monitor';
import { sendToBackground } from '../messaging/send';
import type { SiteAdapter } from '../sites/types';

/**
 * Everything a site's content script does, in one place, so each entrypoint stays a thin
 * declaration of where it applies. Each feature returns its own cleanup, run when the
 * extension is reloaded or updated (the page must go on working without us).
 */
export function runSiteContentScript(site: SiteAdapter, ctx: ContentScriptContext): void {
  const host = location.hostname;
  const cleanups: Array<() => void> = [];

  const startMonitor = () => {
    const monitor = monitorCoverage(site, (snapshot) => {
      void sendToBackground({ kind: 'coverage', site: site.id, host, status: snapshot.status, reason: snapshot.reason });
    });
    cleanups.push(() => monitor.stop());
  };
  // At document_start there may be no <html> yet to observe.
  if (document.documentElement) startMonitor();
  else document.addEventListener('readystatechange', startMonitor, { once: true });

  ctx.onInvalidated(() => {
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // Cleanup must not break the page.
      }
    }
  });
}
