/**
 * Public entry of sensitive-data detection: `scanText` for prompts and pastes, `scanTextChunked`
 * for large texts that must not block the page (slices with overlap, yielding between slices).
 */
import type { Finding, ScanOptions } from './types';
import { createEngine, resolveOverlaps, type Engine } from './engine';
import { DETECTORS } from './detectors/registry';

export * from './types';
export { DETECTION_TYPES, detectionType } from './catalog';
export { maskValue } from './mask';
export { redact } from './redact';

let engine: Engine | null = null;

function getEngine(): Engine {
  engine ??= createEngine(DETECTORS);
  return engine;
}

export function scanText(text: string, options?: ScanOptions): Finding[] {
  return getEngine().scan(text, options);
}

/** Characters scanned per slice: a few milliseconds of work each, with every family enabled. */
const DEFAULT_SLICE = 64_000;
/** Longer than any single value we expect (a 4096-bit PEM key is ~3.2k chars), so none is cut in two. */
const OVERLAP = 4_096;
/** Slices run back to back until this much time has passed, then the scan yields (well under the 50 ms long-task mark). */
const TASK_BUDGET_MS = 12;

let channel: MessageChannel | null = null;
const pending: (() => void)[] = [];

interface PostTaskScheduler {
  postTask?: (callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<unknown>;
}

/**
 * Yields to the event loop so that the page's own tasks run between slices. Not `scheduler.yield`:
 * its continuations are queued ahead of ordinary tasks, so during a long scan the page's timers
 * barely run (a guard engineer saw 3 timer ticks against 18 frames during a 5 MB scan). A task at
 * ordinary priority goes to the back of the queue instead, behind timers that are already due:
 * `scheduler.postTask` with 'user-visible' priority where it exists ('background' would let a busy
 * page starve a scan the user is waiting on), `setImmediate` in Node (the CLI and tests), otherwise
 * a MessageChannel message, because nested `setTimeout(0)` is clamped to 4 ms in browsers, which
 * over a 5 MB paste adds up.
 */
function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { scheduler?: PostTaskScheduler; setImmediate?: (fn: () => void) => unknown };
  const postTask = g.scheduler?.postTask;
  if (typeof postTask === 'function') return postTask.call(g.scheduler, () => undefined, { priority: 'user-visible' }).then(() => undefined);
  if (typeof g.setImmediate === 'function') return new Promise((resolve) => g.setImmediate!(resolve));
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => pending.shift()?.();
    }
    return new Promise((resolve) => {
      pending.push(resolve);
      channel!.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
  return typeof DOMException === 'function' ? new DOMException('Scan aborted', 'AbortError') : Object.assign(new Error('Scan aborted'), { name: 'AbortError' });
}

export async function scanTextChunked(
  text: string,
  options: ScanOptions | undefined,
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; sliceChars?: number } = {},
): Promise<Finding[]> {
  const slice = Math.max(OVERLAP * 2, opts.sliceChars ?? DEFAULT_SLICE);
  const total = text.length;
  if (total <= slice) {
    if (opts.signal?.aborted) throw abortError();
    const findings = scanText(text, options);
    opts.onProgress?.(total, total);
    return findings;
  }
  const all: Finding[] = [];
  // Each slice owns the findings that start in [from, from + step); the overlap lets a finding
  // that starts near the end of the owned region finish inside the same slice.
  const step = slice - OVERLAP;
  let taskStart = performance.now();
  for (let from = 0; from < total; from += step) {
    if (opts.signal?.aborted) throw abortError();
    let to = Math.min(total, from + slice);
    // Do not cut a surrogate pair in half.
    if (to < total && /[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to--;
    const last = to >= total;
    const ownedEnd = last ? total : from + step;
    for (const f of scanText(text.slice(from, to), options)) {
      const start = f.start + from;
      if (start < ownedEnd) all.push({ ...f, start, end: f.end + from });
    }
    opts.onProgress?.(Math.min(to, total), total);
    if (last) break;
    if (performance.now() - taskStart >= TASK_BUDGET_MS) {
      await yieldToEventLoop();
      taskStart = performance.now();
    }
  }
  return resolveOverlaps(all);
}
