import { describe, expect, it } from 'vitest';
import { catalogEnqueueRequest, markForResult, recordDeliveryResults } from '../../../utils/catalog/delivery';
import { buildSubmission, CatalogSubmission } from '../../../utils/catalog/submission';
import { RecordsDb } from '../../../utils/records/db';
import { Outbox } from '../../../utils/outbox/outbox';

const workflow = {
  id: 'wf-9',
  template: 'Draft a reply to {{customer}} about order {{order_id}}',
  slots: ['customer', 'order_id'],
  count: 5,
  sites: ['claude'],
  firstSeen: Date.UTC(2026, 10, 18),
  lastSeen: Date.UTC(2026, 10, 21),
  runsPerWeek: 5,
  categories: ['pii'],
};
const submission = buildSubmission(workflow, { stakes: ['customer'] }, { submissionId: '0b7d2a52-8f0e-4a54-9c6b-3c1f1d0e9a11', now: Date.UTC(2026, 10, 23), organization: 'Acme', extensionVersion: '0.1.0' });

describe('catalogEnqueueRequest', () => {
  it('addresses a valid submission from the policy, with the static header', () => {
    const result = catalogEnqueueRequest({ catalogEndpoint: 'https://catalog.example/hook', catalogHeader: { name: 'X-Token', value: 'abc' } }, submission, 'wf-9');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request).toMatchObject({ kind: 'catalog-submission', endpoint: 'https://catalog.example/hook', headers: { 'X-Token': 'abc' }, subject: 'wf-9' });
    expect(CatalogSubmission.parse(JSON.parse(result.request.body))).toEqual(submission);
  });

  it('refuses without an endpoint or with an invalid submission', () => {
    expect(catalogEnqueueRequest({ catalogEndpoint: '' }, submission, 'wf-9').ok).toBe(false);
    const tampered = { ...submission, workflow: { ...submission.workflow, rawPrompt: 'x' } };
    expect(catalogEnqueueRequest({ catalogEndpoint: 'https://c.example' }, tampered, 'wf-9').ok).toBe(false);
  });
});

describe('delivery results to workflow marks', () => {
  it('marks a delivered submission registered with its reference', async () => {
    const db = new RecordsDb(`delivery-${Math.random()}`);
    const outbox = new Outbox(db, {
      now: () => 1000,
      fetch: async () => ({ ok: true, status: 201, text: async () => JSON.stringify({ reference: 'CAT-7' }) }),
    });
    const request = catalogEnqueueRequest({ catalogEndpoint: 'https://c.example' }, submission, 'wf-9');
    if (!request.ok) throw new Error(request.error);
    const { result } = await outbox.enqueue(request.request);
    await recordDeliveryResults(db, [result], 1000);
    expect(await db.workflowMarks.get('wf-9')).toEqual({ workflowId: 'wf-9', state: 'registered', reference: 'CAT-7', updatedAt: 1000 });
    db.close();
  });

  it('maps failures and retries', () => {
    expect(markForResult({ key: 'k', kind: 'catalog-submission', subject: 'w', outcome: 'failed', error: 'HTTP 400: no' }, 5)).toEqual({ workflowId: 'w', state: 'failed', error: 'HTTP 400: no', updatedAt: 5 });
    expect(markForResult({ key: 'k', kind: 'catalog-submission', subject: 'w', outcome: 'retrying', error: 'x', nextAttemptAt: 9 }, 5)?.state).toBe('queued');
    expect(markForResult({ key: 'k', kind: 'report', outcome: 'delivered' }, 5)).toBeUndefined();
  });
});
