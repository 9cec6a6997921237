/**
 * Warms the detection engine once the page is idle, so that the user's first paste is decided as
 * fast as later ones instead of paying for V8 compiling the detectors inside the paste event.
 * Applies to every site's content script; stopping it (extension reload) abandons the warm-up.
 */
import { warmUpDetection } from '../detection/index';

/** Long enough for the site's own start-up work to go first, short enough to precede most pastes. */
const IDLE_TIMEOUT_MS = 3_000;

export function warmDetectionWhenIdle(): () => void {
  const controller = new AbortController();
  const start = (): void => {
    // A failure only means the first paste pays the cost itself.
    warmUpDetection(controller.signal).catch(() => undefined);
  };
  const idle = globalThis.requestIdleCallback;
  if (typeof idle === 'function') {
    const handle = idle(start, { timeout: IDLE_TIMEOUT_MS });
    return () => {
      globalThis.cancelIdleCallback?.(handle);
      controller.abort();
    };
  }
  const timer = setTimeout(start, IDLE_TIMEOUT_MS);
  return () => {
    clearTimeout(timer);
    controller.abort();
  };
}
