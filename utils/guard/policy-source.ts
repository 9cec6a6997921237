import { browser } from 'wxt/browser';
import { DEFAULT_POLICY, PolicySchema, type Policy } from '../policy/schema';

export const EFFECTIVE_POLICY_KEY = 'effectivePolicy';

/**
 * The content script's view of the policy. The background merges defaults, managed and
 * personal layers and publishes the result in storage.local; we only read it. Until it
 * arrives (or if it is unreadable) the defaults apply, which protect rather than allow.
 */
export class PolicySource {
  private policy: Policy = DEFAULT_POLICY;
  private readonly onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && EFFECTIVE_POLICY_KEY in changes) this.accept(changes[EFFECTIVE_POLICY_KEY].newValue);
  };

  async start(): Promise<void> {
    try {
      browser.storage.onChanged.addListener(this.onChanged);
      const stored = await browser.storage.local.get(EFFECTIVE_POLICY_KEY);
      this.accept(stored[EFFECTIVE_POLICY_KEY]);
    } catch {
      // Context invalidated or storage unavailable: keep the defaults.
    }
  }

  current = (): Policy => this.policy;

  stop(): void {
    try {
      browser.storage.onChanged.removeListener(this.onChanged);
    } catch {
      // The extension context may already be gone.
    }
  }

  private accept(raw: unknown): void {
    if (raw === undefined) return;
    const parsed = PolicySchema.safeParse(raw);
    if (!parsed.success) return;
    this.policy = parsed.data;
  }
}
