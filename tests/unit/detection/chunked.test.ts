/**
 * scanTextChunked must report the value-level findings (secrets, personal data) one scanText over
 * the whole text reports, including values that straddle a slice boundary and values whose context
 * word sits in the previous slice. Block-level findings (code blocks, tables, whole-document
 * judgements) are made per window and are not compared.
 */
import { describe, expect, it } from 'vitest';
import { scanText, scanTextChunked, type Finding } from '../../../utils/detection/index';

const STEP = 16_384;
const GH = 'ghp_' + 'XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg';
const VALUES = [
  GH,
  'AKIAIOSFODNN7EXAMPLE',
  'jane.doe@example.com',
  'SSN 078-05-1120',
  'IBAN DE89370400440532013000',
  'card 4111 1111 1111 1111',
  'my name is Clara Bexley',
  'she lives at 221 Baker Street, Springfield',
  'password = "Xq9!zLhunter2-long-Secret"',
  // Found only with their context words.
  'passport number X1234567',
  'Dutch BSN: 111222333',
];
const PROSE = 'The quarterly plan is on track, and the team met on Tuesday to review the roadmap. ';
const CODE = 'export function total(lines) {\n  return lines.reduce((acc, l) => acc + l.qty * l.price, 0);\n}\n';

/** About `size` characters of prose and code with a value placed across, just before and just after every slice boundary. */
function mixedWithValuesAtBoundaries(size: number): string {
  let text = '';
  let boundary = STEP;
  let v = 0;
  while (text.length < size) {
    const value = VALUES[v++ % VALUES.length]!;
    // Straddle the boundary, or end just before it, or start the value's last word right on it (its
    // context words, "passport number" or "BSN", then lie in the previous slice).
    const offset = [-Math.floor(value.length / 2), -value.length - 3, -(value.lastIndexOf(' ') + 2)][v % 3]!;
    while (text.length < boundary + offset) text += v % 4 === 0 ? CODE : PROSE;
    text = text.slice(0, boundary + offset) + ' ' + value + ' ' + text.slice(boundary + offset);
    boundary += STEP;
  }
  return text;
}

const key = (f: Finding): string => `${f.type}@${f.start}-${f.end}:${f.severity}:${f.confidence}:${f.detail ?? ''}`;
const valueLevel = (findings: Finding[]): string[] => findings.filter((f) => f.category === 'secret' || f.category === 'pii').map(key);

describe('scanTextChunked', () => {
  it('finds exactly the value-level findings of a whole-text scan on a few MB of mixed text', async () => {
    const text = mixedWithValuesAtBoundaries(2_000_000);
    const whole = valueLevel(scanText(text));
    const chunked = valueLevel(await scanTextChunked(text, undefined, { sliceChars: STEP }));
    expect(whole.length).toBeGreaterThan(80);
    expect(chunked).toEqual(whole);
  }, 60_000);

  it('gives the same findings on every run (slice boundaries do not depend on timing)', async () => {
    const text = mixedWithValuesAtBoundaries(300_000);
    const a = (await scanTextChunked(text, undefined)).map(key);
    const b = (await scanTextChunked(text, undefined)).map(key);
    expect(b).toEqual(a);
  });
});

describe('warm-up', () => {
  it('warms the engine on a one-byte and a two-byte sample, so that V8 compiles the regexes for both kinds of string', async () => {
    const { WARM_SAMPLE, WARM_SAMPLE_TWO_BYTE } = await import('../../../utils/detection/warm-sample');
    const beyondLatin1 = (s: string) => [...s].some((c) => c.charCodeAt(0) > 0xff);
    expect(beyondLatin1(WARM_SAMPLE)).toBe(false);
    expect(beyondLatin1(WARM_SAMPLE_TWO_BYTE)).toBe(true);
    // Both samples walk every family: each finds what the other finds.
    const types = (s: string) => [...new Set(scanText(s).map((f) => f.type))].sort();
    expect(types(WARM_SAMPLE_TWO_BYTE)).toEqual(types(WARM_SAMPLE));
    expect(types(WARM_SAMPLE).length).toBeGreaterThan(15);
  });
});
