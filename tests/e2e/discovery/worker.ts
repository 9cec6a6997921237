import type { LaunchedBrowser } from '../harness/browser';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export interface WorkerControl {
  /** Stops the worker the way Chromium does after it has been idle; resolves once it reads stopped. */
  stop(): Promise<void>;
  /** Running status of the extension's worker as DevTools last reported it ('running', 'stopped', …). */
  status(): string | undefined;
  close(): Promise<void>;
}

/**
 * Watches and stops the extension's service worker through the DevTools ServiceWorker domain.
 * The session belongs to a static file of the extension (its managed schema): an extension page
 * would talk to the worker and wake it, which is exactly what a test of waking must avoid.
 */
export async function controlExtensionWorker(browser: LaunchedBrowser): Promise<WorkerControl> {
  const page = await browser.openExtensionPage('managed_schema.json');
  const cdp = await browser.context.newCDPSession(page);
  const script = `chrome-extension://${browser.extensionId}/background.js`;
  const versions = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const v of event.versions) if (v.scriptURL === script) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (ok: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`the extension's worker never ${what}: ${JSON.stringify([...versions.values()])}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const latest = () => [...versions.values()].at(-1);
  await until(() => latest() !== undefined, 'showed up in DevTools');
  return {
    async stop() {
      await until(() => latest()?.runningStatus === 'running', 'ran');
      await cdp.send('ServiceWorker.stopWorker', { versionId: latest()!.versionId });
      await until(() => latest()?.runningStatus === 'stopped', 'stopped');
    },
    status: () => latest()?.runningStatus,
    async close() {
      await cdp.detach();
      await page.close();
    },
  };
}
