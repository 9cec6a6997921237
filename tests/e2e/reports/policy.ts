import type { Worker } from 'playwright-core';
import type { PolicyInput } from '../../../utils/policy/schema';
import type { ExtensionGlobal } from './extension-global';

/**
 * Gives the running extension a managed policy for one test.
 *
 * Why this way: Chromium only reads an extension's managed policy from the machine's policy
 * folder (/etc/chromium/policies/managed, shared by every test on the machine) and ignores a
 * `--policy` switch for extensions (checked: storage.managed stays empty). So the test replaces
 * `storage.managed.get` inside the service worker with one that answers `policy`, then makes the
 * PolicyService re-read through its usual trigger (a change of the personal settings). The
 * policy still goes through the production merge and validation; nothing in the extension
 * itself can be told to do this by a page.
 *
 * The replacement lives as long as the service worker: a restarted worker reads the real (empty)
 * managed storage again. Callers re-apply before anything that depends on the policy, and
 * `appliedPolicy` lets them check.
 */
export async function setTestPolicy(worker: Worker, policy: PolicyInput): Promise<void> {
  await worker.evaluate(async (managed) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    const area = chrome.storage.managed as unknown as { get: (...args: unknown[]) => unknown };
    area.get = (...args: unknown[]) => {
      const callback = args.find((a) => typeof a === 'function') as ((v: unknown) => void) | undefined;
      const copy = JSON.parse(JSON.stringify(managed)) as Record<string, unknown>;
      if (callback) callback(copy);
      return Promise.resolve(copy);
    };
    // The PolicyService listens for changes of the personal settings; a fresh marker is a change.
    const { personalPolicy } = await chrome.storage.local.get('personalPolicy');
    const personal = personalPolicy && typeof personalPolicy === 'object' ? personalPolicy : {};
    await chrome.storage.local.set({ personalPolicy: { ...personal, e2ePolicyRefresh: crypto.randomUUID() } });
  }, policy as Record<string, unknown>);
  // Applied once every field we set reads back from the published effective policy.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const effective = await appliedPolicy(worker);
    if (effective && Object.entries(policy).every(([key, value]) => JSON.stringify(effective[key]) === JSON.stringify(value))) return;
    if (Date.now() > deadline) throw new Error(`test policy not applied; effective policy: ${JSON.stringify(effective)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The effective policy the background published (storage.local 'effectivePolicy'). */
export async function appliedPolicy(worker: Worker): Promise<Record<string, unknown> | undefined> {
  return worker.evaluate(async () => (await (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('effectivePolicy')).effectivePolicy as Record<string, unknown> | undefined);
}
