import { browser } from 'wxt/browser';
import { buildReport, installIdFor, type ReportWorkflowInput } from '../governance/build-report';
import type { DiscoveryReport } from '../governance/report-schema';
import type { Policy } from '../policy/schema';
import type { RecordsDb } from '../records/db';
import { dayOf } from '../records/day';
import { SITES } from '../sites';
import type { DiscoveryService } from './discovery-service';
import type { OutboxService } from './outbox-service';
import type { WorkflowService } from './workflow-service';

export const REPORT_ALARM = 'report';
export const LAST_REPORT_KEY = 'lastReport';
const LAST_REPORT_AT = 'lastReportAt';
const PSEUDONYM = 'installPseudonym';
/** Registered workflows' template and stakes, kept so reports may name what the user chose to share. */
export const REGISTRATION_PREFIX = 'registration:';

/**
 * Builds the periodic aggregated report when the policy enables it and hands it to the outbox.
 * The report is stored exactly as sent so the user can read it on the options page.
 */
export class ReportService {
  constructor(
    private readonly db: RecordsDb,
    private readonly policy: () => Policy | undefined,
    private readonly outbox: OutboxService,
    private readonly workflows: WorkflowService,
    private readonly discovery: DiscoveryService,
  ) {}

  install(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REPORT_ALARM) void this.sendReport().catch((e) => console.warn('[shadow-ai] report failed', e));
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
    const policy = this.policy();
    if (!policy?.reportsEnabled || !policy.reportEndpoint) return { ok: false, error: 'Reports are not enabled by your administrator.' };
    const intervalMs = policy.reportIntervalHours * 3_600_000;
    const last = (await this.db.meta.get(LAST_REPORT_AT))?.value;
    const start = typeof last === 'number' && last < now ? last : now - intervalMs;
    const period = { start, end: now };
    const report = await this.build(policy, period, now);
    await this.outbox.enqueue({ kind: 'report', endpoint: policy.reportEndpoint, body: JSON.stringify(report), subject: `report:${report.period.end}` });
    await this.db.meta.put({ key: LAST_REPORT_AT, value: now });
    await browser.storage.local.set({ [LAST_REPORT_KEY]: report });
    return { ok: true, report };
  }

  private async build(policy: Policy, period: { start: number; end: number }, now: number): Promise<DiscoveryReport> {
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
    const workflows: ReportWorkflowInput[] = (await this.workflows.workflows())
      .filter((w) => w.recurring)
      .map((w) => ({
        id: w.id,
        template: w.template,
        constantText: constantPart(w.template),
        count: w.count,
        runsPerWeek: w.runsPerWeek,
        days: w.days,
        sites: w.sites,
        categories: w.categories,
        recurring: w.recurring,
        slots: w.slots,
      }));
    return buildReport({
      policy,
      installId: await this.installId(policy, period),
      period,
      now,
      toolDays,
      // Guarded sites count prompts under their site id; the report speaks in catalog tool ids.
      dailyCounts: dailyCounts.map((row) => ({ ...row, site: toolIdForSite(row.site) })),
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
  }

  private async installId(policy: Policy, period: { start: number; end: number }): Promise<string> {
    const stored = (await this.db.meta.get(PSEUDONYM))?.value;
    const id = installIdFor(period, policy, typeof stored === 'string' ? stored : undefined);
    if (policy.stablePseudonym && stored !== id) await this.db.meta.put({ key: PSEUDONYM, value: id });
    return id;
  }
}

/** The words a workflow always has; the slots are what varies and would identify nobody's task. */
export function constantPart(template: string): string {
  return template.replace(/\{\{[^{}]*\}\}/g, ' ').replace(/\s+/g, ' ').trim();
}

const SITE_TOOL_IDS: Record<string, string> = Object.fromEntries(
  SITES.map((site) => [site.id, site.toolId]),
);

function toolIdForSite(siteId: string): string {
  return SITE_TOOL_IDS[siteId] ?? siteId;
}
