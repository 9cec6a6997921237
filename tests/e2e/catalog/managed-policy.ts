import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_ID, chromiumPath } from '../harness/browser';

/**
 * A managed policy delivered the way an administrator deploys it on Linux: a JSON file in
 * `/etc/chromium/policies/managed/` whose `3rdparty.extensions.<id>` entry Chromium validates
 * against the extension's `managed_schema.json` and hands to `chrome.storage.managed`.
 * (Checked with Debian's Chromium 156 and an unpacked extension loaded with --load-extension:
 * storage.managed returns the file's values and chrome://policy lists them.)
 *
 * That folder is read by every Chromium on the machine, and other tests run Chromium at the same
 * time with the same extension ID, so the file is never written into the real /etc. Instead the
 * test's Chromium is started through a small launcher that enters a private mount namespace
 * (`unshare --mount`, the tests run as root) and bind-mounts a temporary copy of /etc/chromium,
 * holding the policy file, over /etc/chromium for that one process tree. Chromium reads exactly
 * the path and format an administrator would use; nobody else sees the file, and nothing needs
 * cleaning up in /etc if a test crashes.
 */

export interface ManagedPolicyInstall {
  /** The launcher to use as Chromium's executable (the harness takes it from CHROMIUM_PATH). */
  executable: string;
  /** The policy file as Chromium sees it, at /etc/chromium/policies/managed/<name> inside the namespace. */
  policyFile: string;
  /** Points the harness at the launcher until restore() is called. */
  activate(): void;
  /** Puts CHROMIUM_PATH back and deletes the temporary folder. */
  restore(): void;
}

const SYSTEM_CHROMIUM_ETC = '/etc/chromium';
const POLICY_FILE_NAME = 'shadow-ai-discovery.json';

/** The document an administrator writes: Chrome's policy JSON with the extension's section. */
export function policyDocument(policy: Record<string, unknown>): Record<string, unknown> {
  return { '3rdparty': { extensions: { [EXTENSION_ID]: policy } } };
}

function assertNamespacesAvailable(): void {
  try {
    execFileSync('unshare', ['--mount', '--propagation', 'private', 'true'], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      'The managed-policy tests need `unshare --mount` (root or CAP_SYS_ADMIN) to give their Chromium a private ' +
        `/etc/chromium; it failed: ${(error as Error).message}. Browser tests never skip silently.`,
    );
  }
}

export function installManagedPolicy(policy: Record<string, unknown>): ManagedPolicyInstall {
  assertNamespacesAvailable();
  const realChromium = chromiumPath();
  const root = mkdtempSync(join(tmpdir(), 'shadow-ai-managed-'));
  const etc = join(root, 'etc-chromium');
  // The copy keeps whatever Debian put there (master_preferences, …) so only the policy differs.
  if (existsSync(SYSTEM_CHROMIUM_ETC)) cpSync(SYSTEM_CHROMIUM_ETC, etc, { recursive: true });
  const managedDir = join(etc, 'policies', 'managed');
  mkdirSync(managedDir, { recursive: true });
  writeFileSync(join(managedDir, POLICY_FILE_NAME), JSON.stringify(policyDocument(policy), null, 2));

  const executable = join(root, 'chromium-with-policy.sh');
  // exec all the way down: Playwright's pipe (fds 3 and 4) and the pid it waits on stay Chromium's.
  writeFileSync(
    executable,
    [
      '#!/bin/sh',
      `exec unshare --mount --propagation private -- /bin/sh -c 'mount --bind "$0" ${SYSTEM_CHROMIUM_ETC} && exec "$@"' ${shellQuote(etc)} ${shellQuote(realChromium)} "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(executable, 0o755);

  const previous = process.env.CHROMIUM_PATH;
  return {
    executable,
    policyFile: join(SYSTEM_CHROMIUM_ETC, 'policies', 'managed', POLICY_FILE_NAME),
    activate() {
      process.env.CHROMIUM_PATH = executable;
    },
    restore() {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
