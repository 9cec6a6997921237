import { describe, expect, it } from 'vitest';
import { pasteHtmlOnly, pasteText, pressEnter, typeText } from './harness/input';
import { editorText, REPLICA_COMPOSER } from './harness/replica-editor';
import { sentMessages, waitForMessages } from './harness/requests';
import type { ReplicaSite } from './harness/server';
import { useReplicaSuite } from './harness/replica-suite';
import { harmlessText, sensitiveSample } from './guard/data';
import { clearComposer, focusInComposer } from './guard/page';
import { clickPanelButton, dismissPanel, readPanel, waitForPanel, waitForPanelClosed } from './guard/panel';

// Input the guard must survive: clipboard data without plain text, pastes outside the composer,
// a paste too large to scan at once, and a page whose own script tries to answer our panel.

const SITES: ReplicaSite[] = ['chatgpt', 'm365'];
const suite = useReplicaSuite(SITES, { afterEachPage: dismissPanel });
const { pages } = suite;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('bad input', () => {
  for (const site of SITES) {
    it(`${site}: clipboard with only HTML is checked too (its text is what the editor would paste)`, async () => {
      const page = pages[site];
      await page.bringToFront();
      await clearComposer(page, site);
      const sample = sensitiveSample(3001 + SITES.indexOf(site));
      const html = sample.text.split('\n').map((line) => `<p><b>${escapeHtml(line)}</b></p>`).join('');
      await pasteHtmlOnly(page, html, site);
      const panel = await waitForPanel(page);
      expect(panel.title).toBe('Sensitive data in this paste');
      const held = await editorText(page, site);
      for (const value of sample.values) expect(held).not.toContain(value);
      await clickPanelButton(page, 'Cancel');
      await waitForPanelClosed(page);
      expect(await editorText(page, site)).toBe('');

      // Harmless HTML is the site's business. ProseMirror pastes HTML; the Lexical replica, like
      // a plain-text Lexical editor, ignores a clipboard without text/plain.
      await pasteHtmlOnly(page, '<p>a <i>short</i> harmless note</p>', site);
      if (site === 'chatgpt') await expect.poll(() => editorText(page, site)).toContain('a short harmless note');
      expect(await readPanel(page)).toBeNull();
      await clearComposer(page, site);
    });
  }

  it('a paste into a field that is not the composer (a search box) is left alone', async () => {
    const page = pages.chatgpt;
    await page.bringToFront();
    // The site's own search box, added by the page's script as a sidebar would have it.
    await page.evaluate(() => {
      const box = document.createElement('input');
      box.id = 'sidebar-search';
      box.placeholder = 'Search chats';
      document.body.prepend(box);
    });
    const sample = sensitiveSample(3010);
    await page.click('#sidebar-search');
    await pasteText(page, sample.text);
    // A one-line <input> folds the line breaks its own way; every value arrives untouched.
    await expect.poll(() => page.inputValue('#sidebar-search')).toContain(sample.values[0]);
    const value = await page.inputValue('#sidebar-search');
    for (const v of sample.values) expect(value).toContain(v);
    expect(await readPanel(page)).toBeNull();
    await page.evaluate(() => document.querySelector('#sidebar-search')?.remove());
  });

  it('a 5 MB paste waits for a sliced scan during which the page keeps running, then shows the findings', async () => {
    const page = pages.chatgpt;
    await page.bringToFront();
    await clearComposer(page, 'chatgpt');
    const sample = sensitiveSample(3020);
    const filler = harmlessText(5 * 1024 * 1024, 3021);
    const half = filler.lastIndexOf('\n', filler.length / 2);
    const text = `${filler.slice(0, half)}\n${sample.text}\n${filler.slice(half + 1)}`;
    // The page's own timer and frames, logged with their times: they can only run while the
    // page's main thread is free. A string so tsx adds no helpers the page lacks.
    await page.evaluate(`(() => {
      window.__beats = [];
      setInterval(() => window.__beats.push(performance.now()), 10);
      requestAnimationFrame(function frame() { window.__beats.push(performance.now()); requestAnimationFrame(frame); });
    })()`);

    await pasteText(page, text, 'chatgpt');
    const findings = await waitForPanel(page, (p) => p.title === 'Sensitive data in this paste', 90_000);
    expect(findings.text).toContain('×3');
    // The paste waited: nothing landed while scanning, nor now that the findings are shown.
    expect(await editorText(page, 'chatgpt')).toBe('');

    // The guard went the sliced way (a progress panel first), and the page's timer and frames ran
    // between the slices: beats fall inside the scan, not only before and after it.
    const seen = (await page.evaluate(`(() => ({
      decisions: performance.getEntriesByName('shadow-ai-guard:paste-to-decision').map((m) => m.detail && m.detail.decision),
      scan: performance.getEntriesByName('shadow-ai-guard:scan').map((m) => [m.startTime, m.startTime + m.duration]).pop(),
      beats: window.__beats,
    }))()`)) as { decisions: string[]; scan: [number, number]; beats: number[] };
    expect(seen.decisions.at(-1)).toBe('scanning');
    const during = seen.beats.filter((t) => t > seen.scan[0] && t < seen.scan[1]);
    expect(during.length).toBeGreaterThan(1);
    await suite.browser.screenshot(page, 'guard-paste-5mb-findings-chatgpt');

    await page.keyboard.press('Escape');
    await waitForPanelClosed(page);
    expect(await editorText(page, 'chatgpt')).toBe('');
    expect(await focusInComposer(page, 'chatgpt')).toBe(true);
  });

  it("the page's script can neither read nor answer our panel, nor message the extension", async () => {
    const page = pages.chatgpt;
    await page.bringToFront();
    await clearComposer(page, 'chatgpt');
    const before = sentMessages(suite.sites, 'chatgpt').length;
    const sample = sensitiveSample(3030);
    await pasteText(page, sample.text, 'chatgpt');
    const panel = await waitForPanel(page, (p) => p.focused === 'button:Paste redacted');
    const target = panel.buttons.find((b) => b.name === 'Paste redacted')!;

    // Everything below runs as the page's own script (Playwright's evaluate is the main world).
    const seen = await page.evaluate(
      ({ x, y, composerSelector }) => {
        const host = document.querySelector('shadow-ai-guard') as HTMLElement;
        let reattach = 'allowed';
        try {
          host.attachShadow({ mode: 'open' });
        } catch {
          reattach = 'refused';
        }
        const atPoint = document.elementFromPoint(x, y);
        // Forged activations: clicks at the button's position, keys on whatever has focus.
        for (const el of [atPoint, host, document.activeElement]) {
          if (!el) continue;
          el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
          (el as HTMLElement).click?.();
          for (const key of ['Enter', ' ', 'Escape']) {
            el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
            el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
          }
        }
        // A forged Enter in the composer must not send anything either.
        document.querySelector(composerSelector)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
        return {
          shadowRoot: host.shadowRoot === null ? 'hidden' : 'visible',
          text: host.textContent,
          reattach,
          atPoint: atPoint?.tagName.toLowerCase(),
          canMessage: typeof w.chrome?.runtime?.sendMessage === 'function',
        };
      },
      { x: target.x, y: target.y, composerSelector: REPLICA_COMPOSER.chatgpt },
    );
    expect(seen).toEqual({ shadowRoot: 'hidden', text: '', reattach: 'refused', atPoint: 'shadow-ai-guard', canMessage: false });

    // The panel is still up and still asking; nothing landed and nothing was sent.
    const still = await readPanel(page);
    expect(still?.title).toBe(panel.title);
    expect(await editorText(page, 'chatgpt')).toBe('');
    expect((await waitForMessages(suite.sites, 'chatgpt', before + 1, 1_000)).length).toBe(before);

    // The person's own key press still works.
    await page.keyboard.press('Escape');
    await waitForPanelClosed(page);
    expect(await editorText(page, 'chatgpt')).toBe('');
  });

  it('the extension reloaded while a panel is open: the page keeps working and sends a harmless message', async () => {
    const page = pages.m365;
    await page.bringToFront();
    await clearComposer(page, 'm365');
    await pasteText(page, sensitiveSample(3040).text, 'm365');
    await waitForPanel(page);
    const worker = await suite.browser.worker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    // Whether the orphaned panel is already gone or still up, the person's Escape leaves the
    // page clean and the held paste is dropped.
    await page.waitForTimeout(1_000);
    await page.keyboard.press('Escape');
    await waitForPanelClosed(page, 15_000);
    expect(await editorText(page, 'm365')).toBe('');

    const before = sentMessages(suite.sites, 'm365').length;
    const text = 'Is the page still fine after an extension update?';
    await typeText(page, text, { site: 'm365' });
    await pressEnter(page);
    await waitForMessages(suite.sites, 'm365', before + 1);
    const all = await waitForMessages(suite.sites, 'm365', before + 2, 1_000);
    expect(all.slice(before).map((m) => m.text)).toEqual([text]);
  });
});
