import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateReports } from '../../../utils/governance/aggregate';
import { parseReportFiles } from '../../../utils/governance/load';

const dir = resolve(process.cwd(), 'tests/fixtures/governance');
const file = (name: string) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') });

describe('sample report files (the set the dashboard screenshots use)', () => {
  const loaded = parseReportFiles(['sample-reports.ndjson', 'foreign.json', 'broken.json', 'wrong-version.json'].map(file));

  it('loads the three good reports and names each bad file', () => {
    expect(loaded.reports.map((r) => r.installId)).toEqual(['sample-install-a', 'sample-install-b', 'sample-install-c']);
    expect(loaded.problems.map((p) => p.file)).toEqual(['foreign.json', 'broken.json', 'wrong-version.json']);
    expect(loaded.problems[0].problem).toBe('not a shadow-ai discovery report (kind missing)');
    expect(loaded.problems[1].problem).toMatch(/^malformed JSON/);
    expect(loaded.problems[2].problem).toMatch(/^unsupported schemaVersion 2/);
  });

  it('triages the shared workflow as Promote and the single-install one as Maintain', () => {
    const agg = aggregateReports(loaded.reports, { now: Date.parse('2026-11-24T00:00:00Z'), triage: { frequencyRunsPerWeek: 3, sharedNeedInstalls: 2, deprecateAfterMonths: 3 } });
    const shared = agg.triage.find((r) => r.workflow.installs === 3)!;
    // 2 + 1.5 + 1 = 4.5 runs/week; pii seen and "customer data" declared; {contract} slot over 3 days; 3 installs.
    expect(shared.workflow.runsPerWeek).toBe(4.5);
    expect(shared.workflow.template).toBe('Summarize this contract {contract} for the board');
    expect(shared.verdict).toBe('Promote');
    const solo = agg.triage.find((r) => r.workflow.installs === 1)!;
    expect(solo.passes).toBe(1); // only repeatability (1 slot, 2 days)
    expect(solo.verdict).toBe('Maintain');
    expect(agg.tools[0].prompts).toEqual({ min: 30, exact: false }); // 9 + (<5 → ≥1) + 20
  });
});
