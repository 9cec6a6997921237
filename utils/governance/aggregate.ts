import type { Policy } from '../policy/schema';
import { isoWeek } from './iso-week';
import type { CountValue } from './k-anonymity';
import type { Count, DiscoveryReport } from './report-schema';
import { triageWorkflows, type TriageRow } from './triage';

/**
 * Merges many installs' reports into the governance view.
 *
 * "<k" counts are read as "at least 1, exact unknown" (see readCount): every total is a lower
 * bound with an `exact` flag, and the dashboard prints "≥ N" when it is not exact.
 *
 * Install ids rotate every period unless the policy keeps a stable pseudonym, so one person
 * shows up under a new id each week. "installs" is therefore the most distinct ids seen in any
 * one ISO week (a lower bound on people that never counts one person twice); `installIds` is
 * the plain number of distinct ids.
 */

export interface CountTotal extends CountValue {}

export interface ToolWeek {
  week: string;
  installs: number;
  prompts: CountTotal;
}

export interface ToolSummary {
  toolId: string;
  name: string;
  category: string;
  hosts: string[];
  inspected: boolean;
  installs: number;
  installIds: number;
  daysUsed: number;
  visits: CountTotal;
  prompts: CountTotal;
  notInspectableVisits: CountTotal;
  trend: ToolWeek[];
}

export interface SensitiveSummary {
  byCategory: Record<string, CountTotal>;
  bySite: Record<string, Record<string, CountTotal>>;
  byType: Record<string, CountTotal>;
  byAction: Record<string, CountTotal>;
  byOutcome: Record<string, CountTotal>;
  uploadsInspected: CountTotal;
  uploadsNotInspected: CountTotal;
}

export interface CoverageProblem {
  site: string;
  /** Reports whose last status for the site was degraded or unavailable. */
  problemReports: number;
  /** Reports that mention the site at all. */
  reports: number;
  degradedDays: number;
  statuses: Record<string, number>;
}

export interface WorkflowSummary {
  signature: string;
  installs: number;
  installIds: number;
  reports: number;
  totalRuns: number;
  /** Mean, over the ISO weeks the workflow was seen, of the company's summed runs per week. */
  runsPerWeek: number;
  /** Most distinct days any one install ran it in one period. */
  maxDays: number;
  weeksSeen: number;
  slots: number | undefined;
  sites: string[];
  categories: string[];
  stakes: string[];
  template: string | undefined;
  registered: boolean;
  firstSeen: number;
  lastSeen: number;
}

export interface Aggregate {
  reports: number;
  installIds: number;
  weeks: string[];
  periodStart: number | undefined;
  periodEnd: number | undefined;
  /** Whether any count was "<k" (totals are then lower bounds). */
  hasCoarsenedCounts: boolean;
  tools: ToolSummary[];
  sensitive: SensitiveSummary;
  coverage: CoverageProblem[];
  workflows: WorkflowSummary[];
  triage: TriageRow[];
}

export interface AggregateOptions {
  now: number;
  triage: Policy['triage'];
  /** Workflows the governance team marked as replaced: signature → signature of the replacement. */
  supersededBy?: Record<string, string>;
}

class Total implements CountTotal {
  min = 0;
  exact = true;
  /** Same reading as readCount, without allocating: this runs for every count of every report. */
  add(count: Count | undefined): boolean {
    if (count === undefined) return false;
    if (typeof count === 'number') {
      this.min += count;
      return false;
    }
    this.min += 1;
    this.exact = false;
    return true;
  }
  freeze(): CountTotal {
    return { min: this.min, exact: this.exact };
  }
}

class TotalMap {
  readonly totals = new Map<string, Total>();
  add(key: string, count: Count | undefined): boolean {
    let total = this.totals.get(key);
    if (!total) this.totals.set(key, (total = new Total()));
    return total.add(count);
  }
  addAll(counts: Record<string, Count>): boolean {
    let coarsened = false;
    for (const key of Object.keys(counts)) coarsened = this.add(key, counts[key]) || coarsened;
    return coarsened;
  }
  freeze(): Record<string, CountTotal> {
    const out: Record<string, CountTotal> = {};
    for (const [key, total] of [...this.totals].sort((a, b) => b[1].min - a[1].min || (a[0] < b[0] ? -1 : 1))) out[key] = total.freeze();
    return out;
  }
}

interface ToolAcc {
  name: string;
  category: string;
  hosts: Set<string>;
  inspected: boolean;
  ids: Set<string>;
  daysUsed: number;
  visits: Total;
  prompts: Total;
  notInspectable: Total;
  weeks: Map<string, { ids: Set<string>; prompts: Total }>;
}

interface WorkflowAcc {
  ids: Set<string>;
  reports: number;
  totalRuns: number;
  maxDays: number;
  slots: number | undefined;
  weeks: Map<string, { ids: Set<string>; runsPerWeek: number }>;
  sites: Set<string>;
  categories: Set<string>;
  stakes: Set<string>;
  template: string | undefined;
  firstSeen: number;
  lastSeen: number;
}

const PROBLEM_STATUSES = new Set(['degraded', 'unavailable']);

export function aggregateReports(reports: readonly DiscoveryReport[], opts: AggregateOptions): Aggregate {
  const weekCache = new Map<string, { week: string; start: number; end: number }>();
  const periodOf = (report: DiscoveryReport) => {
    const key = `${report.period.start}|${report.period.end}`;
    let cached = weekCache.get(key);
    if (!cached) {
      const start = Date.parse(report.period.start);
      weekCache.set(key, (cached = { week: isoWeek(start), start, end: Date.parse(report.period.end) }));
    }
    return cached;
  };

  const installIds = new Set<string>();
  const weeks = new Set<string>();
  let periodStart: number | undefined;
  let periodEnd: number | undefined;
  let coarsened = false;

  const tools = new Map<string, ToolAcc>();
  const byCategory = new TotalMap();
  const byType = new TotalMap();
  const byAction = new TotalMap();
  const byOutcome = new TotalMap();
  const bySite = new Map<string, TotalMap>();
  const uploadsInspected = new Total();
  const uploadsNotInspected = new Total();
  const coverage = new Map<string, CoverageProblem>();
  const workflows = new Map<string, WorkflowAcc>();

  for (const report of reports) {
    const { week, start, end } = periodOf(report);
    const id = report.installId;
    installIds.add(id);
    weeks.add(week);
    if (periodStart === undefined || start < periodStart) periodStart = start;
    if (periodEnd === undefined || end > periodEnd) periodEnd = end;

    for (const tool of report.tools) {
      let acc = tools.get(tool.toolId);
      if (!acc) {
        tools.set(
          tool.toolId,
          (acc = {
            name: tool.name,
            category: tool.category,
            hosts: new Set(),
            inspected: false,
            ids: new Set(),
            daysUsed: 0,
            visits: new Total(),
            prompts: new Total(),
            notInspectable: new Total(),
            weeks: new Map(),
          }),
        );
      }
      if (tool.host) acc.hosts.add(tool.host);
      acc.inspected ||= tool.inspected;
      acc.ids.add(id);
      acc.daysUsed += tool.daysUsed;
      coarsened = acc.visits.add(tool.visits) || coarsened;
      coarsened = acc.prompts.add(tool.prompts) || coarsened;
      coarsened = acc.notInspectable.add(tool.notInspectableVisits) || coarsened;
      let w = acc.weeks.get(week);
      if (!w) acc.weeks.set(week, (w = { ids: new Set(), prompts: new Total() }));
      w.ids.add(id);
      w.prompts.add(tool.prompts);
    }

    const guard = report.guard;
    coarsened = byCategory.addAll(guard.byCategory) || coarsened;
    coarsened = byType.addAll(guard.byType) || coarsened;
    coarsened = byAction.addAll(guard.byAction) || coarsened;
    coarsened = byOutcome.addAll(guard.byOutcome) || coarsened;
    for (const site of Object.keys(guard.bySite)) {
      let siteMap = bySite.get(site);
      if (!siteMap) bySite.set(site, (siteMap = new TotalMap()));
      coarsened = siteMap.addAll(guard.bySite[site]) || coarsened;
    }
    coarsened = uploadsInspected.add(report.uploads.inspected) || coarsened;
    coarsened = uploadsNotInspected.add(report.uploads.notInspected) || coarsened;

    for (const entry of report.coverage) {
      let acc = coverage.get(entry.site);
      if (!acc) coverage.set(entry.site, (acc = { site: entry.site, problemReports: 0, reports: 0, degradedDays: 0, statuses: {} }));
      acc.reports++;
      acc.degradedDays += entry.degradedDays;
      acc.statuses[entry.status] = (acc.statuses[entry.status] ?? 0) + 1;
      if (PROBLEM_STATUSES.has(entry.status)) acc.problemReports++;
    }

    for (const workflow of report.workflows) {
      let acc = workflows.get(workflow.signature);
      if (!acc) {
        workflows.set(
          workflow.signature,
          (acc = {
            ids: new Set(),
            reports: 0,
            totalRuns: 0,
            maxDays: 0,
            slots: undefined,
            weeks: new Map(),
            sites: new Set(),
            categories: new Set(),
            stakes: new Set(),
            template: undefined,
            firstSeen: start,
            lastSeen: end,
          }),
        );
      }
      acc.ids.add(id);
      acc.reports++;
      acc.totalRuns += workflow.count;
      if (workflow.days > acc.maxDays) acc.maxDays = workflow.days;
      if (workflow.slots !== undefined) acc.slots = Math.max(acc.slots ?? 0, workflow.slots);
      let w = acc.weeks.get(week);
      if (!w) acc.weeks.set(week, (w = { ids: new Set(), runsPerWeek: 0 }));
      w.ids.add(id);
      w.runsPerWeek += workflow.runsPerWeek;
      for (const site of workflow.sites) acc.sites.add(site);
      for (const category of workflow.categories) acc.categories.add(category);
      for (const stake of workflow.stakes ?? []) acc.stakes.add(stake);
      if (workflow.registered && workflow.template !== undefined && acc.template === undefined) acc.template = workflow.template;
      if (start < acc.firstSeen) acc.firstSeen = start;
      if (end > acc.lastSeen) acc.lastSeen = end;
    }
  }

  const workflowSummaries = [...workflows].map(([signature, acc]) => summarizeWorkflow(signature, acc));
  const sitesOut: Record<string, Record<string, CountTotal>> = {};
  for (const [site, map] of [...bySite].sort(([a], [b]) => (a < b ? -1 : 1))) sitesOut[site] = map.freeze();

  return {
    reports: reports.length,
    installIds: installIds.size,
    weeks: [...weeks].sort(),
    periodStart,
    periodEnd,
    hasCoarsenedCounts: coarsened,
    tools: [...tools].map(([toolId, acc]) => summarizeTool(toolId, acc)).sort((a, b) => b.installs - a.installs || b.prompts.min - a.prompts.min || (a.toolId < b.toolId ? -1 : 1)),
    sensitive: {
      byCategory: byCategory.freeze(),
      bySite: sitesOut,
      byType: byType.freeze(),
      byAction: byAction.freeze(),
      byOutcome: byOutcome.freeze(),
      uploadsInspected: uploadsInspected.freeze(),
      uploadsNotInspected: uploadsNotInspected.freeze(),
    },
    coverage: [...coverage.values()].sort((a, b) => b.problemReports - a.problemReports || b.degradedDays - a.degradedDays || (a.site < b.site ? -1 : 1)),
    workflows: workflowSummaries,
    triage: triageWorkflows(workflowSummaries, opts.triage, opts.now, opts.supersededBy),
  };
}

function peakWeeklyInstalls(weeks: Map<string, { ids: Set<string> }>): number {
  let peak = 0;
  for (const w of weeks.values()) if (w.ids.size > peak) peak = w.ids.size;
  return peak;
}

function summarizeTool(toolId: string, acc: ToolAcc): ToolSummary {
  return {
    toolId,
    name: acc.name,
    category: acc.category,
    hosts: [...acc.hosts].sort(),
    inspected: acc.inspected,
    installs: peakWeeklyInstalls(acc.weeks),
    installIds: acc.ids.size,
    daysUsed: acc.daysUsed,
    visits: acc.visits.freeze(),
    prompts: acc.prompts.freeze(),
    notInspectableVisits: acc.notInspectable.freeze(),
    trend: [...acc.weeks]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([week, w]) => ({ week, installs: w.ids.size, prompts: w.prompts.freeze() })),
  };
}

function summarizeWorkflow(signature: string, acc: WorkflowAcc): WorkflowSummary {
  let weeklyRuns = 0;
  for (const w of acc.weeks.values()) weeklyRuns += w.runsPerWeek;
  return {
    signature,
    installs: peakWeeklyInstalls(acc.weeks),
    installIds: acc.ids.size,
    reports: acc.reports,
    totalRuns: acc.totalRuns,
    runsPerWeek: Math.round((weeklyRuns / Math.max(1, acc.weeks.size)) * 100) / 100,
    maxDays: acc.maxDays,
    weeksSeen: acc.weeks.size,
    slots: acc.slots,
    sites: [...acc.sites].sort(),
    categories: [...acc.categories].sort(),
    stakes: [...acc.stakes].sort(),
    template: acc.template,
    registered: acc.template !== undefined,
    firstSeen: acc.firstSeen,
    lastSeen: acc.lastSeen,
  };
}
