import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { monitorCoverage, type CoverageSnapshot } from '../../../utils/coverage/monitor';
import type { SiteAdapter } from '../../../utils/sites/types';
import { chatgpt } from '../../../utils/sites/chatgpt';

const site: SiteAdapter = { ...chatgpt, graceMs: 1000 };

describe('monitorCoverage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
  });
  afterEach(() => vi.useRealTimers());

  function watch() {
    const seen: CoverageSnapshot[] = [];
    const monitor = monitorCoverage(site, (s) => seen.push(s));
    return { seen, monitor };
  }

  it('reports starting, then ok once the composer appears within the grace period', async () => {
    const { seen, monitor } = watch();
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toEqual([{ status: 'starting' }]);
    document.body.innerHTML = '<div id="prompt-textarea" contenteditable="true"></div>';
    await vi.advanceTimersByTimeAsync(300);
    expect(seen.at(-1)).toEqual({ status: 'ok' });
    monitor.stop();
  });

  it('reports degraded when the composer never appears', async () => {
    const { seen, monitor } = watch();
    document.body.innerHTML = '<textarea name="prompt-textarea"></textarea>';
    await vi.advanceTimersByTimeAsync(1100);
    expect(seen.at(-1)).toEqual({ status: 'degraded', reason: 'composer-missing' });
    monitor.stop();
  });

  it('reports degraded when there is text but no send button matches', async () => {
    document.body.innerHTML = '<div id="prompt-textarea" contenteditable="true">hello</div><button id="renamed">go</button>';
    const { seen, monitor } = watch();
    document.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(seen.at(-1)).toEqual({ status: 'degraded', reason: 'send-button-missing' });
    monitor.stop();
  });

  it('stays ok when the send button is there', async () => {
    document.body.innerHTML =
      '<div id="prompt-textarea" contenteditable="true">hello</div><button id="composer-submit-button">go</button>';
    const { seen, monitor } = watch();
    document.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(seen.at(-1)).toEqual({ status: 'ok' });
    monitor.stop();
  });

  it('a problem reported by a feature degrades coverage at once', async () => {
    document.body.innerHTML = '<div id="prompt-textarea" contenteditable="true"></div>';
    const { seen, monitor } = watch();
    await vi.advanceTimersByTimeAsync(10);
    monitor.reportProblem('send-button-missing');
    expect(seen.at(-1)).toEqual({ status: 'degraded', reason: 'send-button-missing' });
    monitor.stop();
  });
});
