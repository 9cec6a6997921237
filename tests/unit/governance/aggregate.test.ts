import { describe, expect, it } from 'vitest';
import { aggregateReports } from '../../../utils/governance/aggregate';
import { makeReport, makeWorkflow, WEEK_45, WEEK_46 } from '../../fixtures/governance/make-report';

// Three installs: a and b report for ISO week 45, c for week 46. Expected values below are
// worked out by hand from these literals (see the comments next to each expectation).
const reportA = makeReport({
  installId: 'a-install-0001',
  period: WEEK_45,
  tools: [
    { toolId: 'chatgpt', host: 'chatgpt.com', name: 'ChatGPT', category: 'chat', daysUsed: 3, visits: 10, prompts: 7, inspected: true, notInspectableVisits: 0 },
    { toolId: 'perplexity', host: 'www.perplexity.ai', name: 'Perplexity', category: 'search', daysUsed: 1, visits: '<5', prompts: 0, inspected: false, notInspectableVisits: 0 },
  ],
  guard: {
    byCategory: { pii: 6, secret: '<5' },
    byType: { email: 6, aws_access_key: '<5' },
    byAction: { warn: 6, block: '<5' },
    byOutcome: { allowed: 6, blocked: '<5' },
    bySite: { chatgpt: { pii: 6, secret: '<5' } },
  },
  uploads: { inspected: 5, notInspected: '<5' },
  coverage: [{ site: 'chatgpt', status: 'ok', degradedDays: 0 }],
  workflows: [makeWorkflow('a', { count: 4, runsPerWeek: 2, days: 2, categories: ['pii'] })],
});
const reportB = makeReport({
  installId: 'b-install-0002',
  period: WEEK_45,
  tools: [{ toolId: 'chatgpt', host: 'chatgpt.com', name: 'ChatGPT', category: 'chat', daysUsed: 5, visits: 20, prompts: 12, inspected: true, notInspectableVisits: 0 }],
  guard: { byCategory: { pii: 5 }, byType: { email: 5 }, byAction: { warn: 5 }, byOutcome: { overridden: 5 }, bySite: { claude: { pii: 5 } } },
  uploads: { inspected: 0, notInspected: 0 },
  coverage: [
    { site: 'claude', status: 'degraded', degradedDays: 2 },
    { site: 'chatgpt', status: 'ok', degradedDays: 0 },
  ],
  workflows: [
    makeWorkflow('a', { count: 6, runsPerWeek: 3, days: 3 }),
    makeWorkflow('b', { count: 3, runsPerWeek: 1.5, days: 1, slots: 0 }),
  ],
});
const reportC = makeReport({
  installId: 'c-install-0003',
  period: WEEK_46,
  tools: [{ toolId: 'chatgpt', host: 'chatgpt.com', name: 'ChatGPT', category: 'chat', daysUsed: 2, visits: 8, prompts: '<5', inspected: true, notInspectableVisits: 0 }],
  coverage: [{ site: 'claude', status: 'unavailable', degradedDays: 3 }],
  workflows: [
    makeWorkflow('a', { count: 5, runsPerWeek: 4, days: 2, registered: true, template: 'Summarize {doc} for the board', stakes: ['customer data'] }),
  ],
});

const NOW = Date.parse('2026-11-23T00:00:00Z');
const TRIAGE = { frequencyRunsPerWeek: 3, sharedNeedInstalls: 2, deprecateAfterMonths: 3 };
const agg = aggregateReports([reportA, reportB, reportC], { now: NOW, triage: TRIAGE });

describe('aggregateReports: totals', () => {
  it('counts reports, install ids and ISO weeks', () => {
    expect(agg.reports).toBe(3);
    expect(agg.installIds).toBe(3);
    expect(agg.weeks).toEqual(['2026-W45', '2026-W46']);
    expect(agg.periodStart).toBe(Date.parse('2026-11-02T00:00:00Z'));
    expect(agg.periodEnd).toBe(Date.parse('2026-11-16T00:00:00Z'));
    expect(agg.hasCoarsenedCounts).toBe(true);
  });
});

describe('aggregateReports: tools inventory', () => {
  it('merges a tool across installs; "<k" adds 1 to a lower bound and marks it inexact', () => {
    const chatgpt = agg.tools.find((t) => t.toolId === 'chatgpt')!;
    // Week 45 has a and b, week 46 only c: busiest week has 2 installs; 3 distinct ids.
    expect(chatgpt.installs).toBe(2);
    expect(chatgpt.installIds).toBe(3);
    expect(chatgpt.visits).toEqual({ min: 38, exact: true }); // 10 + 20 + 8
    expect(chatgpt.prompts).toEqual({ min: 20, exact: false }); // 7 + 12 + (<5 → ≥1)
    expect(chatgpt.daysUsed).toBe(10); // 3 + 5 + 2
    expect(chatgpt.trend).toEqual([
      { week: '2026-W45', installs: 2, prompts: { min: 19, exact: true } },
      { week: '2026-W46', installs: 1, prompts: { min: 1, exact: false } },
    ]);
  });

  it('keeps uninspected tools and orders by installs', () => {
    expect(agg.tools.map((t) => t.toolId)).toEqual(['chatgpt', 'perplexity']);
    const perplexity = agg.tools[1];
    expect(perplexity.inspected).toBe(false);
    expect(perplexity.visits).toEqual({ min: 1, exact: false });
    expect(perplexity.prompts).toEqual({ min: 0, exact: true });
    expect(perplexity.hosts).toEqual(['www.perplexity.ai']);
  });
});

describe('aggregateReports: sensitive data', () => {
  it('sums categories overall and per site', () => {
    expect(agg.sensitive.byCategory.pii).toEqual({ min: 11, exact: true }); // 6 + 5
    expect(agg.sensitive.byCategory.secret).toEqual({ min: 1, exact: false });
    expect(agg.sensitive.bySite).toEqual({
      chatgpt: { pii: { min: 6, exact: true }, secret: { min: 1, exact: false } },
      claude: { pii: { min: 5, exact: true } },
    });
    expect(agg.sensitive.byAction).toEqual({ warn: { min: 11, exact: true }, block: { min: 1, exact: false } });
    expect(agg.sensitive.byOutcome.overridden).toEqual({ min: 5, exact: true });
    expect(agg.sensitive.uploadsInspected).toEqual({ min: 5, exact: true });
    expect(agg.sensitive.uploadsNotInspected).toEqual({ min: 1, exact: false });
  });
});

describe('aggregateReports: coverage problems', () => {
  it('counts reports whose site was degraded or unavailable, and their degraded days', () => {
    expect(agg.coverage[0]).toEqual({ site: 'claude', problemReports: 2, reports: 2, degradedDays: 5, statuses: { degraded: 1, unavailable: 1 } });
    expect(agg.coverage[1]).toEqual({ site: 'chatgpt', problemReports: 0, reports: 2, degradedDays: 0, statuses: { ok: 2 } });
  });
});

describe('aggregateReports: workflow catalog', () => {
  const shared = agg.workflows.find((w) => w.signature === 'a'.repeat(64))!;
  const single = agg.workflows.find((w) => w.signature === 'b'.repeat(64))!;

  it('merges a workflow across installs by signature', () => {
    expect(shared.installs).toBe(2); // a and b in week 45
    expect(shared.installIds).toBe(3);
    expect(shared.reports).toBe(3);
    expect(shared.totalRuns).toBe(15); // 4 + 6 + 5
    expect(shared.runsPerWeek).toBe(4.5); // week 45: 2 + 3 = 5; week 46: 4; mean 4.5
    expect(shared.maxDays).toBe(3);
    expect(shared.weeksSeen).toBe(2);
    expect(shared.categories).toEqual(['pii']);
    expect(shared.stakes).toEqual(['customer data']);
    expect(shared.template).toBe('Summarize {doc} for the board');
    expect(shared.registered).toBe(true);
    expect(shared.firstSeen).toBe(Date.parse('2026-11-02T00:00:00Z'));
    expect(shared.lastSeen).toBe(Date.parse('2026-11-16T00:00:00Z'));
  });

  it('keeps an unregistered single-install workflow without a template', () => {
    expect(single.installs).toBe(1);
    expect(single.totalRuns).toBe(3);
    expect(single.runsPerWeek).toBe(1.5);
    expect(single.template).toBeUndefined();
    expect(single.registered).toBe(false);
  });

  it('triages them: the shared one passes all four tests, the single one none', () => {
    const byVerdict = Object.fromEntries(agg.triage.map((r) => [r.workflow.signature[0], r]));
    expect(byVerdict.a.passes).toBe(4);
    expect(byVerdict.a.verdict).toBe('Promote');
    expect(byVerdict.b.passes).toBe(0);
    expect(byVerdict.b.verdict).toBe('Maintain');
  });

  it('with a stable pseudonym, the same id in two weeks is one install', () => {
    const again = aggregateReports(
      [makeReport({ installId: 'stable-0001', period: WEEK_45, workflows: [makeWorkflow('c')] }), makeReport({ installId: 'stable-0001', period: WEEK_46, workflows: [makeWorkflow('c')] })],
      { now: NOW, triage: TRIAGE },
    );
    expect(again.workflows[0].installs).toBe(1);
    expect(again.workflows[0].installIds).toBe(1);
    expect(again.workflows[0].weeksSeen).toBe(2);
  });

  it('handles no reports', () => {
    const empty = aggregateReports([], { now: NOW, triage: TRIAGE });
    expect(empty.reports).toBe(0);
    expect(empty.tools).toEqual([]);
    expect(empty.triage).toEqual([]);
    expect(empty.periodStart).toBeUndefined();
  });
});
