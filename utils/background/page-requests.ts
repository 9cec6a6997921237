import { browser } from 'wxt/browser';
import { catalogEnqueueRequest } from '../catalog/delivery';
import type { CatalogSubmission } from '../catalog/submission';
import type { EnqueueRequest } from '../outbox/outbox';
import { PageRequest, type PageResponse } from '../messaging/page-protocol';
import type { Policy } from '../policy/schema';
import type { RecordsDb } from '../records/db';
import { ALL_TABLES } from '../records/db';
import type { OutboxService } from './outbox-service';
import { REGISTRATION_PREFIX } from './registrations';
import type { ReportService } from './report-service';
import type { WorkflowService } from './workflow-service';

export interface PageRequestDeps {
  db: RecordsDb;
  policy: () => Policy | undefined | Promise<Policy | undefined>;
  outbox: OutboxService;
  workflows: WorkflowService;
  reports: ReportService;
}

/**
 * Workflows whose registration is being queued right now. With the outbox check below it keeps a
 * double click, or the popup and a second window, from queuing the same workflow twice: each
 * preview has its own submissionId and idempotency key, so the catalog could not tell them apart.
 */
const registering = new Set<string>();

/** Tables "delete all" leaves alone: submissions the user already chose to send are still theirs to discard. */
const KEPT_ON_DELETE = new Set(['outbox']);

/**
 * Answers the extension's own pages (popup, options, dashboard). A content script shares our
 * extension id, so the sender is checked to be one of our pages, not a tab on a site.
 */
export function isExtensionPage(sender: { id?: string; url?: string; tab?: unknown }): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  return sender.url.startsWith(browser.runtime.getURL('/'));
}

export async function handlePageRequest(raw: unknown, deps: PageRequestDeps): Promise<PageResponse | undefined> {
  const parsed = PageRequest.safeParse(raw);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  const policy = await deps.policy();
  switch (request.kind) {
    case 'register-workflow': {
      if (!policy) return { ok: false, error: 'The policy is still loading; try again in a moment.' };
      const addressed = catalogEnqueueRequest(policy, request.submission, request.workflowId);
      if (!addressed.ok) return addressed;
      const duplicate = { ok: false as const, error: 'This workflow is already waiting to be sent to the catalog.' };
      // Claimed before the first await, so two requests arriving together cannot both pass.
      if (registering.has(request.workflowId)) return duplicate;
      registering.add(request.workflowId);
      try {
        if (await pendingRegistration(deps.db, request.workflowId)) return duplicate;
        return await register(deps, request.workflowId, request.submission as unknown as CatalogSubmission, addressed.request);
      } finally {
        registering.delete(request.workflowId);
      }
    }
    case 'dismiss-workflow':
      await deps.db.workflowMarks.put({ workflowId: request.workflowId, state: 'dismissed', updatedAt: Date.now() });
      return { ok: true, state: 'dismissed' };
    case 'outbox-retry': {
      const result = await deps.outbox.retry(request.key);
      if (!result) return { ok: false, error: 'That submission is no longer waiting.' };
      if (result.outcome === 'delivered') return { ok: true, state: 'delivered' };
      return { ok: false, error: result.error };
    }
    case 'outbox-discard':
      await deps.outbox.discard(request.key);
      return { ok: true, state: 'discarded' };
    case 'delete-records':
      await deps.db.transaction('rw', ALL_TABLES.filter((t) => !KEPT_ON_DELETE.has(t)).map((t) => deps.db.table(t)), async () => {
        for (const table of ALL_TABLES) if (!KEPT_ON_DELETE.has(table)) await deps.db.table(table).clear();
      });
      await deps.workflows.rebuild();
      await browser.storage.local.remove(['lastReport', 'lostWrites']);
      return { ok: true, state: 'deleted' };
    case 'send-report-now': {
      const sent = await deps.reports.sendReport();
      return sent.ok ? { ok: true, state: 'queued' } : sent;
    }
  }
}

async function pendingRegistration(db: RecordsDb, workflowId: string): Promise<boolean> {
  const rows = await db.outbox.where('subject').equals(workflowId).toArray();
  return rows.some((row) => row.kind === 'catalog-submission' && row.status === 'pending');
}

async function register(deps: PageRequestDeps, workflowId: string, submission: CatalogSubmission, request: EnqueueRequest): Promise<PageResponse> {
  // Kept so reports may carry the template the user chose to share, and nothing they did not.
  await deps.db.meta.put({
    key: `${REGISTRATION_PREFIX}${workflowId}`,
    value: { template: submission.workflow.template, stakes: submission.workflow.stakes },
  });
  await deps.db.workflowMarks.put({ workflowId, state: 'queued', updatedAt: Date.now() });
  const { result } = await deps.outbox.enqueue(request);
  if (result?.outcome === 'delivered') return { ok: true, state: 'registered', ...(result.reference ? { reference: result.reference } : {}) };
  if (result?.outcome === 'failed') return { ok: false, error: result.error };
  return { ok: true, state: 'queued' };
}
