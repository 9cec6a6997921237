import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../utils/detection/index';
import { COMPILED, SECRET_REGEXES, runRule, runRuleWindowed, secretsDetector } from '../../../utils/detection/detectors/secrets';
import type { Finding } from '../../../utils/detection/types';
import { keywordsOf } from '../../../utils/detection/facts';
import { corpusTexts } from '../../fixtures/corpora';
import { DETECTION_TYPES, detectionType } from '../../../utils/detection/catalog';

interface Case { text: string; type?: string; note?: string }
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/detection');
const load = (name: string): Case[] => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Case[];

describe('secret rules', () => {
  it('has gitleaks-like breadth: 100+ rules, every type documented', () => {
    expect(SECRET_REGEXES.length).toBeGreaterThanOrEqual(100);
    for (const t of secretsDetector.types) {
      expect(detectionType(t.id)).toBeDefined();
      expect(t.placeholder).toMatch(/^[A-Z0-9_]+$/);
      expect(t.validation.length).toBeGreaterThan(3);
    }
    expect(DETECTION_TYPES.length).toBeGreaterThan(secretsDetector.types.length);
  });

  it.each(load('secrets-positive.json'))('finds $type in: $note', ({ text, type }) => {
    const found = scanText(text).filter((f) => f.category === 'secret');
    expect(found.map((f) => f.type)).toContain(type);
  });

  it.each(load('secrets-negative.json'))('does not flag: $note', ({ text }) => {
    expect(scanText(text).filter((f) => f.category === 'secret')).toEqual([]);
  });

  it('reports a public Mapbox pk. token at low severity only, even when assigned to an access-token key', () => {
    const text = "mapboxgl.accessToken = 'pk.eyJ1IjoiZXhhbXBsZS1tYXBzIiwiYSI6ImNrOWZ6dHRyMTAwMDAzZ3BhMW1tYzR6dHEifQ.Q8xJm2bK1pLr4sVw9nTy0a';";
    const secrets = scanText(text).filter((f) => f.category === 'secret');
    expect(secrets.map((f) => [f.type, f.severity])).toEqual([['client_id', 'low']]);
  });

  it('every rule regex finishes on long repetitive inputs (no catastrophic backtracking)', () => {
    const inputs = ['a'.repeat(50_000), 'A1'.repeat(30_000), '-'.repeat(50_000), '0'.repeat(50_000), 'a='.repeat(25_000), '"password": "'.repeat(3000), 'eyJ'.repeat(20_000), '$2a$'.repeat(10_000), 'x:'.repeat(25_000) + '@'];
    for (const { regex } of SECRET_REGEXES) {
      for (const input of inputs) {
        regex.lastIndex = 0;
        let n = 0;
        while (regex.exec(input) !== null && n++ < 100_000) if (regex.lastIndex === 0) break;
      }
    }
    for (const input of inputs) expect(() => scanText(input)).not.toThrow();
  });

  it('reports a provider token typed with a repeated unit as a low-severity placeholder, and a client ID as low', () => {
    const runner = 'runner: GR1348941' + '123'.repeat(7).slice(0, 20);
    expect(scanText(runner).filter((f) => f.category === 'secret').map((f) => [f.type, f.severity])).toEqual([['placeholder_token', 'low']]);
    // A random body keeps its provider's type and severity.
    const real = 'runner: GR1348941' + 'q8Xv2Lm9Np3Rt8Vw1Yz5';
    expect(scanText(real).filter((f) => f.category === 'secret').map((f) => [f.type, f.severity])).toEqual([['gitlab_token', 'high']]);
    const id = 'DISCORD_CLIENT_ID=903481618676270099';
    expect(scanText(id).map((f) => [f.type, f.severity, id.slice(f.start, f.end)])).toEqual([['client_id', 'low', '903481618676270099']]);
  });

  it('covers a PuTTY key file through its private lines and MAC, so redacting it removes the key', () => {
    const file = 'PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: none\r\nComment: ci\r\nPublic-Lines: 1\r\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7\r\nPrivate-Lines: 2\r\nq8Xv2Lm9Np3Rt8Vw1Yz5Bc6Df0Gh2Jk4Lp7Qs9Tu1Vx3Wz5\r\nZb7Cd9Ef1Gh3\r\nPrivate-MAC: 5f0c2a7d9e4b1c8a3f6e0d2b7c9a4e1f8d3b6c0a';
    const key = scanText(`${file}\r\nthanks`).find((f) => f.type === 'putty_key')!;
    expect(`${file}\r\nthanks`.slice(key.start, key.end)).toBe(file);
  });

  it('reports a Fly.io token of several comma-joined parts as one finding', () => {
    const part = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 'Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0Xc'[(i * 7 + seed) % 32]).join('');
    const tokenValue = `FlyV1 fm2_${part(140, 1)},fm2_${part(90, 5)},fm2_${part(60, 11)}`;
    const text = `FLY_API_TOKEN="${tokenValue}"`;
    expect(scanText(text).filter((f) => f.category === 'secret').map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['fly_token', tokenValue]]);
  });

  it('fixture files exist', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.startsWith('secrets-'))).toHaveLength(2);
  });
});

describe('keyword windows', () => {
  // A rule runs only when one of its keywords occurs (that gate is the rule's definition), and
  // then only near them; the windows are sound if, whenever a keyword occurs, the windowed run
  // finds exactly what a run over the whole text finds.
  const texts = [
    ...load('secrets-positive.json').map((c) => c.text),
    ...load('secrets-negative.json').map((c) => c.text),
    ...corpusTexts('secrets-dev.jsonl', 'chat-prompts-dev.jsonl'),
  ];

  it('every rule finds in its keyword windows what it finds in the whole text', () => {
    let findings = 0;
    for (const compiled of COMPILED) {
      for (const text of texts) {
        const lower = text.toLowerCase();
        if (!compiled.rule.keywords.some((k) => lower.includes(k.toLowerCase()))) continue;
        const whole: Finding[] = [];
        runRule(compiled, text, whole);
        const windowed: Finding[] = [];
        runRuleWindowed(compiled, text, keywordsOf({ text, lower }).positions, windowed);
        expect(windowed, `${compiled.rule.id} on ${JSON.stringify(text.slice(0, 80))}`).toEqual(whole);
        findings += whole.length;
      }
    }
    expect(findings).toBeGreaterThan(400);
  });
});
