import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestFile } from '../harness/input';

/**
 * Chooses files in a file input the way the browser's file picker does. The harness's
 * chooseFiles passes buffers, which Playwright delivers from page script (untrusted `change`
 * event, so a guard that only listens to the user would rightly ignore it); given paths,
 * Playwright asks the browser itself (DOM.setFileInputFiles) and the page sees trusted events.
 */
export async function pickFiles(page: Page, selector: string, files: TestFile[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pick-'));
  try {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.buffer);
      return path;
    });
    await page.setInputFiles(selector, paths);
    // The page reads the files asynchronously; keep them until it had the chance.
    await page.waitForTimeout(500);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
