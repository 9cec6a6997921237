import { browser } from 'wxt/browser';
import { buildReport, installIdFor, type ReportWorkflowInput } from '../governance/build-report';
import type { DiscoveryReport } from '../governance/report-schema';
import type { Policy } from '../policy/schema';
import { constantTextOf } from '../governance/triage';
import type { RecordsDb } from '../records/db';
import { dayOf } from '../records/day';
import { SITES } from '../sites';
import type { DiscoveryService } from './discovery-service';
import type { OutboxService } from './outbox-service';
import type { WorkflowService } from './workflow-service';
import { REGISTRATION_PREFIX } from './registrations';

export const REPORT_ALARM = 'report';
export const LAST_REPORT_KEY = 'lastReport';
const LAST_REPORT_AT = 'lastReportAt';
const PSEUDONYM = 'installPseudonym';
const PERIOD_ID = 'periodInstallId';
const REPORTED_DAY = 'reportedDay';
const WEEK_MS = 7 * 86_400_000;

/**
 * Builds the periodic aggregated report when the policy enables it and hands it to the outbox.
 * The report is stored exactly as sent so the user can read it on the options page.
 */
export class ReportService {
  constructor(
    private readonly db: RecordsDb,
    private readonly policy: () => Policy | undefined | Promise<Policy | undefined>,
    private readonly outbox: OutboxService,
    private readonly workflows: WorkflowService,
    private readonly discovery: DiscoveryService,
  ) {}

  install(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REPORT_ALARM) void this.sendReport().catch((e: unknown) => console.warn('[shadow-ai] report failed', e));
    });
  }

  /** Keeps the alarm in step with the policy: on, off, or a new interval. */
  async applyPolicy(policy: Policy): Promise<void> {
    if (!policy.reportsEnabled || !policy.reportEndpoint) {
      await browser.alarms.clear(REPORT_ALARM);
      return;
    }
    const periodInMinutes = policy.reportIntervalHours * 60;
    const existing = await browser.alarms.get(REPORT_ALARM);
    if (existing?.periodInMinutes === periodInMinutes) return;
    await browser.alarms.create(REPORT_ALARM, { delayInMinutes: periodInMinutes, periodInMinutes });
  }

  /** Builds and queues one report for the time since the last one. */
  async sendReport(now = Date.now()): Promise<{ ok: true; report: DiscoveryReport } | { ok: false; error: string }> {
    const policy = await this.policy();
    if (!policy?.reportsEnabled || !policy.reportEndpoint) return { ok: false, error: 'Reports are not enabled by your administrator.' };
    const intervalMs = policy.reportIntervalHours * 3_600_000;
    const last = (await this.db.meta.get(LAST_REPORT_AT))?.value;
    const start = typeof last === 'number' && last < now ? last : now - intervalMs;
    const period = { start, end: now };
    const { report, sentDay } = await this.build(policy, period, now);
    await this.outbox.enqueue({ kind: 'report', endpoint: policy.reportEndpoint, body: JSON.stringify(report), subject: `report:${report.period.end}` });
    await this.db.meta.bulkPut([
      { key: LAST_REPORT_AT, value: now },
      { key: REPORTED_DAY, value: sentDay },
    ]);
    await browser.storage.local.set({ [LAST_REPORT_KEY]: report });
    return { ok: true, report };
  }

  private async build(policy: Policy, period: { start: number; end: number }, now: number): Promise<{ report: DiscoveryReport; sentDay: ReportedDay }> {
    const firstDay = dayOf(period.start);
    const [toolDays, dailyCounts, guardEvents, uploads, coverageLog, marks] = await Promise.all([
      this.db.toolDays.where('day').aboveOrEqual(firstDay).toArray(),
      this.db.dailyCounts.where('day').aboveOrEqual(firstDay).toArray(),
      this.db.guardEvents.where('ts').aboveOrEqual(period.start).toArray(),
      this.db.uploads.where('ts').aboveOrEqual(period.start).toArray(),
      this.db.coverageLog.where('ts').aboveOrEqual(period.start).toArray(),
      this.db.workflowMarks.where('state').equals('registered').toArray(),
    ]);
    const registrations = [];
    for (const mark of marks) {
      const stored = (await this.db.meta.get(`${REGISTRATION_PREFIX}${mark.workflowId}`))?.value as
        | { template: string; stakes: string[] }
        | undefined;
      if (stored) registrations.push({ workflowId: mark.workflowId, template: stored.template, stakes: stored.stakes });
    }
    // A short period (a daily interval, a manual report) still speaks in runs per week.
    const periodWeeks = Math.max(period.end - period.start, policy.reportIntervalHours * 3_600_000) / WEEK_MS;
    // Without the organization's salt a signature is a plain hash anyone could test guesses against.
    const signable = policy.organizationSalt !== '' ? await this.workflows.runsIn(period) : [];
    const workflows: ReportWorkflowInput[] = signable.map((w) => ({
      id: w.id,
      template: w.template,
      constantText: constantTextOf(w.template),
      count: w.runsInPeriod,
      runsPerWeek: w.runsInPeriod / periodWeeks,
      days: w.daysInPeriod,
      sites: w.sitesInPeriod,
      categories: w.categories,
      recurring: w.recurring,
      slots: w.slots,
    }));
    const reported = await this.reportedSoFar();
    // What this report holds of its last day, taken from the very rows it was built from.
    const endDay = dayOf(period.end);
    const sentDay: ReportedDay = {
      day: endDay,
      toolDays: Object.fromEntries(toolDays.filter((r) => r.day === endDay).map((row) => [row.toolId, numericFields(row)])),
      dailyCounts: Object.fromEntries(dailyCounts.filter((r) => r.day === endDay).map((row) => [row.site, numericFields(row)])),
    };
    const report = await buildReport({
      policy,
      installId: await this.installId(policy, period),
      period,
      now,
      toolDays: toolDays.map((row) => subtractReported(row, reported.toolDays[row.toolId], reported.day)),
      // Guarded sites count prompts under their site id; the report speaks in catalog tool ids.
      dailyCounts: dailyCounts.map((row) => ({ ...subtractReported(row, reported.dailyCounts[row.site], reported.day), site: toolIdForSite(row.site) })),
      guardEvents,
      uploads,
      coverageLog,
      workflows,
      registrations,
      toolInfo: (toolId) => {
        const tool = this.discovery.toolById(toolId);
        return tool ? { name: tool.name, category: tool.category, inspected: tool.inspected } : undefined;
      },
    });
    return { report, sentDay };
  }

  /**
   * A random id per reporting interval (several reports in one interval, e.g. a manual one, share
   * it, so one person never counts as two installs), or the stored pseudonym when the policy asks.
   */
  private async installId(policy: Policy, period: { start: number; end: number }): Promise<string> {
    const intervalMs = policy.reportIntervalHours * 3_600_000;
    const stored = (await this.db.meta.get(PSEUDONYM))?.value;
    if (policy.stablePseudonym) {
      const id = installIdFor(period, policy, typeof stored === 'string' ? stored : undefined);
      if (stored !== id) await this.db.meta.put({ key: PSEUDONYM, value: id });
      return id;
    }
    // Keyed on the interval's slot on the clock, not on when the last report happened to run, so the
    // id changes every interval however late an alarm woke the worker.
    const slot = Math.floor(period.end / intervalMs);
    const current = (await this.db.meta.get(PERIOD_ID))?.value as { id: string; slot: number } | undefined;
    if (current?.slot === slot) return current.id;
    const id = installIdFor(period, policy);
    await this.db.meta.put({ key: PERIOD_ID, value: { id, slot } });
    return id;
  }

  /**
   * Day-level counters (tool visits, prompts per site) of the day a report was sent are partly in
   * that report; the next report subtracts what was already sent for that day instead of sending
   * it twice or dropping the rest of the day.
   */
  private async reportedSoFar(): Promise<ReportedDay> {
    const value = (await this.db.meta.get(REPORTED_DAY))?.value as ReportedDay | undefined;
    return value ?? { day: '', toolDays: {}, dailyCounts: {} };
  }
}

interface ReportedDay {
  day: string;
  toolDays: Record<string, Record<string, number>>;
  dailyCounts: Record<string, Record<string, number>>;
}

function numericFields(row: object): Record<string, number> {
  return Object.fromEntries(Object.entries(row).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

function subtractReported<T extends { day: string }>(row: T, sent: Record<string, number> | undefined, sentDay: string): T {
  if (!sent || row.day !== sentDay) return row;
  const out = { ...row } as Record<string, unknown>;
  for (const [key, value] of Object.entries(sent)) {
    if (typeof out[key] === 'number') out[key] = Math.max(0, (out[key] as number) - value);
  }
  return out as T;
}

const SITE_TOOL_IDS: Record<string, string> = Object.fromEntries(
  SITES.map((site) => [site.id, site.toolId]),
);

function toolIdForSite(siteId: string): string {
  return SITE_TOOL_IDS[siteId] ?? siteId;
}
