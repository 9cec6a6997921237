import { describe, expect, it } from 'vitest';
import { buildReport, installIdFor, type BuildReportInput } from '../../../utils/governance/build-report';
import { discoveryReportJsonSchema, DiscoveryReportSchema } from '../../../utils/governance/report-schema';
import { workflowSignature } from '../../../utils/governance/signature';
import { PolicySchema } from '../../../utils/policy/schema';

const START = Date.parse('2026-11-16T00:00:00Z');
const END = Date.parse('2026-11-23T00:00:00Z');
const HOUR = 3_600_000;
const day = (offsetDays: number) => new Date(START + offsetDays * 86_400_000 + 12 * HOUR).toISOString().slice(0, 10);
const ts = (offsetDays: number) => START + offsetDays * 86_400_000 + 12 * HOUR;

const CANARY_TEMPLATE = 'CANARY-TEMPLATE-7f3a Summarize {doc} for finance';
const CANARY_CONSTANT = 'CANARY-CONSTANT-7f3a Summarize for finance';
const REGISTERED_TEMPLATE = 'Draft a reply to {email} for support';

const TOOLS: Record<string, { name: string; category: string; inspected: boolean }> = {
  chatgpt: { name: 'ChatGPT', category: 'chat', inspected: true },
  perplexity: { name: 'Perplexity', category: 'search', inspected: false },
};

function input(overrides: Partial<BuildReportInput> = {}): BuildReportInput {
  return {
    policy: PolicySchema.parse({ organizationName: 'Acme', organizationSalt: 'salt-1', kAnonymity: 5 }),
    installId: 'install-test-0001',
    period: { start: START, end: END },
    now: END + 1000,
    toolDays: [
      { day: day(0), toolId: 'chatgpt', host: 'chatgpt.com', visits: 4, notInspectable: 0 },
      { day: day(1), toolId: 'chatgpt', host: 'chatgpt.com', visits: 6, notInspectable: 1 },
      { day: day(2), toolId: 'perplexity', host: 'www.perplexity.ai', visits: 2, notInspectable: 0 },
      { day: day(-3), toolId: 'perplexity', host: 'www.perplexity.ai', visits: 50, notInspectable: 0 }, // before the period
    ],
    dailyCounts: [
      { day: day(0), site: 'chatgpt', prompts: 3, warnings: 1, redactions: 0, blocks: 0, overrides: 0, uploads: 2, uploadsNotInspected: 1 },
      { day: day(1), site: 'chatgpt', prompts: 5, warnings: 0, redactions: 0, blocks: 0, overrides: 0, uploads: 6, uploadsNotInspected: 0 },
    ],
    guardEvents: [
      { ts: ts(0), day: day(0), site: 'chatgpt', host: 'chatgpt.com', trigger: 'paste', policyAction: 'warn', outcome: 'allowed', byType: { email: 2 }, categories: ['pii'] },
      ...Array.from({ length: 5 }, (_, i) => ({
        ts: ts(1) + i,
        day: day(1),
        site: 'chatgpt' as const,
        host: 'chatgpt.com',
        trigger: 'send' as const,
        policyAction: 'warn' as const,
        outcome: 'overridden' as const,
        byType: { phone: 1 },
        categories: ['pii'],
      })),
    ],
    uploads: [],
    coverageLog: [
      { host: 'claude.ai', site: 'claude', status: 'degraded', ts: ts(0), day: day(0) },
      { host: 'claude.ai', site: 'claude', status: 'degraded', ts: ts(0) + 5, day: day(0) },
      { host: 'claude.ai', site: 'claude', status: 'unavailable', ts: ts(2), day: day(2) },
      { host: 'claude.ai', site: 'claude', status: 'ok', ts: ts(3), day: day(3) },
    ],
    workflows: [
      { id: 'w-canary', template: CANARY_TEMPLATE, constantText: CANARY_CONSTANT, count: 4, runsPerWeek: 2.333333, days: 3, sites: ['chatgpt'], categories: ['financial'], recurring: true, slots: ['doc'] },
      { id: 'w-registered', template: REGISTERED_TEMPLATE, constantText: 'Draft a reply to for support', count: 3, runsPerWeek: 1.5, days: 2, sites: ['claude'], categories: [], recurring: true },
      { id: 'w-not-recurring', template: 'NOT-RECURRING-CANARY {x}', constantText: 'NOT-RECURRING-CANARY', count: 2, runsPerWeek: 1, days: 1, sites: ['chatgpt'], categories: [], recurring: false },
    ],
    registrations: [{ workflowId: 'w-registered', template: REGISTERED_TEMPLATE, stakes: ['customer data'] }],
    toolInfo: (id) => TOOLS[id],
    ...overrides,
  };
}

describe('buildReport', () => {
  it('produces a report the schema accepts', async () => {
    const report = await buildReport(input());
    expect(DiscoveryReportSchema.safeParse(report).success).toBe(true);
    expect(report.period).toEqual({ start: '2026-11-16T00:00:00.000Z', end: '2026-11-23T00:00:00.000Z' });
    expect(report.organization).toBe('Acme');
  });

  it('canary: no template or constant text of unregistered or non-recurring workflows', async () => {
    const json = JSON.stringify(await buildReport(input()));
    expect(json).not.toContain('CANARY');
    expect(json).not.toContain('Summarize');
    expect(json).toContain(REGISTERED_TEMPLATE);
  });

  it('reports only recurring workflows, with signatures and registration', async () => {
    const report = await buildReport(input());
    expect(report.workflows).toHaveLength(2);
    const canary = report.workflows.find((w) => !w.registered)!;
    expect(canary.signature).toBe(await workflowSignature('salt-1', CANARY_CONSTANT));
    expect(canary.template).toBeUndefined();
    expect(canary.stakes).toBeUndefined();
    expect(canary.slots).toBe(1);
    expect(canary.runsPerWeek).toBe(2.33);
    const registered = report.workflows.find((w) => w.registered)!;
    expect(registered.stakes).toEqual(['customer data']);
  });

  it('coarsens rare counts to "<k" and leaves zero and larger counts exact', async () => {
    const report = await buildReport(input());
    // 6 pii events (1 paste + 5 sends); 1 warn-allowed vs 5 overridden; 2 email + 5 phone.
    expect(report.guard.byCategory).toEqual({ pii: 6 });
    expect(report.guard.byOutcome).toEqual({ allowed: '<5', overridden: 5 });
    expect(report.guard.byType).toEqual({ email: '<5', phone: 5 });
    expect(report.guard.byAction).toEqual({ warn: 6 });
    expect(report.guard.bySite).toEqual({ chatgpt: { pii: 6 } });
    // Uploads from daily counts: 8 total, 1 not inspected → 7 inspected.
    expect(report.uploads).toEqual({ inspected: 7, notInspected: '<5' });
    const chatgpt = report.tools.find((t) => t.toolId === 'chatgpt')!;
    expect(chatgpt).toMatchObject({ daysUsed: 2, visits: 10, prompts: 8, notInspectableVisits: '<5', inspected: true, name: 'ChatGPT' });
    // Only the in-period perplexity row counts: 2 visits.
    const perplexity = report.tools.find((t) => t.toolId === 'perplexity')!;
    expect(perplexity).toMatchObject({ daysUsed: 1, visits: '<5', prompts: 0, inspected: false });
  });

  it('k = 1 reports every count exactly', async () => {
    const report = await buildReport(input({ policy: PolicySchema.parse({ organizationSalt: 'salt-1', kAnonymity: 1 }) }));
    expect(report.guard.byOutcome).toEqual({ allowed: 1, overridden: 5 });
  });

  it('coverage: last status per site and days with problems', async () => {
    const report = await buildReport(input());
    expect(report.coverage).toEqual([{ site: 'claude', status: 'ok', degradedDays: 2 }]);
  });
});

describe('workflow signatures', () => {
  it('same constant text and salt match across installs; a different salt does not', async () => {
    const a = await buildReport(input({ installId: 'install-a-0001' }));
    const b = await buildReport(input({ installId: 'install-b-0002', registrations: [] }));
    const c = await buildReport(input({ policy: PolicySchema.parse({ organizationSalt: 'other-salt' }) }));
    const sigs = (r: typeof a) => r.workflows.map((w) => w.signature).sort();
    expect(sigs(a)).toEqual(sigs(b));
    expect(sigs(c).some((s) => sigs(a).includes(s))).toBe(false);
  });

  it('is hex SHA-256 of salt, NUL and constant text', async () => {
    // SHA-256 of the empty string is a well-known constant; "" + "\0" + "" is one NUL byte,
    // whose SHA-256 is also published (6e340b9c...).
    expect(await workflowSignature('', '')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(await workflowSignature('ab', 'c')).not.toBe(await workflowSignature('a', 'bc'));
  });
});

describe('installIdFor', () => {
  const period = { start: START, end: END };
  it('is random per period unless the policy asks for a stable pseudonym', () => {
    const a = installIdFor(period, { stablePseudonym: false }, 'stored-pseudonym');
    const b = installIdFor(period, { stablePseudonym: false }, 'stored-pseudonym');
    expect(a).not.toBe(b);
    expect(a).not.toBe('stored-pseudonym');
    expect(installIdFor(period, { stablePseudonym: true }, 'stored-pseudonym')).toBe('stored-pseudonym');
    expect(installIdFor(period, { stablePseudonym: true })).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('JSON Schema export', () => {
  it('describes the report kind, version and Count union', () => {
    const schema = discoveryReportJsonSchema() as { properties: Record<string, { const?: unknown; properties?: Record<string, { anyOf?: unknown[] }> }> };
    expect(schema.properties.kind.const).toBe('shadow-ai-discovery-report');
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.properties.uploads.properties!.inspected.anyOf).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
