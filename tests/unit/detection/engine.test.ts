import { describe, expect, it } from 'vitest';
import { scanText, scanTextChunked } from '../../../utils/detection/index';
import { normalizeForScan, toOriginalSpan } from '../../../utils/detection/normalize';
import { buildKeywordIndex } from '../../../utils/detection/keywords';
import { resolveOverlaps } from '../../../utils/detection/engine';
import type { Finding } from '../../../utils/detection/types';

const GH = 'ghp_' + 'XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg';

describe('engine', () => {
  it('returns nothing for empty text', () => {
    expect(scanText('')).toEqual([]);
  });

  it('finds a secret split by zero-width and bidi characters, with offsets into the original text', () => {
    const hidden = GH.slice(0, 10) + '\u200b' + GH.slice(10, 20) + '\u202e\u2066' + GH.slice(20);
    const text = `my token: ${hidden} thanks`;
    const found = scanText(text).filter((f) => f.type === 'github_token');
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(text.indexOf('ghp_'));
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(hidden);
  });

  it('does not throw on NUL bytes, lone surrogates and binary-looking text, and still finds secrets in it', () => {
    const text = '\u0000\uD800abc\uDFFF\u0000' + GH + '\uD83D';
    const findings = scanText(text);
    expect(findings.some((f) => f.type === 'github_token' && text.slice(f.start, f.end) === GH)).toBe(true);
    const binary = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => scanText(binary)).not.toThrow();
  });

  it('keeps offsets right after "İ", whose lower case is two code units, and lower-cases the rest of the text', () => {
    // U+0130 before the values would shift every offset in a plain toLowerCase() copy.
    const text = 'İZMİR office, İlker: ilker.kaya@acme-example.com, TOKEN=' + GH + ' (𐐀 Deseret)';
    const found = scanText(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toContainEqual(['email', 'ilker.kaya@acme-example.com']);
    expect(found).toContainEqual(['github_token', GH]);
    // Keyword-gated rules read the lower-cased copy: a context word after "İ" still counts.
    const ssn = 'İstanbul branch. SSN: 234 56 7890';
    expect(scanText(ssn).map((f) => [f.type, ssn.slice(f.start, f.end)])).toContainEqual(['us_ssn', '234 56 7890']);
  });

  it('handles 10 MB of text without throwing', () => {
    const text = 'The quarterly plan is on track. '.repeat(330_000) + GH;
    const findings = scanText(text);
    expect(findings.at(-1)?.type).toBe('github_token');
  });

  it('returns findings sorted by start', () => {
    const text = `${GH}\nAKIAIOSFODNN7EXAMPLE\nmail jane@acme.com`;
    const starts = scanText(text).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the more specific/severe of two overlapping findings, but keeps values inside a block finding', () => {
    const f = (type: string, start: number, end: number, severity: Finding['severity'], confidence: number): Finding => ({ type, category: 'secret', start, end, severity, confidence });
    const kept = resolveOverlaps([f('generic_secret', 0, 20, 'high', 0.6), f('github_token', 2, 20, 'high', 0.98), f('source_code', 0, 400, 'low', 0.8)]);
    expect(kept.map((k) => k.type).sort()).toEqual(['github_token', 'source_code']);
  });

  it('does not report a name inside an e-mail address as a second finding', () => {
    const text = 'mail jane.doe@acme-example.com or call';
    const found = scanText(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toEqual([['email', 'jane.doe@acme-example.com']]);
  });

  it('applies the allow predicate to the original value', () => {
    const text = `key ${GH}`;
    expect(scanText(text, { allow: (v) => v === GH }).some((f) => f.type === 'github_token')).toBe(false);
  });

  it('chunked scan matches the one-shot scan across slice boundaries and yields between slices', async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(2000);
    const text = [filler, GH, filler, 'AKIAIOSFODNN7EXAMPLE', filler, GH].join('\n');
    let progressCalls = 0;
    const chunked = await scanTextChunked(text, undefined, { sliceChars: 20_000, onProgress: () => progressCalls++ });
    const whole = scanText(text).filter((f) => f.category === 'secret');
    expect(chunked.filter((f) => f.category === 'secret').map((f) => [f.type, f.start, f.end])).toEqual(whole.map((f) => [f.type, f.start, f.end]));
    expect(progressCalls).toBeGreaterThan(2);
  });

  it('chunked scan stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(scanTextChunked('x'.repeat(100_000), undefined, { signal: controller.signal, sliceChars: 20_000 })).rejects.toThrow(/abort/i);
  });
});

describe('document-level findings', () => {
  it('reports every document type a text has: a marked employee list, marked source code', () => {
    const types = (text: string) => scanText(text).filter((f) => f.category !== 'pii').map((f) => f.type).sort();
    const roster = 'Build an org chart from this:\n\nINTERNAL USE ONLY\n\n| Employee ID | Name | Department | Salary |\n|---|---|---|---|\n| E-17 | Dana Scully | Research | 98,000 |\n| E-18 | Fox Mulder | Research | 97,500 |\n| E-19 | Walter Skinner | Management | 120,000 |';
    expect(types(roster)).toEqual(['confidential_marking', 'employee_list']);
    const code = 'Why does this throw?\n\n```java\n/* CONFIDENTIAL: internal source. */\npublic class Ledger {\n  public static void main(String[] args) {\n    System.out.println(total(args));\n  }\n}\n```';
    expect(types(code)).toEqual(['confidential_marking', 'source_code']);
  });

  it('still keeps one of two findings of the same type, and one of two overlapping secrets', () => {
    const at = (type: string, category: Finding['category'], start: number, end: number, confidence: number): Finding => ({ type, category, start, end, severity: 'medium', confidence });
    expect(resolveOverlaps([at('contract', 'confidential', 0, 100, 0.6), at('contract', 'confidential', 10, 100, 0.7)])).toHaveLength(1);
    expect(resolveOverlaps([at('generic_secret', 'secret', 0, 40, 0.6), at('stripe_key', 'secret', 0, 40, 0.9)]).map((f) => f.type)).toEqual(['stripe_key']);
    expect(resolveOverlaps([at('contract', 'confidential', 0, 100, 0.6), at('financial_statement', 'financial', 0, 100, 0.7)])).toHaveLength(2);
  });
});

describe('normalize', () => {
  it('maps normalized spans back to original offsets', () => {
    const original = 'a\u200bb\u200cc';
    const { text, map } = normalizeForScan(original);
    expect(text).toBe('abc');
    expect(toOriginalSpan(map, 1, 3)).toEqual([2, 5]);
  });

  it('removes every invisible code point, runs of them and ones at either end, and nothing else', () => {
    const invisible = [0xad, 0x34f, 0x61c, 0x180e, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064, 0x2066, 0x2069, 0xfeff].map((c) => String.fromCharCode(c));
    const visible = ['a', '\u200a', '\u2010', '\u2065', '\u2070', '\ufefe', 'é', '\u{1F600}'];
    const original = invisible[0]! + visible.map((v, i) => v + invisible[i % invisible.length]! + invisible[(i + 5) % invisible.length]!).join('') + invisible.at(-1)!;
    const { text, map } = normalizeForScan(original);
    expect(text).toBe(visible.join(''));
    // Every kept code unit maps to the same code unit in the original.
    for (let i = 0; i < text.length; i++) expect(original[map![i]!]).toBe(text[i]);
    expect(map![text.length]).toBe(original.length);
    expect(normalizeForScan('plain text').map).toBeNull();
  });
});

describe('keyword index', () => {
  it('reports exactly the keywords that occur, including overlapping ones', () => {
    const index = buildKeywordIndex(['pass', 'password', 'word', 'xoxb-', 'contraseña']);
    const found = index.find('my password and contraseña');
    const names = index.keywords.filter((_, i) => found[i] === 1).sort();
    expect(names).toEqual(['contraseña', 'pass', 'password', 'word']);
  });
});
