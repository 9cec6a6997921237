import { describe, expect, it } from 'vitest';
import { decide } from '../../../utils/policy/decide';
import { compilePolicy } from '../../../utils/policy/compile';
import { mergePolicy } from '../../../utils/policy/merge';
import { DEFAULT_POLICY, PolicySchema } from '../../../utils/policy/schema';
import { scanText } from '../../../utils/detection/index';
import type { Finding } from '../../../utils/detection/types';

const f = (type: string, category: Finding['category']): Finding => ({ type, category, start: 0, end: 1, severity: 'high', confidence: 0.9 });

describe('decide', () => {
  it('takes the strictest action and lists only non-allowed findings', () => {
    const d = decide([f('email', 'pii'), f('aws_access_key', 'secret'), f('source_code', 'code')], DEFAULT_POLICY, 'chatgpt');
    expect(d.action).toBe('block');
    expect(d.findings.map((x) => x.type)).toEqual(['email', 'aws_access_key']);
    expect(d.byType).toEqual({ email: 1, aws_access_key: 1 });
    expect(d.categories.sort()).toEqual(['pii', 'secret']);
    expect(d.requiresReason).toBe(true);
    expect(d.overrideAllowed).toBe(true);
  });

  it('lets a type action override the category action', () => {
    const policy = PolicySchema.parse({ typeActions: { email: 'allow', ip_address: 'block' } });
    expect(decide([f('email', 'pii')], policy, 'claude').action).toBe('allow');
    expect(decide([f('ip_address', 'pii')], policy, 'claude').action).toBe('block');
  });

  it('lets a custom pattern action override type and category', () => {
    const policy = PolicySchema.parse({ customPatterns: [{ id: 'project_code', label: 'Project', pattern: 'ZEUS', category: 'confidential', action: 'block' }], typeActions: { project_code: 'warn' } });
    expect(decide([f('project_code', 'confidential')], policy, 'm365').action).toBe('block');
  });

  it('requires a reason per requireReasonFor and removes the override when not allowed', () => {
    const warnOnly = PolicySchema.parse({ requireReasonFor: 'warn', allowBlockOverride: false });
    expect(decide([f('email', 'pii')], warnOnly, 'x').requiresReason).toBe(true);
    expect(decide([f('aws_access_key', 'secret')], warnOnly, 'x').overrideAllowed).toBe(false);
    expect(decide([f('email', 'pii')], DEFAULT_POLICY, 'x').requiresReason).toBe(false);
    expect(decide([], DEFAULT_POLICY, 'x')).toMatchObject({ action: 'allow', requiresReason: false, findings: [] });
  });
});

describe('compilePolicy', () => {
  it('is memoized per policy object', () => {
    expect(compilePolicy(DEFAULT_POLICY)).toBe(compilePolicy(DEFAULT_POLICY));
  });

  it('turns custom patterns and dictionaries into findings and applies the allowlist', () => {
    const { policy } = mergePolicy([
      {
        customPatterns: [{ id: 'ticket', label: 'Ticket', pattern: 'ACME-[0-9]{4}', category: 'confidential' }],
        dictionaries: [{ id: 'codename', label: 'Code names', category: 'confidential', terms: ['Blue Falcon', 'zeus'] }],
        allowlist: ['ACME-0000'],
        allowlistPatterns: ['.*@example\\.com'],
      },
    ]);
    const options = compilePolicy(policy);
    const text = 'ACME-1234 and ACME-0000 for blue falcon; not zeusx; mail a@example.com or b@corp.io';
    const types = scanText(text, options).map((x) => `${x.type}:${text.slice(x.start, x.end)}`);
    expect(types).toContain('ticket:ACME-1234');
    expect(types).not.toContain('ticket:ACME-0000');
    expect(types).toContain('codename:blue falcon');
    expect(types.some((t) => t.startsWith('codename:zeus'))).toBe(false);
    expect(types.some((t) => t.includes('a@example.com'))).toBe(false);
    expect(types).toContain('email:b@corp.io');
  });
});
