import { describe, expect, it } from 'vitest';
import type { WorkflowSummary } from '../../../utils/governance/aggregate';
import { constantTextOf, TRIAGE_TESTS, triageWorkflows } from '../../../utils/governance/triage';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const DAY = 86_400_000;
const SETTINGS = { frequencyRunsPerWeek: 3, sharedNeedInstalls: 2, deprecateAfterMonths: 3 };

/** A workflow passing all four tests by default; each case flips what it is about. */
function workflow(overrides: Partial<WorkflowSummary> = {}): WorkflowSummary {
  return {
    signature: 'f'.repeat(64),
    installs: 2,
    installIds: 2,
    reports: 2,
    totalRuns: 10,
    runsPerWeek: 3,
    maxDays: 2,
    weeksSeen: 1,
    slots: 1,
    sites: ['chatgpt'],
    categories: ['pii'],
    stakes: [],
    template: undefined,
    registered: false,
    firstSeen: NOW - 14 * DAY,
    lastSeen: NOW - DAY,
    ...overrides,
  };
}

const triageOne = (w: WorkflowSummary, settings = SETTINGS) => triageWorkflows([w], settings, NOW)[0];

describe('the four tests', () => {
  it('Frequency passes at exactly the threshold and fails just under it', () => {
    expect(triageOne(workflow({ runsPerWeek: 3 })).tests.frequency.pass).toBe(true);
    const under = triageOne(workflow({ runsPerWeek: 2.99 })).tests.frequency;
    expect(under.pass).toBe(false);
    expect(under.evidence).toContain('2.99 runs/week');
    expect(under.evidence).toContain('threshold 3');
  });

  it('Stakes: high-stakes data categories or declared stakes other than "internal only"', () => {
    expect(triageOne(workflow({ categories: ['financial'] })).tests.stakes.pass).toBe(true);
    expect(triageOne(workflow({ categories: ['code'] })).tests.stakes.pass).toBe(false);
    expect(triageOne(workflow({ categories: [], stakes: ['Internal only '] })).tests.stakes.pass).toBe(false);
    expect(triageOne(workflow({ categories: [], stakes: ['internal only', 'customer contracts'] })).tests.stakes.pass).toBe(true);
    const evidence = triageOne(workflow({ categories: ['pii', 'code'], stakes: ['legal'] })).tests.stakes.evidence;
    expect(evidence).toContain('pii');
    expect(evidence).toContain('legal');
  });

  it('Repeatability needs slots and stable runs (2+ days, or 2+ weeks)', () => {
    expect(triageOne(workflow({ slots: 0 })).tests.repeatability.pass).toBe(false);
    expect(triageOne(workflow({ slots: undefined, template: 'Translate {text} to German' })).tests.repeatability.pass).toBe(true);
    expect(triageOne(workflow({ maxDays: 1, weeksSeen: 1 })).tests.repeatability.pass).toBe(false);
    expect(triageOne(workflow({ maxDays: 1, weeksSeen: 2 })).tests.repeatability.pass).toBe(true);
  });

  it('Shared need counts installs against the threshold', () => {
    expect(triageOne(workflow({ installs: 1 })).tests.sharedNeed.pass).toBe(false);
    expect(triageOne(workflow({ installs: 1 }), { ...SETTINGS, sharedNeedInstalls: 1 }).tests.sharedNeed.pass).toBe(true);
    expect(triageOne(workflow({ installs: 4 })).tests.sharedNeed.evidence).toContain('4 installs');
  });

  it('every test gives evidence text', () => {
    const row = triageOne(workflow());
    for (const test of TRIAGE_TESTS) expect(row.tests[test.id].evidence.length).toBeGreaterThan(5);
  });
});

describe('verdicts', () => {
  it('4 → Promote, 3 and 2 → Review, 1 and 0 → Maintain', () => {
    expect(triageOne(workflow()).verdict).toBe('Promote');
    expect(triageOne(workflow({ installs: 1 })).verdict).toBe('Review'); // 3 pass
    expect(triageOne(workflow({ installs: 1, runsPerWeek: 1 })).verdict).toBe('Review'); // 2 pass
    const one = triageOne(workflow({ installs: 1, runsPerWeek: 1, categories: [] })); // only repeatability
    expect(one.passes).toBe(1);
    expect(one.verdict).toBe('Maintain');
    expect(triageOne(workflow({ installs: 1, runsPerWeek: 1, categories: [], slots: 0 })).verdict).toBe('Maintain');
  });

  it('Deprecate wins when inactive longer than the configured months', () => {
    // 3 months ≈ 91.3 days: 100 days idle is over, 80 is not.
    const stale = triageOne(workflow({ lastSeen: NOW - 100 * DAY }));
    expect(stale.passes).toBe(4);
    expect(stale.verdict).toBe('Deprecate');
    expect(stale.verdictReason).toContain('100 days');
    expect(triageOne(workflow({ lastSeen: NOW - 80 * DAY })).verdict).toBe('Promote');
    expect(triageOne(workflow({ lastSeen: NOW - 1000 * DAY }), { ...SETTINGS, deprecateAfterMonths: 0 }).verdict).toBe('Promote');
  });

  it('Deprecate when a promoted variant shares the constant-text prefix', () => {
    const promoted = workflow({ signature: '1'.repeat(64), template: 'Summarize the quarterly report {doc} for the board in five bullets' });
    const older = workflow({ signature: '2'.repeat(64), installs: 1, template: 'Summarize the quarterly report [doc] for the board' });
    const unrelated = workflow({ signature: '3'.repeat(64), installs: 1, template: 'Translate {text} into German please' });
    const rows = triageWorkflows([promoted, older, unrelated], SETTINGS, NOW);
    expect(rows.map((r) => r.verdict)).toEqual(['Promote', 'Deprecate', 'Review']);
    expect(rows[1].verdictReason).toContain('1111');
  });

  it('Deprecate when marked as superseded by a promoted workflow, not by a non-promoted one', () => {
    const promoted = workflow({ signature: '1'.repeat(64) });
    const marked = workflow({ signature: '2'.repeat(64), installs: 1 });
    const notPromoted = workflow({ signature: '3'.repeat(64), installs: 1 });
    const rows = triageWorkflows([promoted, marked, notPromoted], SETTINGS, NOW, { ['2'.repeat(64)]: '1'.repeat(64), ['1'.repeat(64)]: '3'.repeat(64) });
    expect(rows.map((r) => r.verdict)).toEqual(['Promote', 'Deprecate', 'Review']);
  });

  it('constant text drops slots and normalizes case and spaces', () => {
    expect(constantTextOf('Summarize  {{doc}} for <Audience>\nplease')).toBe('summarize for please');
  });
});
