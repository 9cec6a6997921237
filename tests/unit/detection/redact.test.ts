import { describe, expect, it } from 'vitest';
import { redact } from '../../../utils/detection/redact';
import { maskValue } from '../../../utils/detection/mask';
import { scanText } from '../../../utils/detection/index';
import type { Finding } from '../../../utils/detection/types';

const pii = (type: string, start: number, end: number): Finding => ({ type, category: 'pii', start, end, severity: 'medium', confidence: 0.9 });

describe('redact', () => {
  it('uses typed numbered placeholders and the same placeholder for the same value', () => {
    const text = 'a@x.io wrote to b@y.io, then a@x.io again';
    const at = (v: string, from = 0) => text.indexOf(v, from);
    const findings = [pii('email', 0, 6), pii('email', at('b@y.io'), at('b@y.io') + 6), pii('email', at('a@x.io', 1), at('a@x.io', 1) + 6)];
    const out = redact(text, findings);
    expect(out.text).toBe('[EMAIL_1] wrote to [EMAIL_2], then [EMAIL_1] again');
    expect(out.placeholders).toEqual({ '[EMAIL_1]': 'email', '[EMAIL_2]': 'email' });
  });

  it('redacts real scan results so no secret value remains', () => {
    const key = 'AKIAQ4LW7ZRT2MXK5NVB';
    const gh = 'ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg';
    const text = `aws ${key}\ngithub ${gh}\nagain ${key}`;
    const out = redact(text, scanText(text));
    expect(out.text).not.toContain(key);
    expect(out.text).not.toContain(gh);
    expect(out.text).toBe('aws [AWS_KEY_1]\ngithub [GITHUB_TOKEN_1]\nagain [AWS_KEY_1]');
  });

  it('redacts the values inside a block-level finding instead of the whole block', () => {
    const text = 'function f() { return "a@x.io"; }';
    const out = redact(text, [{ type: 'source_code', category: 'code', start: 0, end: text.length, severity: 'low', confidence: 0.8 }, pii('email', 23, 29)]);
    expect(out.text).toBe('function f() { return "[EMAIL_1]"; }');
  });

  it('leaves text unchanged without findings', () => {
    expect(redact('hello', [])).toEqual({ text: 'hello', placeholders: {} });
  });
});

describe('maskValue', () => {
  it('keeps the first letter and domain of an e-mail', () => {
    expect(maskValue('john@acme.com', 'email')).toBe('j***@acme.com');
  });

  it('masks the local part of an e-mail', () => {
    expect(maskValue('jane.doe@example.org', 'email')).toBe('j*******@example.org');
  });

  it('never reveals more than a quarter of a secret', () => {
    for (const value of ['AKIAIOSFODNN7EXAMPLE', 'ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg', 'hunter22', 'abc', '4111111111111111']) {
      const masked = maskValue(value, 'generic_secret');
      const visible = [...masked].filter((c) => c !== '*').length;
      expect(visible).toBeLessThanOrEqual(Math.floor(value.length / 4));
      expect(masked.length).toBe(value.length);
    }
    expect(maskValue('AKIAIOSFODNN7EXAMPLE', 'aws_access_key').startsWith('AKIA')).toBe(true);
  });
});
