import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../utils/policy/merge';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { INFORMATIONAL_SECRET_TYPE_ACTIONS } from '../../../utils/policy/defaults';

const pattern = (id: string, source: string) => ({ id, label: id, pattern: source, category: 'confidential' });

describe('mergePolicy', () => {
  it('returns the defaults for no layers', () => {
    const { policy, errors } = mergePolicy([]);
    expect({ ...policy, typeActions: {} }).toEqual({ ...DEFAULT_POLICY, typeActions: {} });
    expect(policy.typeActions).toEqual(INFORMATIONAL_SECRET_TYPE_ACTIONS);
    expect(errors).toEqual([]);
  });

  it('reports a wholly malformed layer once and keeps the earlier layers', () => {
    const { policy, errors } = mergePolicy([{ organizationName: 'Acme' }, 'not an object', [1, 2]]);
    expect(policy.organizationName).toBe('Acme');
    expect(errors.map((e) => e.source)).toEqual([1, 2]);
  });

  it('names a bad custom regex by its field path and keeps the valid patterns', () => {
    const { policy, errors } = mergePolicy([{ customPatterns: [pattern('ok_one', 'PRJ-[0-9]{4}'), pattern('ok_two', 'ACME'), pattern('broken', 'a(b')] }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('customPatterns[2].pattern');
    expect(errors[0]!.message).toMatch(/Invalid regular expression/);
    expect(policy.customPatterns.map((p) => p.id)).toEqual(['ok_one', 'ok_two']);
  });

  it('rejects catastrophic-looking custom patterns', () => {
    const { errors } = mergePolicy([{ customPatterns: [pattern('evil', '(a+)+$')] }]);
    expect(errors[0]!.path).toBe('customPatterns[0].pattern');
    expect(errors[0]!.message).toMatch(/catastrophic/);
  });

  it('ignores an invalid field and keeps the previous valid value', () => {
    const { policy, errors } = mergePolicy([
      { categoryActions: { pii: 'block' }, retentionDays: 30 },
      { categoryActions: { pii: 'explode' }, retentionDays: -4, kAnonymity: 10 },
    ]);
    expect(policy.categoryActions.pii).toBe('block');
    expect(policy.categoryActions.secret).toBe('block');
    expect(policy.retentionDays).toBe(30);
    expect(policy.kAnonymity).toBe(10);
    expect(errors.map((e) => e.path).sort()).toEqual(['categoryActions.pii', 'retentionDays']);
    expect(errors.every((e) => e.source === 1)).toBe(true);
  });

  it('later layers override earlier ones (defaults < managed < personal)', () => {
    const { policy } = mergePolicy([{ typeActions: { email: 'allow' } }, { typeActions: { phone: 'redact' } }]);
    expect(policy.typeActions).toMatchObject({ email: 'allow', phone: 'redact' });
  });

  it('makes informational secret types (bucket addresses, ARNs) warn instead of block by default', () => {
    expect(INFORMATIONAL_SECRET_TYPE_ACTIONS['aws_arn']).toBe('warn');
    expect(INFORMATIONAL_SECRET_TYPE_ACTIONS['aws_access_key']).toBeUndefined();
    const { policy } = mergePolicy([{ typeActions: { aws_arn: 'block' } }]);
    expect(policy.typeActions['aws_arn']).toBe('block');
  });

  it('reports a bad allowlist pattern by index', () => {
    const { policy, errors } = mergePolicy([{ allowlistPatterns: ['^test-.*$', '[unclosed'] }]);
    expect(policy.allowlistPatterns).toEqual(['^test-.*$']);
    expect(errors[0]!.path).toBe('allowlistPatterns[1]');
  });
});
