import type { LaunchedBrowser } from '../harness/browser';
import type { LoggedRequest, Sites } from '../harness/server';
import type { ExtensionGlobal } from './extension-global';

export const REPORT_PATH = '/reports';

/**
 * Asks the background for a report now, the way the options page does: a runtime message from
 * an extension page (the background answers only its own pages).
 */
export async function sendReportNow(browser: LaunchedBrowser): Promise<{ ok: boolean; state?: string; error?: string }> {
  const page = await browser.openExtensionPage('options.html');
  try {
    return await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ kind: 'send-report-now' }));
  } finally {
    await page.close();
  }
}

/** Report POSTs the receiver got so far, oldest first. */
export function receivedReports(sites: Sites): LoggedRequest[] {
  return sites.receiver.requests().filter((r) => r.method === 'POST' && r.path === REPORT_PATH);
}

/** Polls until `count` reports reached the receiver (the outbox delivers asynchronously). */
export async function waitForReports(sites: Sites, count: number, timeoutMs = 15_000): Promise<LoggedRequest[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reports = receivedReports(sites);
    if (reports.length >= count) return reports;
    if (Date.now() > deadline) throw new Error(`expected ${count} reports at the receiver, got ${reports.length}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
