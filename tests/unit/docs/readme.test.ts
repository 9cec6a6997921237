import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTION_TYPES } from '../../../utils/detection/catalog';
import { renderDetectionTable, withDetectionTable } from '../../../utils/docs/detection-table';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

describe('README', () => {
  it('documents every detection type exactly as the engine defines it (run npm run docs)', () => {
    expect(readme).toBe(withDetectionTable(readme, renderDetectionTable(DETECTION_TYPES)));
    for (const type of DETECTION_TYPES) expect(readme).toContain(`\`${type.id}\``);
  });

  it('gives exactly two set-up commands', () => {
    const setup = readme.slice(readme.indexOf('## Set up'), readme.indexOf('Other commands'));
    expect(setup.match(/```sh\n[^\n]+\n```/g)).toHaveLength(2);
  });

  it('names the fixed extension id the manifest key produces', () => {
    expect(readme).toContain('pcgklcmbdgbpgomamnmoacabcijjgfjg');
  });
});

describe('extension id', () => {
  it('is what Chromium derives from the manifest key (sha256 of the key, first 16 bytes as a–p)', async () => {
    const config = readFileSync(join(process.cwd(), 'wxt.config.ts'), 'utf8');
    const key = /'(MIIB[A-Za-z0-9+/=]+)'/.exec(config)?.[1];
    expect(key).toBeDefined();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', Buffer.from(key!, 'base64')));
    const id = [...digest.slice(0, 16)].map((b) => String.fromCharCode(97 + (b >> 4)) + String.fromCharCode(97 + (b & 15))).join('');
    expect(id).toBe('pcgklcmbdgbpgomamnmoacabcijjgfjg');
  });
});
