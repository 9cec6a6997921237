/**
 * Writes that must not vanish silently. IndexedDB can refuse a write (QuotaExceededError on a
 * full disk, a transient abort while the browser shuts down): we retry with backoff, and when a
 * write still cannot be kept we count the loss where the popup shows it, instead of dropping it.
 */
export interface LossCounter {
  add(label: string): Promise<void>;
}

export interface ResilientWriteOptions {
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function resilientWrite(
  label: string,
  write: () => Promise<unknown>,
  losses: LossCounter,
  { attempts = 4, baseDelayMs = 100, sleep = defaultSleep }: ResilientWriteOptions = {},
): Promise<boolean> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await write();
      return true;
    } catch (error) {
      lastError = error;
      if (attempt < attempts - 1) await sleep(baseDelayMs * 4 ** attempt);
    }
  }
  console.warn(`[shadow-ai] could not store ${label}:`, lastError);
  await losses.add(label);
  return false;
}
