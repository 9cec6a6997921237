/**
 * Warms the detection engine in the page's idle time, so that the user's first paste is decided as
 * fast as later ones instead of paying for V8 compiling the detectors inside the paste event.
 * Applies to every site's content script where the guard is enabled; each step waits for idle
 * time of its own, so the warm-up never competes with the site loading. Stopping it (extension
 * reload) abandons the warm-up.
 */
import { precompileSecretRules, warmUpDetection } from '../detection/index';

/** Long enough for the site's own start-up work to go first, short enough to precede most pastes. */
const IDLE_TIMEOUT_MS = 3_000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 50);
  });
}

export function warmDetectionWhenIdle(enabled: () => boolean): () => void {
  const controller = new AbortController();
  void (async () => {
    await whenIdle();
    if (controller.signal.aborted || !enabled()) return;
    await warmUpDetection(controller.signal, whenIdle);
    await precompileSecretRules(controller.signal, whenIdle);
  })().catch(() => undefined); // A failure or an abort only means the first paste pays the cost itself.
  return () => controller.abort();
}
