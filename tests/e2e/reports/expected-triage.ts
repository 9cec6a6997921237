/**
 * The four-test triage rule as the issue states it, computed here from the raw reports so the
 * e2e test checks the dashboard against the rule rather than against the dashboard's own code:
 * Frequency (runs per week across the company ≥ threshold), Stakes (a high-stakes data category
 * seen, or stakes declared other than "internal only"), Repeatability (a template with slots and
 * runs on ≥ 2 days or in ≥ 2 weeks), Shared need (distinct installs ≥ threshold). All four →
 * Promote, two or three → Review, none or one → Maintain. (Deprecate needs months of inactivity or
 * a promoted variant; these reports are fresh and unregistered, so it cannot apply.)
 */

export interface ReportLike {
  installId: string;
  period: { start: string; end: string };
  workflows: { signature: string; count: number; runsPerWeek: number; days: number; slots?: number; categories: string[]; stakes?: string[] }[];
}

export interface Thresholds {
  frequencyRunsPerWeek: number;
  sharedNeedInstalls: number;
}

export interface ExpectedTriage {
  installs: number;
  runsPerWeek: number;
  totalRuns: number;
  passes: { frequency: boolean; stakes: boolean; repeatability: boolean; sharedNeed: boolean };
  verdict: 'Promote' | 'Review' | 'Maintain';
}

const HIGH_STAKES = ['pii', 'secret', 'financial', 'confidential'];

/** Monday 00:00 UTC of the week holding `ts`: enough to tell reports of one week from another. */
function weekStart(ts: number): number {
  const d = new Date(ts);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
}

export function expectedTriage(reports: readonly ReportLike[], signature: string, t: Thresholds): ExpectedTriage {
  const weeks = new Map<number, { installs: Set<string>; runsPerWeek: number }>();
  let totalRuns = 0;
  let maxDays = 0;
  let slots = 0;
  const categories = new Set<string>();
  const stakes = new Set<string>();
  for (const report of reports) {
    for (const w of report.workflows) {
      if (w.signature !== signature) continue;
      const key = weekStart(Date.parse(report.period.start));
      const week = weeks.get(key) ?? { installs: new Set<string>(), runsPerWeek: 0 };
      weeks.set(key, week);
      week.installs.add(report.installId);
      week.runsPerWeek += w.runsPerWeek;
      totalRuns += w.count;
      maxDays = Math.max(maxDays, w.days);
      slots = Math.max(slots, w.slots ?? 0);
      w.categories.forEach((c) => categories.add(c));
      (w.stakes ?? []).forEach((s) => stakes.add(s));
    }
  }
  const perWeek = [...weeks.values()];
  const installs = Math.max(0, ...perWeek.map((w) => w.installs.size));
  const runsPerWeek = perWeek.reduce((sum, w) => sum + w.runsPerWeek, 0) / Math.max(1, perWeek.length);
  const passes = {
    frequency: runsPerWeek >= t.frequencyRunsPerWeek,
    stakes: [...categories].some((c) => HIGH_STAKES.includes(c)) || [...stakes].some((s) => s.trim().toLowerCase() !== 'internal only'),
    repeatability: slots > 0 && (maxDays >= 2 || perWeek.length >= 2),
    sharedNeed: installs >= t.sharedNeedInstalls,
  };
  const n = Object.values(passes).filter(Boolean).length;
  return { installs, runsPerWeek, totalRuns, passes, verdict: n === 4 ? 'Promote' : n >= 2 ? 'Review' : 'Maintain' };
}
