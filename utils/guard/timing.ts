/**
 * Performance marks for the paste-to-decision benchmark and tests. They carry no text, no
 * values and no counts — only which way the guard went — so the page learns nothing it could
 * not already see (a panel appearing). Failing to mark must never affect the paste.
 */
export type PasteDecision = 'allowed' | 'panel' | 'scanning' | 'ignored';

export const PASTE_MEASURE = 'shadow-ai-guard:paste-to-decision';
export const SCAN_MEASURE = 'shadow-ai-guard:scan';

/** Call at the paste event; returns a function to call once the decision is visible (or not needed). */
export function startTiming(name: string): (decision: PasteDecision | 'done') => void {
  let start: number;
  try {
    start = performance.now();
  } catch {
    return () => undefined;
  }
  return (decision) => {
    try {
      performance.measure(name, { start, end: performance.now(), detail: { decision } });
    } catch {
      // Timing is a diagnostic only.
    }
  };
}
