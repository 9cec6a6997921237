import type { Page } from 'playwright-core';

/**
 * The guard's in-page panel lives in a closed shadow root (page scripts must not reach it), so a
 * test drives it the way a keyboard user does: the panel focuses its default button ("… redacted")
 * when it opens; Tab moves to "… anyway"; a reason box, when asked for, takes the focus next.
 */
const PANEL_TAG = 'shadow-ai-guard';

/** Waits until the panel is open and holds the focus (past its "scanning" stage). */
export async function waitForPanel(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((tag) => document.activeElement?.tagName.toLowerCase() === tag, PANEL_TAG, { timeout });
}

export async function panelOpen(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.querySelector(tag) !== null, PANEL_TAG);
}

async function waitForPanelClosed(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((tag) => document.querySelector(tag) === null, PANEL_TAG, { timeout });
}

/** "Paste/Send redacted": the panel's default button. */
export async function chooseRedacted(page: Page): Promise<void> {
  await waitForPanel(page);
  await page.keyboard.press('Enter');
  await waitForPanelClosed(page);
}

/**
 * "Paste/Send anyway", with `reason` typed when the policy asks for one (blocked categories).
 * The reason box appears only after the first press; it is detected by the focus moving to an
 * input inside the panel, which the page sees as the panel host staying focused while open.
 */
export async function chooseAnyway(page: Page, reason: string): Promise<void> {
  await waitForPanel(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Either the panel closed (no reason needed) or it now asks for a reason.
  const closed = await page
    .waitForFunction((tag) => document.querySelector(tag) === null, PANEL_TAG, { timeout: 1_500 })
    .then(() => true)
    .catch(() => false);
  if (closed) return;
  await page.keyboard.insertText(reason);
  await page.keyboard.press('Enter');
  await waitForPanelClosed(page);
}

/**
 * Presses Enter to send and, if the guard holds the message, answers its panel with `choice`.
 * Resolves once the site received one more message, or the panel was answered with "redacted"
 * and the redacted text went out.
 */
export async function sendThroughGuard(
  page: Page,
  received: () => number,
  choice: { kind: 'redacted' } | { kind: 'anyway'; reason: string },
  timeoutMs = 10_000,
): Promise<{ panelShown: boolean }> {
  const before = received();
  await page.keyboard.press('Enter');
  const deadline = Date.now() + timeoutMs;
  let panelShown = false;
  for (;;) {
    if (received() > before) return { panelShown };
    if (!panelShown && (await page.evaluate((tag) => document.activeElement?.tagName.toLowerCase() === tag, PANEL_TAG))) {
      panelShown = true;
      if (choice.kind === 'redacted') await chooseRedacted(page);
      else await chooseAnyway(page, choice.reason);
    }
    if (Date.now() > deadline) {
      const open = await panelOpen(page);
      throw new Error(`no message reached the site (panel answered: ${panelShown}; a panel is ${open ? 'open without focus' : 'not open'})`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
