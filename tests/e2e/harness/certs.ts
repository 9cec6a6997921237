import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cert {
  key: string;
  cert: string;
}

/**
 * A throw-away self-signed certificate for the replicas' real hostnames, made at test time so no
 * key material lives in the repository. Chromium is told to ignore certificate errors anyway; the
 * SAN list keeps the certificate honest for anyone looking at it in DevTools.
 */
export function makeSelfSignedCert(hostnames: readonly string[]): Cert {
  const dir = mkdtempSync(join(tmpdir(), 'replica-cert-'));
  try {
    const san = ['DNS:localhost', 'IP:127.0.0.1', ...hostnames.map((h) => `DNS:${h}`)].join(',');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
        '-subj', '/CN=shadow-ai-replicas',
        '-addext', `subjectAltName=${san}`,
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    throw new Error(`could not generate a test certificate with the openssl CLI: ${(error as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
