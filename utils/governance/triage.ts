import type { Policy } from '../policy/schema';
import type { WorkflowSummary } from './aggregate';

/**
 * Four-test triage of a workflow seen across the company. The tests and the verdict table are
 * data: adding a test or moving a threshold does not touch the verdict logic.
 */

export type TriageSettings = Policy['triage'];
export type TriageTestId = 'frequency' | 'stakes' | 'repeatability' | 'sharedNeed';
export type Verdict = 'Promote' | 'Review' | 'Maintain' | 'Deprecate';

export interface TriageResult {
  pass: boolean;
  evidence: string;
}

export interface TriageTest {
  id: TriageTestId;
  label: string;
  run(workflow: WorkflowSummary, settings: TriageSettings): TriageResult;
}

/** Data categories whose presence makes a workflow high-stakes. */
export const HIGH_STAKES_CATEGORIES: readonly string[] = ['pii', 'secret', 'financial', 'confidential'];
/** Declared stakes that do not raise them (compared case-insensitively). */
export const LOW_STAKES_DECLARATIONS: readonly string[] = ['internal only'];
/** Slot markers a registered template may use: {{name}}, {name}, [name], <name>. */
export const SLOT_PATTERN = /\{\{[^{}]{1,80}\}\}|\{[^{}]{1,80}\}|\[[^[\]]{1,80}\]|<[A-Za-z_][^<>]{0,79}>/g;
/** Least distinct days (within one install's period) or distinct weeks for "stable runs". */
export const STABLE_MIN_DAYS = 2;
export const STABLE_MIN_WEEKS = 2;
/** Variants must share at least this much constant text before one can supersede another. */
export const SUPERSEDE_MIN_PREFIX = 20;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function slotCount(workflow: WorkflowSummary): number {
  const inTemplate = workflow.template ? (workflow.template.match(SLOT_PATTERN)?.length ?? 0) : 0;
  return Math.max(inTemplate, workflow.slots ?? 0);
}

export const TRIAGE_TESTS: readonly TriageTest[] = [
  {
    id: 'frequency',
    label: 'Frequency',
    run: (w, s) => ({
      pass: w.runsPerWeek >= s.frequencyRunsPerWeek,
      evidence: `${w.runsPerWeek} runs/week across the company (threshold ${s.frequencyRunsPerWeek})`,
    }),
  },
  {
    id: 'stakes',
    label: 'Stakes',
    run: (w) => {
      const sensitive = w.categories.filter((c) => HIGH_STAKES_CATEGORIES.includes(c));
      const declared = w.stakes.filter((s) => !LOW_STAKES_DECLARATIONS.includes(s.trim().toLowerCase()));
      const parts = [
        sensitive.length ? `data seen: ${sensitive.join(', ')}` : w.categories.length ? `data seen: ${w.categories.join(', ')} (not high-stakes)` : 'no sensitive data seen',
        w.stakes.length ? `declared: ${w.stakes.join(', ')}` : 'no stakes declared',
      ];
      return { pass: sensitive.length > 0 || declared.length > 0, evidence: parts.join('; ') };
    },
  },
  {
    id: 'repeatability',
    label: 'Repeatability',
    run: (w) => {
      const slots = slotCount(w);
      const stable = w.maxDays >= STABLE_MIN_DAYS || w.weeksSeen >= STABLE_MIN_WEEKS;
      return {
        pass: slots > 0 && stable,
        evidence: `${slots > 0 ? `template with ${plural(slots, 'slot')}` : 'no slots known'}; runs on up to ${plural(w.maxDays, 'day')} per install, seen in ${plural(w.weeksSeen, 'week')}`,
      };
    },
  },
  {
    id: 'sharedNeed',
    label: 'Shared need',
    run: (w, s) => ({
      pass: w.installs >= s.sharedNeedInstalls,
      evidence: `${plural(w.installs, 'install')} in the busiest week (threshold ${s.sharedNeedInstalls})`,
    }),
  },
];

/** Verdict by number of passed tests (index = passes). */
export const VERDICT_BY_PASSES: readonly Verdict[] = ['Maintain', 'Maintain', 'Review', 'Review', 'Promote'];

export interface TriageRow {
  workflow: WorkflowSummary;
  tests: Record<TriageTestId, TriageResult>;
  passes: number;
  verdict: Verdict;
  verdictReason: string;
}

const DAY_MS = 86_400_000;
const MONTH_MS = 30.4375 * DAY_MS;

/** The template's constant part, normalized, for comparing variants. */
export function constantTextOf(template: string): string {
  return template.replace(SLOT_PATTERN, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function sharesPrefix(a: string, b: string): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.length >= SUPERSEDE_MIN_PREFIX && longer.startsWith(shorter);
}

/**
 * Deprecate wins over the other verdicts: a workflow inactive for `deprecateAfterMonths`
 * (0 turns this off), or superseded by a promoted variant — marked by the governance team, or a
 * registered template whose constant text shares a prefix with a promoted one's.
 */
export function triageWorkflows(
  workflows: readonly WorkflowSummary[],
  settings: TriageSettings,
  now: number,
  supersededBy: Record<string, string> = {},
): TriageRow[] {
  const rows = workflows.map((workflow): TriageRow => {
    const tests = {} as Record<TriageTestId, TriageResult>;
    let passes = 0;
    for (const test of TRIAGE_TESTS) {
      const result = test.run(workflow, settings);
      tests[test.id] = result;
      if (result.pass) passes++;
    }
    const verdict = VERDICT_BY_PASSES[Math.min(passes, VERDICT_BY_PASSES.length - 1)];
    return { workflow, tests, passes, verdict, verdictReason: `${passes} of ${TRIAGE_TESTS.length} tests passed` };
  });

  const promoted = rows.filter((r) => r.verdict === 'Promote');
  const promotedSignatures = new Set(promoted.map((r) => r.workflow.signature));
  const promotedTexts = promoted
    .filter((r) => r.workflow.template !== undefined)
    .map((r) => ({ signature: r.workflow.signature, text: constantTextOf(r.workflow.template!) }));
  const inactiveAfter = settings.deprecateAfterMonths > 0 ? settings.deprecateAfterMonths * MONTH_MS : Infinity;

  for (const row of rows) {
    const w = row.workflow;
    const idleMs = now - w.lastSeen;
    if (idleMs > inactiveAfter) {
      row.verdict = 'Deprecate';
      row.verdictReason = `inactive for ${Math.floor(idleMs / DAY_MS)} days (limit ${settings.deprecateAfterMonths} months)`;
      continue;
    }
    const marked = supersededBy[w.signature];
    if (marked && marked !== w.signature && promotedSignatures.has(marked)) {
      row.verdict = 'Deprecate';
      row.verdictReason = `marked as superseded by promoted workflow ${marked.slice(0, 12)}`;
      continue;
    }
    if (row.verdict === 'Promote' || w.template === undefined) continue;
    const text = constantTextOf(w.template);
    const variant = promotedTexts.find((p) => p.signature !== w.signature && sharesPrefix(text, p.text));
    if (variant) {
      row.verdict = 'Deprecate';
      row.verdictReason = `superseded by promoted variant ${variant.signature.slice(0, 12)}`;
    }
  }
  return rows;
}
