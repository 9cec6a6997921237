import type { CDPSession, Page } from 'playwright-core';

/**
 * Reads and drives the guard's panel from outside the page. The panel lives in a *closed* shadow
 * root, which is the point: the page's own scripts cannot reach it. Playwright's locators cannot
 * either (they pierce open roots only), so tests use what only DevTools has — the DOM domain with
 * `pierce: true` — to find the panel, and then act like a person: real mouse clicks at the
 * buttons' positions and real key presses. Nothing in the product is opened up for testing.
 */

export const PANEL_HOST = 'shadow-ai-guard';

export interface PanelButton {
  name: string;
  /** The button's centre in viewport coordinates (where a real click lands). */
  x: number;
  y: number;
}

export interface PanelState {
  role: string | null;
  title: string;
  /** Everything the panel shows, as rendered text. */
  text: string;
  buttons: PanelButton[];
  /** The panel element that has focus inside our root ('button:Paste redacted', 'input'), or null. */
  focused: string | null;
  /** Scanning progress in percent (aria-valuenow), when the panel shows one. */
  progress: number | null;
  /** The reason field, when the panel asks for one. */
  reason: { x: number; y: number; label: string } | null;
  /** The masked examples as shown. */
  examples: string[];
}

// Runs with `this` = our closed ShadowRoot. A string, not a function: tsx would wrap a function
// with helpers that do not exist in the page.
const READ = `function () {
  const root = this;
  const panel = root.querySelector('.panel');
  if (!panel) return null;
  const centre = (el) => { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
  const active = root.activeElement;
  const bar = root.querySelector('[role=progressbar]');
  const input = root.querySelector('input');
  return {
    role: panel.getAttribute('role'),
    title: (root.querySelector('#sa-title')?.textContent ?? '').trim(),
    text: panel.innerText,
    buttons: [...root.querySelectorAll('button')].map((b) => ({ name: b.textContent.trim(), ...centre(b) })),
    focused: active ? (active.tagName === 'BUTTON' ? 'button:' + active.textContent.trim() : active.tagName.toLowerCase()) : null,
    progress: bar ? Number(bar.getAttribute('aria-valuenow')) : null,
    reason: input ? { ...centre(input), label: (input.closest('label')?.textContent ?? '').trim() } : null,
    examples: [...root.querySelectorAll('.examples')].map((e) => e.textContent),
  };
}`;

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Our host element and its closed shadow root, as DevTools sees them (null when no panel is mounted). */
async function findHost(cdp: CDPSession): Promise<{ host: DomNode; root: DomNode } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: DomNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  const host = html?.children?.find((n) => n.nodeName.toLowerCase() === PANEL_HOST);
  const shadow = host?.shadowRoots?.[0];
  return host && shadow ? { host, root: shadow } : null;
}

/** What the panel shows right now, or null when none is open. */
export async function readPanel(page: Page): Promise<PanelState | null> {
  const cdp = await session(page);
  const found = await findHost(cdp);
  if (!found) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: found.root.backendNodeId });
  try {
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: READ, returnByValue: true });
    return (result.value ?? null) as PanelState | null;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
  }
}

/** Waits until a panel is open and `accept` says it is the one expected. */
export async function waitForPanel(page: Page, accept: (panel: PanelState) => boolean = () => true, timeoutMs = 10_000): Promise<PanelState> {
  const deadline = Date.now() + timeoutMs;
  let last: PanelState | null = null;
  for (;;) {
    last = await readPanel(page);
    if (last && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`waitForPanel: timed out; last panel: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function waitForPanelClosed(page: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await readPanel(page)) !== null) {
    if (Date.now() > deadline) throw new Error('waitForPanelClosed: the panel is still open');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * A real mouse click on the panel button named `name` (its visible label), once the button has
 * stayed in place for two reads in a row: the panel places itself against the composer, which can
 * still be settling right after the panel opens, and a person clicks what they see after that.
 */
export async function clickPanelButton(page: Page, name: string): Promise<void> {
  const where = async () => (await waitForPanel(page, (p) => p.buttons.some((b) => b.name === name))).buttons.find((b) => b.name === name)!;
  let button = await where();
  for (let settled = 0; settled < 2; ) {
    await new Promise((r) => setTimeout(r, 50));
    const now = await where();
    settled = now.x === button.x && now.y === button.y ? settled + 1 : 0;
    button = now;
  }
  await page.mouse.click(button.x, button.y);
}

/** Clicks the reason field and types `reason` with real key presses. */
export async function typeReason(page: Page, reason: string): Promise<void> {
  const panel = await waitForPanel(page, (p) => p.reason !== null);
  await page.mouse.click(panel.reason!.x, panel.reason!.y);
  await page.keyboard.type(reason);
}

export interface AxNode {
  role: string;
  name: string;
}

/**
 * The panel as a screen reader gets it: the page's accessibility tree (which, unlike the DOM
 * APIs, includes closed shadow roots), narrowed to the nodes inside our root. Returns the
 * dialogs, buttons, progress bars and text boxes with their accessible names.
 */
export async function panelAccessibility(page: Page): Promise<AxNode[]> {
  const cdp = await session(page);
  const found = await findHost(cdp);
  if (!found) return [];
  const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: found.root.backendNodeId, depth: -1, pierce: true })) as { node: DomNode };
  const ours = new Set<number>();
  const walk = (n: DomNode) => {
    ours.add(n.backendNodeId);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(node);
  // The accessibility domain builds its tree only once enabled.
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ role?: { value?: string }; name?: { value?: string }; ignored?: boolean; backendDOMNodeId?: number }>;
  };
  const roles = new Set(['alertdialog', 'dialog', 'button', 'progressbar', 'textbox']);
  return nodes
    .filter((n) => !n.ignored && n.backendDOMNodeId !== undefined && ours.has(n.backendDOMNodeId) && roles.has(n.role?.value ?? ''))
    .map((n) => ({ role: n.role!.value!, name: n.name?.value ?? '' }));
}

/** Closes whatever panel is open with a real Escape on it (test clean-up after a failure). */
export async function dismissPanel(page: Page): Promise<void> {
  const panel = await readPanel(page);
  if (!panel || panel.buttons.length === 0) return;
  await page.bringToFront();
  const last = panel.buttons[panel.buttons.length - 1]!;
  await page.mouse.click(last.x, last.y);
  await waitForPanelClosed(page).catch(() => undefined);
}
