import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OpenTabScripts } from '../../../utils/background/open-tab-scripts';

// The install/update sweep that starts the guard in AI tabs opened before the extension was.
// Tabs, the manifest and script injection are the browser's; here they are scripted fakes.

const MANIFEST_SCRIPTS = [
  { matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'], js: ['content-scripts/chatgpt.js'], run_at: 'document_start' },
  { matches: ['https://claude.ai/*'], js: ['content-scripts/claude.js'], run_at: 'document_start' },
];

type Tab = { id: number; url: string; discarded?: boolean };
const TABS: Tab[] = [
  { id: 1, url: 'https://chatgpt.com/c/1' },
  { id: 2, url: 'https://claude.ai/new' },
  { id: 3, url: 'https://news.example.org/' },
  { id: 4, url: 'https://chatgpt.com/', discarded: true },
  { id: 5, url: 'https://chat.openai.com/' },
];

const hostOf = (pattern: string) => new URL(pattern.replace('/*', '/')).hostname;
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 't', version: '1', content_scripts: MANIFEST_SCRIPTS } as never);
  // tabs.query({ url }) with match patterns, as the browser answers it.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async ({ url }: { url: string[] }) =>
    TABS.filter((t) => url.some((p) => new URL(t.url).hostname === hostOf(p)))) as never);
  executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (target.tabId === 5) throw new Error('Frame with ID 0 is showing error page');
    return [{ frameId: 0, result: undefined }];
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
});
afterEach(() => vi.useRealTimers());

describe('open-tab scripts', () => {
  it("runs each manifest script in the loaded tabs it matches, and says where it now runs", async () => {
    const runsIn = await new OpenTabScripts().runInOpenTabs();
    const calls = executeScript.mock.calls.map(([arg]) => [arg.target.tabId, arg.files]);
    expect(calls.sort()).toEqual([
      [1, ['content-scripts/chatgpt.js']],
      [2, ['content-scripts/claude.js']],
      [5, ['content-scripts/chatgpt.js']],
    ]);
    // Not the unrelated tab, not the discarded one (it runs the declared scripts when it loads), not the error page.
    expect(TABS.map((t) => [t.id, runsIn(t.id)])).toEqual([[1, true], [2, true], [3, false], [4, false], [5, false]]);
  });

  it('sweeps on install and on update, once per worker life, and not on a browser update', async () => {
    const scripts = new OpenTabScripts();
    scripts.install();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' } as never);
    expect(executeScript).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    const runsIn = await scripts.runInOpenTabs();
    expect(runsIn(1)).toBe(true);
    expect(executeScript).toHaveBeenCalledTimes(3);
  });

  it('does not wait for a tab that never answers, and counts it as not running our script', async () => {
    vi.useFakeTimers();
    executeScript.mockImplementation(({ target }: { target: { tabId: number } }) => (target.tabId === 2 ? new Promise(() => {}) : Promise.resolve([])));
    const sweep = new OpenTabScripts().runInOpenTabs();
    await vi.advanceTimersByTimeAsync(5_001);
    const runsIn = await sweep;
    expect([1, 2, 5].map((id) => runsIn(id))).toEqual([true, false, true]);
  });
});
