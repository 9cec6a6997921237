// npm 11 on this machine writes only the optional platform packages it can install here
// (e.g. rollup's linux-x64 binary) into package-lock.json, yet `npm ci` then insists on
// an entry for every optional dependency rollup names. Run this after `npm install` to add
// the missing entries (metadata only) so that `npm ci` accepts the lock file on any machine.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
let added = 0;

function registryMeta(name, version) {
  try {
    return JSON.parse(
      execFileSync('npm', ['view', `${name}@${version}`, 'version', 'dist.integrity', 'os', 'cpu', 'libc', 'license', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
  } catch {
    return undefined;
  }
}

// The registry this team uses mirrors only the platforms it runs on; for the others the
// platform is read from the package name (`@rollup/rollup-darwin-arm64`), which is enough
// for npm to skip them on Linux.
function platformFromName(name, version) {
  const os = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'sunos', 'netbsd', 'aix'].find((o) => name.includes(`-${o}-`));
  const cpu = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'arm'].find((c) => name.includes(`-${c}`));
  const libc = name.endsWith('-musl') || name.includes('-musl') ? ['musl'] : name.includes('linux') && name.includes('-gnu') ? ['glibc'] : undefined;
  return { version, os: os ? [os] : undefined, cpu: cpu ? [cpu] : undefined, libc, license: 'MIT' };
}
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (lock.packages[target] || lock.packages[`${key}/node_modules/${name}`]) continue;
    const meta = registryMeta(name, version) ?? platformFromName(name, version);
    lock.packages[target] = {
      version: meta.version,
      integrity: meta['dist.integrity'],
      ...(meta.cpu ? { cpu: meta.cpu } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(meta.libc ? { libc: meta.libc } : {}),
      license: meta.license,
      optional: true,
      ...(meta.os ? { os: meta.os } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} optional platform entries`);
