import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { monitorCoverage, type CoverageMonitor } from '../coverage/monitor';
import { sendToBackground } from '../messaging/send';
import type { ContentMessage } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import { compilePolicy } from '../policy/compile';
import { AcknowledgedValues } from '../guard/acknowledged';
import { Assessor } from '../guard/assess';
import type { GuardContext } from '../guard/context';
import { PanelHost } from '../guard/panel-host';
import { installPasteGuard } from '../guard/paste-guard';
import { PolicySource } from '../guard/policy-source';
import { promptRecord } from '../guard/prompt-record';
import { installSendGuard } from '../guard/send-guard';
import { installUploadGuard } from '../guard/upload-guard';
import { warmDetectionWhenIdle } from '../guard/idle-warm-up';
import { PastedLines } from '../workflows/pasted-input';
import { textFromHtml } from '../guard/html-text';

/**
 * Everything a site's content script does, in one place, so each entrypoint stays a thin
 * declaration of where it applies. Each feature returns its own cleanup, run when the
 * extension is reloaded or updated (the page must go on working without us).
 */
export function runSiteContentScript(site: SiteAdapter, ctx: ContentScriptContext): void {
  const host = location.hostname;
  const cleanups: Array<() => void> = [];
  const send = (message: ContentMessage) => void sendToBackground(message);

  const policy = new PolicySource();
  void policy.start();
  cleanups.push(() => policy.stop());

  let monitor: CoverageMonitor | undefined;
  const startMonitor = () => {
    monitor = monitorCoverage(site, (snapshot) => {
      const disabled = !policy.current().sites[site.id];
      send({ kind: 'coverage', site: site.id, host, ...(disabled ? { status: 'degraded', reason: 'disabled-by-policy' } : snapshot) });
    });
    cleanups.push(() => monitor?.stop());
  };
  // At document_start there may be no <html> yet to observe.
  if (document.documentElement) startMonitor();
  else document.addEventListener('readystatechange', startMonitor, { once: true });

  // Passive: notes what is pasted (the guard decides what lands) so prompt records can treat it as input.
  const pastedLines = new PastedLines();
  const notePaste = (event: ClipboardEvent) => {
    const data = event.clipboardData;
    if (!data) return;
    const text = data.getData('text/plain') || textFromHtml(data.getData('text/html'));
    if (text) pastedLines.remember(text);
  };
  window.addEventListener('paste', notePaste, { capture: true });
  cleanups.push(() => window.removeEventListener('paste', notePaste, { capture: true }));

  const panel = new PanelHost();
  cleanups.push(() => panel.close());

  const guard: GuardContext = {
    site,
    panel,
    assessor: new Assessor(policy.current, site.id, new AcknowledgedValues()),
    coverage: {
      current: () => monitor?.current() ?? { status: 'starting' },
      reportProblem: (reason) => monitor?.reportProblem(reason),
      stop: () => monitor?.stop(),
    },
    enabled: () => policy.current().sites[site.id],
    maxScanUploadBytes: () => policy.current().maxScanUploadBytes,
    report: (message) => send({ ...message, site: site.id, host } as ContentMessage),
    recordPrompt: (text) => {
      try {
        send({ ...promptRecord(text, compilePolicy(policy.current()), pastedLines), site: site.id, host });
      } catch {
        // A record we fail to build must never stand between the user and their message.
      }
    },
  };

  // Capture-phase listeners on window, registered at document_start: they run before the
  // site's editor, and survive the composer being replaced during hydration.
  const uploads = installUploadGuard(guard);
  cleanups.push(uploads.cleanup);
  cleanups.push(installPasteGuard(guard, uploads.onPastedFiles));
  cleanups.push(installSendGuard(guard));
  cleanups.push(warmDetectionWhenIdle(guard.enabled));

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
