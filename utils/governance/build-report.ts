import type { Policy } from '../policy/schema';
import { dayOf } from '../records/day';
import type { CoverageLogRow, DailyCountRow, GuardEventRow, ToolDayRow, UploadRow } from '../records/rows';
import { kCount, kCountMap } from './k-anonymity';
import { REPORT_KIND, REPORT_SCHEMA_VERSION, type DiscoveryReport, type ReportTool, type ReportWorkflow } from './report-schema';
import { workflowSignature } from './signature';

export interface ReportWorkflowInput {
  id: string;
  /** Local only: used to fill `template` when (and only when) the workflow is registered. */
  template: string;
  constantText: string;
  count: number;
  runsPerWeek: number;
  days: number;
  sites: string[];
  categories: string[];
  recurring: boolean;
  /** Slot names; only their number is reported. */
  slots?: string[];
}

export interface ToolInfo {
  name: string;
  category: string;
  inspected: boolean;
}

export interface BuildReportInput {
  policy: Policy;
  installId: string;
  period: { start: number; end: number };
  now: number;
  toolDays: ToolDayRow[];
  dailyCounts: DailyCountRow[];
  guardEvents: GuardEventRow[];
  uploads: UploadRow[];
  coverageLog: CoverageLogRow[];
  workflows: ReportWorkflowInput[];
  registrations: { workflowId: string; template: string; stakes: string[] }[];
  toolInfo: (toolId: string) => ToolInfo | undefined;
}

/**
 * Fields coarsened to "<k" (k = policy.kAnonymity) because a small number singles out a rare
 * event: every guard count, both upload counts, and a tool's visits, prompts and not-inspectable
 * visits. Kept exact: days used and degraded days (a day count says how often, not what), and
 * workflow counts (reported workflows are recurring by definition and identified only by a
 * salted signature).
 */
export const K_ANONYMIZED_FIELDS = [
  'guard.byCategory',
  'guard.byType',
  'guard.byAction',
  'guard.byOutcome',
  'guard.bySite',
  'uploads.inspected',
  'uploads.notInspected',
  'tools[].visits',
  'tools[].prompts',
  'tools[].notInspectableVisits',
] as const;

export async function buildReport(input: BuildReportInput): Promise<DiscoveryReport> {
  const { policy, period } = input;
  const k = policy.kAnonymity;
  const inPeriodTs = (ts: number) => ts >= period.start && ts < period.end;
  const firstDay = dayOf(period.start);
  const lastDay = dayOf(Math.max(period.start, period.end - 1));
  const inPeriodDay = (day: string) => day >= firstDay && day <= lastDay;

  const dailyCounts = input.dailyCounts.filter((row) => inPeriodDay(row.day));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: REPORT_KIND,
    installId: input.installId,
    organization: policy.organizationName,
    period: { start: new Date(period.start).toISOString(), end: new Date(period.end).toISOString() },
    generatedAt: new Date(input.now).toISOString(),
    kAnonymity: k,
    tools: buildTools(input.toolDays.filter((row) => inPeriodDay(row.day)), dailyCounts, input.toolInfo, k),
    guard: buildGuard(input.guardEvents.filter((e) => inPeriodTs(e.ts)), k),
    uploads: buildUploads(input.uploads.filter((u) => inPeriodTs(u.ts)), dailyCounts, k),
    coverage: buildCoverage(input.coverageLog.filter((row) => inPeriodTs(row.ts))),
    workflows: await buildWorkflows(input.workflows, input.registrations, policy.organizationSalt),
  };
}

function add(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

interface ToolTally {
  host: string;
  days: Set<string>;
  visits: number;
  prompts: number;
  notInspectable: number;
}

function buildTools(toolDays: ToolDayRow[], dailyCounts: DailyCountRow[], toolInfo: BuildReportInput['toolInfo'], k: number): ReportTool[] {
  const tallies = new Map<string, ToolTally>();
  const tally = (toolId: string, host: string) => {
    let t = tallies.get(toolId);
    if (!t) tallies.set(toolId, (t = { host, days: new Set(), visits: 0, prompts: 0, notInspectable: 0 }));
    return t;
  };
  for (const row of toolDays) {
    const t = tally(row.toolId, row.host);
    if (row.visits > 0) t.days.add(row.day);
    t.visits += row.visits;
    t.notInspectable += row.notInspectable;
  }
  // Daily counts are kept per guarded site, whose id doubles as the tool id.
  for (const row of dailyCounts) {
    if (row.prompts <= 0 || !toolInfo(row.site)) continue;
    const t = tally(row.site, tallies.get(row.site)?.host ?? '');
    t.prompts += row.prompts;
    t.days.add(row.day);
  }
  const tools: ReportTool[] = [];
  for (const [toolId, t] of tallies) {
    const info = toolInfo(toolId);
    tools.push({
      toolId,
      host: t.host,
      name: info?.name ?? toolId,
      category: info?.category ?? 'unknown',
      daysUsed: t.days.size,
      visits: kCount(t.visits, k),
      prompts: kCount(t.prompts, k),
      inspected: info?.inspected ?? false,
      notInspectableVisits: kCount(t.notInspectable, k),
    });
  }
  return tools.sort((a, b) => (a.toolId < b.toolId ? -1 : 1));
}

function buildGuard(events: GuardEventRow[], k: number): DiscoveryReport['guard'] {
  const byCategory = new Map<string, number>();
  const byType = new Map<string, number>();
  const byAction = new Map<string, number>();
  const byOutcome = new Map<string, number>();
  const bySite = new Map<string, Map<string, number>>();
  for (const event of events) {
    for (const category of new Set(event.categories)) {
      add(byCategory, category);
      let site = bySite.get(event.site);
      if (!site) bySite.set(event.site, (site = new Map()));
      add(site, category);
    }
    for (const [type, n] of Object.entries(event.byType)) add(byType, type, n);
    add(byAction, event.policyAction);
    add(byOutcome, event.outcome);
  }
  const sites: Record<string, ReturnType<typeof kCountMap>> = {};
  for (const [site, counts] of [...bySite].sort(([a], [b]) => (a < b ? -1 : 1))) sites[site] = kCountMap(counts, k);
  return {
    byCategory: kCountMap(byCategory, k),
    byType: kCountMap(byType, k),
    byAction: kCountMap(byAction, k),
    byOutcome: kCountMap(byOutcome, k),
    bySite: sites,
  };
}

function buildUploads(uploads: UploadRow[], dailyCounts: DailyCountRow[], k: number): DiscoveryReport['uploads'] {
  let total = 0;
  let notInspected = 0;
  for (const row of dailyCounts) {
    total += row.uploads;
    notInspected += row.uploadsNotInspected;
  }
  // Detailed rows may outlive or predate the daily counters; take whichever saw more.
  const rowsNotInspected = uploads.filter((u) => !u.inspected).length;
  const inspected = Math.max(total - notInspected, uploads.length - rowsNotInspected);
  return { inspected: kCount(inspected, k), notInspected: kCount(Math.max(notInspected, rowsNotInspected), k) };
}

const PROBLEM_STATUSES = new Set(['degraded', 'unavailable']);

function buildCoverage(log: CoverageLogRow[]): DiscoveryReport['coverage'] {
  const bySite = new Map<string, { status: CoverageLogRow['status']; ts: number; problemDays: Set<string> }>();
  for (const row of log) {
    let site = bySite.get(row.site);
    if (!site) bySite.set(row.site, (site = { status: row.status, ts: row.ts, problemDays: new Set() }));
    if (row.ts >= site.ts) {
      site.status = row.status;
      site.ts = row.ts;
    }
    if (PROBLEM_STATUSES.has(row.status)) site.problemDays.add(row.day);
  }
  return [...bySite]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([site, s]) => ({ site, status: s.status, degradedDays: s.problemDays.size }));
}

async function buildWorkflows(
  workflows: ReportWorkflowInput[],
  registrations: BuildReportInput['registrations'],
  salt: string,
): Promise<ReportWorkflow[]> {
  const registered = new Map(registrations.map((r) => [r.workflowId, r]));
  const out: ReportWorkflow[] = [];
  for (const w of workflows) {
    if (!w.recurring) continue;
    const registration = registered.get(w.id);
    const entry: ReportWorkflow = {
      signature: await workflowSignature(salt, w.constantText),
      count: w.count,
      runsPerWeek: Math.round(w.runsPerWeek * 100) / 100,
      days: w.days,
      sites: [...new Set(w.sites)].sort(),
      categories: [...new Set(w.categories)].sort(),
      registered: registration !== undefined,
    };
    if (w.slots) entry.slots = w.slots.length;
    if (registration) {
      entry.template = registration.template;
      entry.stakes = [...registration.stakes];
    }
    out.push(entry);
  }
  return out.sort((a, b) => (a.signature < b.signature ? -1 : 1));
}

/**
 * The install id for a report. A fresh random id per period unless the policy asks for a stable
 * pseudonym, in which case the stored one is reused (the caller stores a newly made one).
 */
export function installIdFor(_period: { start: number; end: number }, policy: Pick<Policy, 'stablePseudonym'>, storedPseudonym?: string): string {
  if (policy.stablePseudonym && storedPseudonym) return storedPseudonym;
  return crypto.randomUUID();
}
