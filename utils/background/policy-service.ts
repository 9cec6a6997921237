import { browser } from 'wxt/browser';
import { mergePolicy } from '../policy/merge';
import type { Policy } from '../policy/schema';
import { EFFECTIVE_POLICY_KEY } from '../guard/policy-source';

export const PERSONAL_POLICY_KEY = 'personalPolicy';
export const MANAGED_KEYS_KEY = 'managedPolicyKeys';
export const POLICY_ERRORS_KEY = 'policyErrors';

/** Fields a user may set for themselves; everything else is the organization's to decide. */
const PERSONAL_FIELDS = ['allowlist'] as const;

/**
 * Merges defaults < managed policy (storage.managed, pushed by the administrator) < personal
 * settings, and publishes the result for content scripts and pages. A bad field is reported
 * and ignored on its own; the rest of the policy still applies.
 */
export class PolicyService {
  private policy: Policy | undefined;
  private readonly listeners = new Set<(policy: Policy) => void>();

  private resolveReady: (policy: Policy) => void = () => {};
  private readonly readyPromise = new Promise<Policy>((resolve) => (this.resolveReady = resolve));

  current(): Policy | undefined {
    return this.policy;
  }

  /**
   * The first merged policy. An alarm or message that wakes a stopped worker is dispatched before
   * the policy has been read; handlers await this instead of mistaking "not loaded yet" for "off".
   */
  ready(): Promise<Policy> {
    return this.readyPromise;
  }

  onChange(listener: (policy: Policy) => void): void {
    this.listeners.add(listener);
  }

  start(): Promise<Policy> {
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'managed' || (area === 'local' && PERSONAL_POLICY_KEY in changes)) void this.refresh();
    });
    return this.refresh().catch((error: unknown) => {
      // Storage failed on the first read: run on the defaults rather than leave every handler
      // waiting for a policy that never comes.
      console.error('[shadow-ai] could not read the policy; using the defaults', error);
      const { policy } = mergePolicy([]);
      this.policy ??= policy;
      this.resolveReady(this.policy);
      return this.policy;
    });
  }

  async refresh(): Promise<Policy> {
    const managed = await readManaged();
    const personal = personalLayer((await browser.storage.local.get(PERSONAL_POLICY_KEY))[PERSONAL_POLICY_KEY], managed);
    const { policy, errors } = mergePolicy([managed ?? {}, personal]);
    this.policy = policy;
    this.resolveReady(policy);
    await browser.storage.local.set({
      [EFFECTIVE_POLICY_KEY]: policy,
      [MANAGED_KEYS_KEY]: managed && typeof managed === 'object' ? Object.keys(managed) : [],
      [POLICY_ERRORS_KEY]: errors.map((e) => ({ ...e, source: e.source === 0 ? 'managed' : 'personal' })),
    });
    for (const listener of this.listeners) listener(policy);
    return policy;
  }
}

async function readManaged(): Promise<Record<string, unknown> | undefined> {
  try {
    // Rejects where no managed storage exists (e.g. Firefox without enterprise policy).
    const managed = await browser.storage.managed.get(null);
    return managed && Object.keys(managed).length > 0 ? (managed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Personal values extend the organization's lists; they never override a managed field. */
function personalLayer(raw: unknown, managed: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const field of PERSONAL_FIELDS) {
    const mine = (raw as Record<string, unknown>)[field];
    if (!Array.isArray(mine)) continue;
    const theirs = managed && Array.isArray(managed[field]) ? (managed[field] as unknown[]) : [];
    out[field] = [...theirs, ...mine];
  }
  return out;
}
