import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../harness/browser';

/** Where Debian's Chromium reads machine policy (…/policies/managed/*.json). */
const SYSTEM_POLICY_ROOT = '/etc/chromium';

export interface ManagedPolicyChromium {
  /** An executable to hand to launchBrowser through CHROMIUM_PATH. */
  executablePath: string;
  dispose(): void;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A Chromium that reads `policy` as real machine policy, without touching the machine.
 *
 * Why this way: Chromium on Linux reads policy (including an extension's `3rdparty` managed
 * storage and `ExtensionSettings`) only from /etc/chromium/policies, which every other test and
 * engineer on the machine shares; it has no switch to point elsewhere. So the wrapper starts
 * Chromium in its own mount namespace where a private copy of /etc/chromium, holding our policy
 * file, is bind-mounted over the real one. Only that Chromium process tree sees the copy; the
 * real folder is never written. The policy then travels the production path: Chromium's policy
 * loader, the extension's managed_schema.json, storage.managed, the PolicyService.
 *
 * Needs CAP_SYS_ADMIN for `unshare --mount` (root in the test container). Without it this throws
 * with the reason, rather than letting a test pass without the policy.
 */
export function chromiumWithManagedPolicy(policy: Record<string, unknown>): ManagedPolicyChromium {
  const dir = mkdtempSync(join(tmpdir(), 'shadow-ai-policy-'));
  const root = join(dir, 'etc-chromium');
  // Keep whatever else the package put there (master_preferences), so only the policy differs.
  if (existsSync(SYSTEM_POLICY_ROOT)) cpSync(SYSTEM_POLICY_ROOT, root, { recursive: true });
  mkdirSync(join(root, 'policies', 'managed'), { recursive: true });
  writeFileSync(join(root, 'policies', 'managed', 'shadow-ai-e2e.json'), JSON.stringify(policy, null, 2));

  const mount = `mount --bind ${quote(root)} ${SYSTEM_POLICY_ROOT}`;
  try {
    execFileSync('unshare', ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', `${mount} && test -f ${SYSTEM_POLICY_ROOT}/policies/managed/shadow-ai-e2e.json`], {
      stdio: 'pipe',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`cannot give Chromium a private policy folder (unshare --mount + bind mount over ${SYSTEM_POLICY_ROOT}): ${stderr || (error as Error).message}`);
  }

  // exec keeps the pid Playwright started, and with it the debugging pipe on fds 3 and 4.
  const executablePath = join(dir, 'chromium-with-policy');
  writeFileSync(
    executablePath,
    `#!/bin/sh\nexec unshare --mount --propagation private -- /bin/sh -c ${quote(`${mount} || exit 97; exec ${quote(chromiumPath())} "$@"`)} chromium "$@"\n`,
  );
  chmodSync(executablePath, 0o755);
  return { executablePath, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
