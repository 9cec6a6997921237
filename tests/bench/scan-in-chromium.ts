/**
 * Runs the detection engine inside Chromium, where the extension runs, on the chunks the Node
 * benchmark times, with the same protocol: a short warm-up, the first half (cold JIT), the second
 * half scanned for the first time, a second pass over everything, then 100 KB windows.
 *
 * The engine is bundled from source with esbuild (the extension's content script holds the same
 * modules) and loaded into a page served, through request interception, with the headers that make
 * it cross-origin isolated: only then does Chromium's performance.now() resolve 5 µs instead of
 * 100 µs.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { BASE_CHROMIUM_ARGS, chromiumPath } from '../e2e/harness/browser';
import { shrinkDetectionEsbuild } from '../../utils/build/shrink-detection';

export interface PhaseTimes {
  /** Per-scan milliseconds, sorted ascending. */
  times: number[];
  /** Wall-clock milliseconds for the whole phase. */
  total: number;
}

export interface ChromiumScanTimes {
  version: string;
  isolated: boolean;
  cold: PhaseTimes;
  firstScan: PhaseTimes;
  secondPass: PhaseTimes;
  windows: PhaseTimes;
}

const PAGE_URL = 'https://detection-bench.invalid/';

// Page-side protocol, as a string: tsx would add helpers (__name) the page does not have.
const PROTOCOL = `(async () => {
  const { chunks, windows, warmUp, idleWarmUp } = window.__input;
  if (idleWarmUp) {
    await ShadowAiDetection.warmUpDetection();
    await ShadowAiDetection.precompileSecretRules();
  }
  const scan = ShadowAiDetection.scanText;
  const phase = (items) => {
    const times = [];
    const t0 = performance.now();
    for (const s of items) { const t = performance.now(); scan(s); times.push(performance.now() - t); }
    return { times: times.sort((a, b) => a - b), total: performance.now() - t0 };
  };
  for (const c of chunks.slice(0, warmUp)) scan(c);
  const half = chunks.length >> 1;
  return {
    isolated: self.crossOriginIsolated === true,
    cold: phase(chunks.slice(0, half)),
    firstScan: phase(chunks.slice(half)),
    secondPass: phase(chunks),
    windows: phase(windows),
  };
})()`;

/**
 * `idleWarmUp`: first run what the content script runs in the page's idle time
 * (utils/guard/idle-warm-up.ts), as on a page open for a few seconds before the paste.
 */
export async function scanTimesInChromium(chunks: string[], windows: string[], warmUp: number, idleWarmUp = false): Promise<ChromiumScanTimes> {
  const bundle = await build({
    entryPoints: [new URL('../../utils/detection/index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'ShadowAiDetection',
    platform: 'browser',
    logLevel: 'silent',
    // The code the content script runs, without the docs' validation texts.
    plugins: [shrinkDetectionEsbuild()],
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...BASE_CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    await page.route(PAGE_URL, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>detection bench</title>',
        headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      }),
    );
    await page.goto(PAGE_URL);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await page.evaluate(`window.__input = ${JSON.stringify({ chunks, windows, warmUp, idleWarmUp })}`);
    const result = (await page.evaluate(PROTOCOL)) as Omit<ChromiumScanTimes, 'version'>;
    return { version: browser.version(), ...result };
  } finally {
    await browser.close();
  }
}
