import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Sites } from './server';

export const EXTENSION_ID = 'pcgklcmbdgbpgomamnmoacabcijjgfjg';
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The built extension; SHADOW_AI_EXTENSION_DIR overrides it (e.g. a build made elsewhere). */
export const EXTENSION_DIR = process.env.SHADOW_AI_EXTENSION_DIR || join(PROJECT_ROOT, '.output', 'chrome-mv3');

export interface LaunchOptions {
  sites: Sites;
  /** A persistent profile directory; a fresh temporary one (deleted on close) by default. */
  userDataDir?: string;
  /**
   * Load the built extension (default true). 'later': start without it and install it with
   * `installExtension()`, as a user does while pages are already open.
   */
  extension?: boolean | 'later';
  extraArgs?: string[];
  /** Show the window (default: headless). */
  headful?: boolean;
  /** Screenshot folder; default test-artifacts/screenshots/<run>/ under the project. */
  screenshotDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker (waits for it to start). */
  worker(): Promise<Worker>;
  /** Installs the built extension now (launched with `extension: 'later'`), through CDP's Extensions.loadUnpacked. */
  installExtension(): Promise<void>;
  /** Opens a new tab on `url` and waits for its DOMContentLoaded. */
  page(url: string): Promise<Page>;
  /** Opens the popup as a tab: chrome-extension://ID/popup.html. */
  openPopup(): Promise<Page>;
  /** Opens any extension page, e.g. 'options.html'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Writes <screenshotDir>/<name>.png and returns its absolute path. */
  screenshot(page: Page, name: string): Promise<string>;
  screenshotDir: string;
  close(): Promise<void>;
}

/** Flags every Chromium we start needs here (root, no GPU, no network of its own). */
export const BASE_CHROMIUM_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. ` +
        'Browser tests never skip silently.',
    );
  }
  return path;
}

let runFolder: string | undefined;
let announced = false;

/**
 * One folder per test run, printed once so a person can find the pictures. Vitest runs each test
 * file in its own worker process; they share the parent's pid, which keys a marker file naming
 * the run's folder. E2E_SCREENSHOT_DIR overrides it all.
 */
function defaultScreenshotDir(): string {
  if (process.env.E2E_SCREENSHOT_DIR) return resolve(process.env.E2E_SCREENSHOT_DIR);
  if (!runFolder) {
    const runKey = process.env.VITEST ? process.ppid : process.pid;
    const marker = join(tmpdir(), `shadow-ai-e2e-run-${runKey}`);
    const fresh = existsSync(marker) && Date.now() - statSync(marker).mtimeMs < 3_600_000;
    runFolder = fresh ? readFileSync(marker, 'utf8').trim() : new Date().toISOString().replace(/[:.]/g, '-');
    if (!fresh) writeFileSync(marker, runFolder);
  }
  return join(PROJECT_ROOT, 'test-artifacts', 'screenshots', runFolder);
}

export async function launchBrowser(opts: LaunchOptions): Promise<LaunchedBrowser> {
  const executablePath = chromiumPath();
  const withExtension = opts.extension ?? true;
  const later = withExtension === 'later';
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The built extension is missing at ${EXTENSION_DIR}: run \`npx wxt build\` (or \`npm run build\`) first.`);
  }
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'shadow-ai-profile-'));
  const args = [
    ...BASE_CHROMIUM_ARGS,
    '--disable-quic',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${opts.sites.hostRules}`,
    ...(withExtension && !later ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
    // Lets a test install the extension while the browser runs (CDP Extensions.loadUnpacked).
    ...(later ? ['--enable-unsafe-extension-debugging'] : []),
    ...(opts.extraArgs ?? []),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: !opts.headful,
      args,
      // Playwright disables extensions unless told not to.
      ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
      ignoreHTTPSErrors: true,
      viewport: { width: 1100, height: 800 },
    });
  } catch (error) {
    throw new Error(`Chromium failed to launch from ${executablePath}: ${(error as Error).message}`);
  }

  const screenshotDir = opts.screenshotDir ?? defaultScreenshotDir();

  /** The worker started by the latest installExtension(); after an update the stopped one may still be listed for a moment. */
  let installed: Worker | undefined;
  const worker = async (): Promise<Worker> => {
    if (!withExtension) throw new Error('launched without the extension');
    const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`);
    const existing = installed && context.serviceWorkers().includes(installed) ? installed : context.serviceWorkers().find(isOurs);
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  };

  const page = async (url: string): Promise<Page> => {
    const p = await context.newPage();
    await p.goto(url, { waitUntil: 'domcontentloaded' });
    return p;
  };

  const openExtensionPage = (path: string) => page(`chrome-extension://${EXTENSION_ID}/${path.replace(/^\//, '')}`);

  return {
    context,
    extensionId: EXTENSION_ID,
    worker,
    async installExtension() {
      if (!later) throw new Error("installExtension needs launchBrowser({ extension: 'later' })");
      const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`);
      const before = new Set(context.serviceWorkers().filter(isOurs));
      const started = context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w) && !before.has(w), timeout: 15_000 });
      const cdp = await context.browser()!.newBrowserCDPSession();
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as { id: string };
      await cdp.detach();
      if (id !== EXTENSION_ID) throw new Error(`installed as ${id}, expected ${EXTENSION_ID} (the manifest key fixes the id)`);
      // Loading it again is an update: wait for the new worker, so worker() does not hand out the stopped one.
      installed = await started;
    },
    page,
    async openPopup() {
      const popup = await openExtensionPage('popup.html');
      // Roughly the size Chromium gives an action popup, so screenshots look like the real thing.
      await popup.setViewportSize({ width: 380, height: 520 });
      return popup;
    },
    openExtensionPage,
    screenshotDir,
    async screenshot(p, name) {
      mkdirSync(screenshotDir, { recursive: true });
      if (!announced) {
        announced = true;
        console.log(`[e2e] screenshots: ${screenshotDir}`);
      }
      const file = join(screenshotDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await p.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
