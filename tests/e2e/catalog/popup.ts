import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../harness/browser';
import type { LoggedRequest, Sites } from '../harness/server';

export const CATALOG_PATH = '/catalog';

/** The popup (as a tab) once it lists `count` workflows; returns their ids, in the order shown. */
export async function popupWithWorkflows(browser: LaunchedBrowser, count = 1, timeoutMs = 15_000): Promise<{ popup: Page; ids: string[] }> {
  const popup = await browser.openPopup();
  await popup.locator('li.workflow').nth(count - 1).waitFor({ timeout: timeoutMs });
  const ids = await popup.locator('li.workflow').evaluateAll((items) => items.map((li) => li.getAttribute('data-workflow') ?? ''));
  return { popup, ids };
}

export function workflowItem(popup: Page, id: string) {
  return popup.locator(`li.workflow[data-workflow="${id}"]`);
}

/** Clicks "Register in company catalog" and waits for the preview form. */
export async function openPreview(popup: Page, id: string) {
  const item = workflowItem(popup, id);
  await item.locator('button[data-action="register"]').click();
  const form = item.locator('[data-testid="register-preview"]');
  await form.waitFor();
  return form;
}

/** The JSON the preview shows under "Exactly what will be sent", as text. */
export async function previewJson(popup: Page, id: string): Promise<string> {
  return (await workflowItem(popup, id).locator('[data-testid="submission-json"]').textContent()) ?? '';
}

/** Catalog POSTs the receiver got, oldest first (CORS preflights are not submissions). */
export function catalogPosts(sites: Sites): LoggedRequest[] {
  return sites.receiver.requests().filter((r) => r.method === 'POST' && r.path === CATALOG_PATH);
}

export async function waitForCatalogPosts(sites: Sites, count: number, timeoutMs = 15_000): Promise<LoggedRequest[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const posts = catalogPosts(sites);
    if (posts.length >= count) return posts;
    if (Date.now() > deadline) throw new Error(`expected ${count} catalog POSTs at the receiver within ${timeoutMs} ms, got ${posts.length}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function header(request: LoggedRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}
