import type { Choice, GuardTrigger } from '../../components/guard/model';
import type { Assessment } from './assess';
import type { GuardContext } from './context';

export type Outcome = 'allowed' | 'redacted' | 'overridden' | 'cancelled' | 'blocked';

/** Shows the findings panel for an assessment the policy does not simply allow. */
export function askAbout(ctx: GuardContext, trigger: GuardTrigger, text: string, assessment: Assessment, anchor: HTMLElement): Promise<Choice> {
  return ctx.panel.ask(
    {
      mode: 'findings',
      trigger,
      action: assessment.action,
      requiresReason: assessment.requiresReason,
      overrideAllowed: assessment.overrideAllowed,
      groups: ctx.assessor.groups(text, assessment.findings),
    },
    anchor,
  );
}

export function outcomeOf(choice: Choice): Outcome {
  return choice.kind === 'redacted' ? 'redacted' : choice.kind === 'anyway' ? 'overridden' : 'cancelled';
}

/** Hands the decision to the background as counts only: no text, no values, no reason text. */
export function reportDecision(ctx: GuardContext, trigger: GuardTrigger, assessment: Assessment, outcome: Outcome, reasonGiven?: boolean): void {
  if (assessment.findings.length === 0) return;
  ctx.report({
    kind: 'guard-decision',
    trigger,
    policyAction: assessment.action,
    outcome,
    byType: assessment.byType,
    categories: assessment.categories,
    ...(reasonGiven ? { reasonGiven } : {}),
  });
}

export function sizeLabel(chars: number): string {
  if (chars >= 1024 * 1024) return `${(chars / (1024 * 1024)).toFixed(1)} MB of text`;
  return `${Math.max(1, Math.round(chars / 1024))} KB of text`;
}

/**
 * Assesses text that is too large to scan in one go, showing progress in the panel. Resolves
 * to null when the user cancels during the scan (the paste or upload is then dropped).
 */
export async function assessWithProgress(
  ctx: GuardContext,
  trigger: GuardTrigger,
  text: string,
  anchor: HTMLElement,
): Promise<Assessment | null> {
  const controller = new AbortController();
  let scanning = true;
  const label = sizeLabel(text.length);
  void ctx.panel.ask({ mode: 'scanning', trigger, progress: 0, sizeLabel: label }, anchor).then(() => {
    if (scanning) controller.abort();
  });
  try {
    const assessment = await ctx.assessor.later(
      text,
      (progress) => ctx.panel.update({ mode: 'scanning', trigger, progress, sizeLabel: label }),
      controller.signal,
    );
    scanning = false;
    return controller.signal.aborted ? null : assessment;
  } catch (error) {
    scanning = false;
    if (controller.signal.aborted) return null;
    throw error;
  }
}
