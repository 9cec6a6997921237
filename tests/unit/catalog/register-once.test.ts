import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OutboxService } from '../../../utils/background/outbox-service';
import { handlePageRequest, type PageRequestDeps } from '../../../utils/background/page-requests';
import type { ReportService } from '../../../utils/background/report-service';
import type { WorkflowService } from '../../../utils/background/workflow-service';
import { buildSubmission } from '../../../utils/catalog/submission';
import { mergePolicy } from '../../../utils/policy/merge';
import { RecordsDb } from '../../../utils/records/db';

// Each preview has its own submissionId and idempotency key, so the catalog cannot recognise a
// second registration of the same workflow: the background must not queue one.

let db: RecordsDb;
let deps: PageRequestDeps;
const policy = mergePolicy([{ catalogEndpoint: 'https://catalog.example.test/hook' }]).policy;
const workflow = {
  id: 'wf-variance',
  template: 'summarize the variance for {{customer}} budget {{number}}',
  slots: ['customer', 'number'],
  count: 3,
  sites: ['chatgpt'],
  firstSeen: Date.UTC(2026, 10, 20),
  lastSeen: Date.UTC(2026, 10, 21),
  runsPerWeek: 3,
  categories: ['pii'],
};
const register = () => ({
  kind: 'register-workflow',
  workflowId: workflow.id,
  submission: buildSubmission(workflow, { stakes: ['board'] }, { submissionId: crypto.randomUUID(), now: Date.UTC(2026, 10, 22), organization: 'Acme', extensionVersion: '0.1.0' }),
});

beforeEach(async () => {
  fakeBrowser.reset();
  db = new RecordsDb(`register-once-${Math.random()}`);
  await db.open();
  // Only the register path is exercised: workflows and reports are not touched by it.
  deps = { db, policy: () => policy, outbox: new OutboxService(db), workflows: {} as WorkflowService, reports: {} as ReportService };
});
afterEach(() => vi.unstubAllGlobals());

describe('registering a workflow twice', () => {
  it('refuses a second registration while the first is waiting for the catalog', async () => {
    const fetchMock = vi.fn(async () => new Response('down for maintenance', { status: 503 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await handlePageRequest(register(), deps)).toEqual({ ok: true, state: 'queued' });
    expect(await handlePageRequest(register(), deps)).toEqual({ ok: false, error: 'This workflow is already waiting to be sent to the catalog.' });
    expect(await db.outbox.count()).toBe(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('queues only one of two requests that arrive together (a double click)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('down for maintenance', { status: 503 })));
    const replies = await Promise.all([handlePageRequest(register(), deps), handlePageRequest(register(), deps)]);
    expect(replies.filter((r) => r?.ok)).toHaveLength(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('accepts a new registration once the earlier one was refused for good', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"error":"title taken"}', { status: 409 })));
    expect(await handlePageRequest(register(), deps)).toMatchObject({ ok: false, error: expect.stringContaining('HTTP 409') });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"reference":"CAT-9"}', { status: 201 })));
    expect(await handlePageRequest(register(), deps)).toEqual({ ok: true, state: 'registered', reference: 'CAT-9' });
  });
});
