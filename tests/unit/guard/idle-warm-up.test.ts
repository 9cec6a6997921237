import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmDetectionWhenIdle } from '../../../utils/guard/idle-warm-up';
import { detectionWarmedUp, scanText } from '../../../utils/detection/index';
import { SECRET_REGEXES } from '../../../utils/detection/detectors/secrets';
import { DETECTORS } from '../../../utils/detection/detectors/registry';

type IdleCallback = () => void;

/** requestIdleCallback under the test's control: callbacks run only when `grant` says the page is idle. */
function stubIdle() {
  const pending: IdleCallback[] = [];
  let requested = 0;
  vi.stubGlobal('requestIdleCallback', (cb: IdleCallback, options: { timeout?: number }) => {
    expect(options.timeout).toBeGreaterThan(0);
    requested++;
    pending.push(cb);
    return requested;
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    requested: () => requested,
    /** Runs the oldest pending idle callback, then lets the warm-up take its next step. */
    async grant(): Promise<boolean> {
      const cb = pending.shift();
      cb?.();
      await flush();
      return cb !== undefined;
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('warming detection in idle time', () => {
  it('does nothing until the page is idle, and nothing once stopped', async () => {
    const idle = stubIdle();
    const stop = warmDetectionWhenIdle(() => true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle.requested()).toBe(1);
    expect(detectionWarmedUp()).toBe(false);
    stop();
    while (await idle.grant());
    expect(idle.requested()).toBe(1);
    expect(detectionWarmedUp()).toBe(false);
  });

  it('does not warm up where the policy switched the guard off', async () => {
    const idle = stubIdle();
    warmDetectionWhenIdle(() => false);
    while (await idle.grant());
    expect(idle.requested()).toBe(1);
    expect(detectionWarmedUp()).toBe(false);
  });

  it('a stop during the warm-up abandons it', async () => {
    const idle = stubIdle();
    const stop = warmDetectionWhenIdle(() => true);
    await idle.grant();
    await idle.grant();
    stop();
    while (await idle.grant());
    expect(detectionWarmedUp()).toBe(false);
  });

  it('takes one idle period per step, and leaves the engine warm for the first paste', async () => {
    const idle = stubIdle();
    warmDetectionWhenIdle(() => true);
    let granted = 0;
    while (!detectionWarmedUp() && (await idle.grant())) granted++;
    expect(detectionWarmedUp()).toBe(true);
    // One idle period to start, then one before each family and the closing steps.
    expect(granted).toBeGreaterThan(DETECTORS.length);
  });

  it('then compiles every secret rule, a batch per idle period, leaving each ready to scan', async () => {
    const idle = stubIdle();
    const key = 'deploy with AKIAZ7Q2MXW4PLRATQ3N and password = "Xq9!zL-hunter2"';
    const before = scanText(key);
    warmDetectionWhenIdle(() => true);
    let granted = 0;
    while (await idle.grant()) granted++;
    // One period per batch of 25 rules (after the engine warm-up, which an earlier test may have done).
    expect(granted).toBeGreaterThanOrEqual(Math.ceil(SECRET_REGEXES.length / 25));
    expect(detectionWarmedUp()).toBe(true);
    expect(SECRET_REGEXES.every(({ regex }) => regex.lastIndex === 0)).toBe(true);
    expect(scanText(key)).toEqual(before);
    expect(before.map((f) => f.type)).toContain('aws_access_key');
  });
});
