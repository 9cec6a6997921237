import type { EnqueueRequest, DeliveryResult } from '../outbox/outbox';
import type { Policy } from '../policy/schema';
import type { RecordsDb } from '../records/db';
import type { WorkflowMarkRow } from '../records/rows';
import { CatalogSubmission } from './submission';

/**
 * Glue between a "register" request from the popup and the outbox: the background re-validates
 * the submission (a page message is input like any other) and addresses it from the policy.
 */
export function catalogEnqueueRequest(
  policy: Pick<Policy, 'catalogEndpoint' | 'catalogHeader'>,
  submission: unknown,
  workflowId: string,
): { ok: true; request: EnqueueRequest } | { ok: false; error: string } {
  if (!policy.catalogEndpoint) return { ok: false, error: 'Your administrator has not set a company catalog.' };
  const parsed = CatalogSubmission.safeParse(submission);
  if (!parsed.success) return { ok: false, error: `Invalid submission: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  const headers: Record<string, string> = {};
  if (policy.catalogHeader) headers[policy.catalogHeader.name] = policy.catalogHeader.value;
  return {
    ok: true,
    // The validated object is the submitted one (the schema has no transforms): sent as shown.
    request: { kind: 'catalog-submission', endpoint: policy.catalogEndpoint, headers, body: JSON.stringify(parsed.data), subject: workflowId },
  };
}

/** What a delivery outcome means for the workflow's mark in the popup. */
export function markForResult(result: DeliveryResult, now: number): WorkflowMarkRow | undefined {
  if (result.kind !== 'catalog-submission' || !result.subject) return undefined;
  switch (result.outcome) {
    case 'delivered':
      return { workflowId: result.subject, state: 'registered', ...(result.reference !== undefined ? { reference: result.reference } : {}), updatedAt: now };
    case 'failed':
      return { workflowId: result.subject, state: 'failed', error: result.error, updatedAt: now };
    case 'retrying':
      return { workflowId: result.subject, state: 'queued', updatedAt: now };
  }
}

export async function recordDeliveryResults(db: RecordsDb, results: (DeliveryResult | undefined)[], now: number): Promise<void> {
  const marks = results.flatMap((r) => (r ? [markForResult(r, now)] : [])).filter((m): m is WorkflowMarkRow => m !== undefined);
  if (marks.length > 0) await db.workflowMarks.bulkPut(marks);
}
