/**
 * Public entry of sensitive-data detection: `scanText` for prompts and pastes, `scanTextChunked`
 * for large texts that must not block the page (slices with overlap, yielding between slices).
 */
import type { Finding, ScanOptions } from './types';
import { createEngine, resolveOverlaps, type Engine } from './engine';
import { DETECTORS } from './detectors/registry';
import { keywordsOf } from './facts';
import { WARM_SAMPLE, WARM_SAMPLE_TWO_BYTE } from './warm-sample';
import { SECRET_REGEXES } from './detectors/secrets';

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

// ───────────────────────── chunked scans ─────────────────────────
//
// A slice owns the findings that start in [from, ownedEnd) and is scanned with context on both
// sides: LEAD characters before (context words such as "SSN:" or "password" sit up to a few
// hundred characters before a value) and TRAIL after (a value that starts near the end of the
// owned region finishes inside the window). Value-level findings are then exactly those of one
// scanText over the whole text. Block-level judgements (a code block, a table, "this whole text is
// an HR record") are made per window, so on a long text they are cut at slice boundaries.

/** Context before a slice: more than any detector looks back (secrets reach 320 characters). */
const LEAD = 1_024;
/** Longer than any single value we expect (a 4096-bit PEM key is ~3.2k chars), so none is cut in two. */
const TRAIL = 4_096;
/**
 * Characters each slice owns. Fixed rather than sized from measured speed: block-level findings
 * depend on where windows start and end, and the same paste must give the same findings on a fast
 * and a slow machine. Every slice also reads LEAD + TRAIL characters of context, so larger slices
 * waste less (16 KB slices read 31% more than the text, 32 KB ones 16%). Chromium scans a 5 MB
 * paste, margins included, in 0.7-0.9 s (`npm run bench`, paste-latency, 2 cores), about
 * 7 k chars/ms: a slice with its margins costs about 6 ms, and the slowest content, about three
 * times slower, stays under the 50 ms long-task mark. (A slice that alone exceeds TASK_BUDGET_MS
 * simply runs as its own task.)
 */
const STEP = 32_768;
/** Slices run back to back while the task, with the next slice predicted from the speed so far, stays under this; then the scan yields. */
const TASK_BUDGET_MS = 12;
/** Characters per millisecond assumed before a slice has been timed (low, so the first task stays short). */
const INITIAL_RATE = 500;

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

let warmed = false;

/** Whether the one-off costs below have been paid in this context. */
export function detectionWarmedUp(): boolean {
  return warmed;
}

/**
 * One-off costs of a cold engine (building the keyword automaton, V8 compiling each family's
 * regexes on first use) add up to 35-80 ms in Chromium: as part of the first slice they made one
 * long task, and as part of a first small paste they made its decision take ~55 ms instead of ~4.
 * Paid here family by family, one task each (`pause` separates them), for a one-byte and a
 * two-byte sample (see WARM_SAMPLE_TWO_BYTE): before the first long scan on a page, and in the
 * page's idle time (utils/guard/idle-warm-up.ts).
 */
export async function warmUpDetection(signal?: AbortSignal, pause: () => Promise<void> = yieldToEventLoop): Promise<void> {
  if (warmed) return;
  getEngine();
  for (const sample of [WARM_SAMPLE, WARM_SAMPLE_TWO_BYTE]) {
    const lower = sample.toLowerCase();
    keywordsOf({ text: sample, lower });
    for (const detector of DETECTORS) {
      await pause();
      if (signal?.aborted) throw abortError();
      try {
        detector.detect({ text: sample, lower });
      } catch {
        // A failing family is reported by the real scan (engine.ts); warming up only saves time.
      }
    }
    // Once more through the whole engine (overlaps, offsets): V8 compiles a regex to machine code
    // only once it has run before, and the engine's own steps have not run yet.
    await pause();
    if (signal?.aborted) throw abortError();
    scanText(sample);
  }
  await pause();
  warmed = true;
}

/** Rules compiled per idle task: about 25 regexes take a few milliseconds to compile. */
const RULES_PER_TASK = 25;

/**
 * Compiles every secret rule's regex to machine code, for one-byte and two-byte text. Most rules
 * only run when their keyword occurs, so the warm-up sample reaches few of them; the first text
 * that names a rarer provider then paid V8's compile inside its scan (the spikes in the bench's
 * first-scan p99). Page idle time only (utils/guard/idle-warm-up.ts): a first long paste needs
 * just the rules its text reaches. V8 runs a regex's first execution in its interpreter and
 * compiles it on the second, hence two runs per subject.
 */
export async function precompileSecretRules(signal?: AbortSignal, pause: () => Promise<void> = yieldToEventLoop): Promise<void> {
  for (let i = 0; i < SECRET_REGEXES.length; i += RULES_PER_TASK) {
    await pause();
    if (signal?.aborted) throw abortError();
    for (const { regex } of SECRET_REGEXES.slice(i, i + RULES_PER_TASK)) {
      for (const subject of [' ', ' \u2019', ' ', ' \u2019']) {
        regex.lastIndex = 0;
        regex.test(subject);
      }
      regex.lastIndex = 0;
    }
  }
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Scans a long text in time-budgeted slices, yielding to the page between tasks, so that no task
 * comes near 50 ms however fast or slow the machine is. `sliceChars` fixes the owned size of every
 * slice instead (tests use it to place values across boundaries).
 */
export async function scanTextChunked(
  text: string,
  options: ScanOptions | undefined,
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; sliceChars?: number } = {},
): Promise<Finding[]> {
  const step = Math.max(1_024, opts.sliceChars ?? STEP);
  const total = text.length;
  if (total <= step + TRAIL) {
    if (opts.signal?.aborted) throw abortError();
    const findings = scanText(text, options);
    opts.onProgress?.(total, total);
    return findings;
  }
  await warmUpDetection(opts.signal);
  const all: Finding[] = [];
  // Characters per millisecond; a slow slice lowers it at once, a fast one raises it halfway.
  let rate = INITIAL_RATE;
  let taskStart = performance.now();
  for (let from = 0; from < total; ) {
    if (opts.signal?.aborted) throw abortError();
    const ownedEnd = Math.min(total, from + step);
    let winStart = Math.max(0, from - LEAD);
    let winEnd = Math.min(total, ownedEnd + TRAIL);
    // Never cut a surrogate pair in half: widen the window by one code unit instead.
    if (winStart > 0 && isLowSurrogate(text.charCodeAt(winStart))) winStart--;
    if (winEnd < total && isHighSurrogate(text.charCodeAt(winEnd - 1))) winEnd++;
    const t0 = performance.now();
    for (const f of scanText(text.slice(winStart, winEnd), options)) {
      const start = f.start + winStart;
      if (start >= from && start < ownedEnd) all.push({ ...f, start, end: f.end + winStart });
    }
    const now = performance.now();
    opts.onProgress?.(ownedEnd, total);
    if (ownedEnd >= total) break;
    from = ownedEnd;
    const measured = (winEnd - winStart) / Math.max(now - t0, 0.05);
    rate = measured < rate ? measured : (rate + measured) / 2;
    const nextMs = (Math.min(step, total - from) + LEAD + TRAIL) / rate;
    if (now - taskStart + nextMs > TASK_BUDGET_MS) {
      await yieldToEventLoop();
      taskStart = performance.now();
    }
  }
  return resolveOverlaps(all);
}
