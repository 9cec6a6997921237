import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmDetectionWhenIdle } from '../../../utils/guard/idle-warm-up';
import { detectionWarmedUp } from '../../../utils/detection/index';

type IdleCallback = () => void;

function stubIdle(): { pending: IdleCallback[]; cancelled: number[]; options: unknown[] } {
  const state = { pending: [] as IdleCallback[], cancelled: [] as number[], options: [] as unknown[] };
  vi.stubGlobal('requestIdleCallback', (cb: IdleCallback, options: unknown) => {
    state.options.push(options);
    return state.pending.push(cb);
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => state.cancelled.push(handle));
  return state;
}

afterEach(() => vi.unstubAllGlobals());

describe('warming detection when the page is idle', () => {
  it('does nothing until the page is idle, and a stop before then cancels the callback', () => {
    const idle = stubIdle();
    const stop = warmDetectionWhenIdle();
    expect(idle.pending).toHaveLength(1);
    expect(idle.options[0]).toEqual({ timeout: expect.any(Number) });
    expect(detectionWarmedUp()).toBe(false);
    stop();
    expect(idle.cancelled).toEqual([1]);
  });

  it('a stop during the warm-up abandons it', async () => {
    const idle = stubIdle();
    const stop = warmDetectionWhenIdle();
    idle.pending[0]!();
    stop();
    // Let the abandoned warm-up reach its next step (it yields between families).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(detectionWarmedUp()).toBe(false);
  });

  it('pays the one-off costs in idle time, so the engine is warm before the first paste', async () => {
    const idle = stubIdle();
    warmDetectionWhenIdle();
    idle.pending[0]!();
    await vi.waitFor(() => expect(detectionWarmedUp()).toBe(true), { timeout: 5_000 });
  });
});
