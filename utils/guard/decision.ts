import type { Choice, GuardTrigger } from '../../components/guard/model';
import type { Assessment } from './assess';
import type { GuardContext } from './context';
import type { Question } from './panel-host';

export type Outcome = 'allowed' | 'redacted' | 'overridden' | 'cancelled' | 'blocked';

/** Shows the findings panel for an assessment the policy does not simply allow. */
export function askAbout(ctx: GuardContext, trigger: GuardTrigger, text: string, assessment: Assessment, anchor: HTMLElement, error?: string): Question {
  return ctx.panel.open(
    {
      mode: 'findings',
      trigger,
      action: assessment.action,
      requiresReason: assessment.requiresReason,
      overrideAllowed: assessment.overrideAllowed,
      groups: ctx.assessor.groups(text, assessment.findings),
      ...(error ? { error } : {}),
    },
    anchor,
  );
}

/**
 * Shows a message with an OK button and waits for it. Resolves to false when a newer question
 * replaced the message (the caller must then leave the focus to that question).
 */
export async function tell(ctx: GuardContext, trigger: GuardTrigger, anchor: HTMLElement, message: string): Promise<boolean> {
  const notice = ctx.panel.open({ mode: 'notice', trigger, message }, anchor);
  await notice.choice;
  const answered = notice.isCurrent();
  notice.close();
  return answered;
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

export type ScanResult =
  | { kind: 'done'; assessment: Assessment; scanning: Question }
  /** The user cancelled during the scan, or a newer question replaced the progress panel. */
  | { kind: 'cancelled'; scanning: Question }
  | { kind: 'failed'; scanning: Question };

/**
 * Assesses text that is too large to scan in one go, showing progress in the panel while the
 * scan yields to the page between slices. The progress panel stays up when this returns; the
 * caller closes it through `scanning` or replaces it with its next question.
 */
export async function assessWithProgress(ctx: GuardContext, trigger: GuardTrigger, text: string, anchor: HTMLElement): Promise<ScanResult> {
  const controller = new AbortController();
  let running = true;
  const label = sizeLabel(text.length);
  const scanning = ctx.panel.open({ mode: 'scanning', trigger, progress: 0, sizeLabel: label }, anchor);
  void scanning.choice.then(() => {
    if (running) controller.abort();
  });
  try {
    const assessment = await ctx.assessor.later(
      text,
      (progress) => scanning.update({ mode: 'scanning', trigger, progress, sizeLabel: label }),
      controller.signal,
    );
    return controller.signal.aborted ? { kind: 'cancelled', scanning } : { kind: 'done', assessment, scanning };
  } catch {
    return controller.signal.aborted ? { kind: 'cancelled', scanning } : { kind: 'failed', scanning };
  } finally {
    running = false;
  }
}

/**
 * For the promise of a held paste, send or file: if our own code fails after the event was
 * stopped, the user is told what did not happen instead of the input vanishing silently.
 */
export function whenGuardFails(ctx: GuardContext, trigger: GuardTrigger, anchor: HTMLElement, message: string): (error: unknown) => void {
  return (error) => {
    console.warn('[shadow-ai] guard failed', error);
    void tell(ctx, trigger, anchor, message).catch(() => undefined);
  };
}
