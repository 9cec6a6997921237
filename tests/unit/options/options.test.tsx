import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { DetectionTypesTable } from '../../../components/options/DetectionTypesTable';
import { exportRecords } from '../../../components/options/export';
import { parseAllowlist } from '../../../components/options/PersonalSettings';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { ALL_TABLES, recordsDb } from '../../../utils/records/db';
import { click, mount, typeInto, waitFor } from '../popup/dom-helpers';

const NOW = Date.UTC(2026, 10, 23, 9);

let sent: unknown[];
let reply: unknown;
let mounted: { root: HTMLElement; unmount: () => void } | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(ALL_TABLES.map((table) => recordsDb().table(table).clear()));
  sent = [];
  reply = { ok: true };
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    sent.push(message);
    sendResponse(reply);
    return true;
  }) as never);
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  vi.restoreAllMocks();
});

async function seedRecords() {
  const db = recordsDb();
  await db.toolDays.bulkPut([
    { day: '2026-11-22', toolId: 'chatgpt', host: 'chatgpt.com', visits: 3, notInspectable: 0 },
    { day: '2026-11-23', toolId: 'perplexity', host: 'www.perplexity.ai', visits: 1, notInspectable: 0 },
  ]);
  await db.workflowMarks.put({ workflowId: 'wf-1', state: 'dismissed', updatedAt: NOW });
}

describe('what is stored', () => {
  it('counts rows per table and browses the recent rows of one', async () => {
    await seedRecords();
    mounted = mount(<OptionsApp />);
    const root = mounted.root;
    await waitFor(() => root.querySelector('[data-count="toolDays"]')?.textContent === '2');
    expect(root.querySelector('[data-count="workflowMarks"]')!.textContent).toBe('1');
    expect(root.querySelector('[data-count="prompts"]')!.textContent).toBe('0');

    click(root.querySelector('tr[data-table="toolDays"] button'));
    const table = await waitFor(() => root.querySelector<HTMLTableElement>('table.rows[data-table="toolDays"]'));
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['day', 'toolId', 'visits']));
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(table.textContent).toContain('perplexity');
  });

  it('exports every table directly from the database', async () => {
    await seedRecords();
    const data = await exportRecords(recordsDb(), NOW);
    expect(Object.keys(data.tables).sort()).toEqual([...ALL_TABLES].sort());
    expect(data.tables.toolDays).toHaveLength(2);
    expect(data.tables.workflowMarks).toEqual([{ workflowId: 'wf-1', state: 'dismissed', updatedAt: NOW }]);
    expect(data.exportedAt).toBe('2026-11-23T09:00:00.000Z');
  });

  it('masks outbox header values (a catalog token) in the export and the browse view', async () => {
    await recordsDb().outbox.put({ key: 'k1', kind: 'catalog-submission', endpoint: 'https://c.example', headers: { Authorization: 'Bearer tok-123' }, body: '{}', createdAt: NOW, attempts: 0, nextAttemptAt: NOW, status: 'pending' });
    const data = await exportRecords(recordsDb(), NOW);
    expect(JSON.stringify(data)).not.toContain('tok-123');
    expect(data.tables.outbox).toMatchObject([{ key: 'k1', headers: { Authorization: '••••' } }]);
    mounted = mount(<OptionsApp />);
    click(await waitFor(() => mounted!.root.querySelector('tr[data-table="outbox"] button')));
    const table = await waitFor(() => mounted!.root.querySelector('table.rows[data-table="outbox"]'));
    expect(table.textContent).toContain('Authorization');
    expect(mounted.root.textContent).not.toContain('tok-123');
  });

  it('downloads the export as a JSON file', async () => {
    await seedRecords();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    mounted = mount(<OptionsApp />);
    click(await waitFor(() => mounted!.root.querySelector('button[data-action="export"]')));
    await waitFor(() => blob);
    const parsed = JSON.parse(await blob!.text());
    expect(parsed.tables.toolDays).toHaveLength(2);
  });

  it('deletes through the background only after confirmation', async () => {
    mounted = mount(<OptionsApp />);
    const root = mounted.root;
    click(await waitFor(() => root.querySelector('button[data-action="delete"]')));
    expect(sent).toEqual([]);
    click(await waitFor(() => root.querySelector('button[data-action="confirm-delete"]')));
    await waitFor(() => sent.length === 1);
    expect(sent[0]).toEqual({ kind: 'delete-records' });
    await waitFor(() => root.textContent?.includes('All records were deleted.'));
  });
});

describe('policy', () => {
  it('marks centrally managed values as locked and lists policy errors', async () => {
    await fakeBrowser.storage.local.set({
      effectivePolicy: { ...DEFAULT_POLICY, organizationName: 'Acme', catalogEndpoint: 'https://catalog.example/hook' },
      managedPolicyKeys: ['organizationName', 'catalogEndpoint'],
      policyErrors: [{ source: 'managed', path: 'kAnonymity', message: 'Too small: expected number to be >=1' }],
    });
    mounted = mount(<OptionsApp />);
    const root = mounted.root;
    const row = await waitFor(() => root.querySelector<HTMLElement>('tr[data-field="organizationName"][data-locked="true"]'));
    expect(row.textContent).toContain('Acme');
    expect(row.querySelector('[aria-label="Locked by your organization"]')).not.toBeNull();
    expect(root.querySelector('tr[data-field="catalogEndpoint"]')!.getAttribute('data-locked')).toBe('true');
    expect(root.querySelector('tr[data-field="retentionDays"]')!.getAttribute('data-locked')).toBe('false');
    expect(root.querySelector('[data-testid="policy-errors"]')!.textContent).toContain('kAnonymity');
  });

  it('lists the organization\'s settings first and flags a managed value that was rejected', async () => {
    await fakeBrowser.storage.local.set({
      effectivePolicy: { ...DEFAULT_POLICY, organizationName: 'Acme' },
      managedPolicyKeys: ['organizationName', 'retentionDays'],
      policyErrors: [{ source: 'managed', path: 'retentionDays', message: 'Too small: expected number to be >=1' }],
    });
    mounted = mount(<OptionsApp />);
    const root = mounted.root;
    await waitFor(() => root.querySelector('tr[data-field="retentionDays"][data-locked="true"]'));
    const fields = Array.from(root.querySelectorAll('table.policy tr[data-field]')).map((tr) => tr.getAttribute('data-field'));
    expect(fields.slice(0, 2).sort()).toEqual(['organizationName', 'retentionDays']);
    const rejected = root.querySelector('tr[data-field="retentionDays"]')!;
    expect(rejected.getAttribute('data-invalid')).toBe('true');
    expect(rejected.textContent).toContain('invalid and is ignored');
    expect(rejected.querySelector('pre')!.textContent).toBe(String(DEFAULT_POLICY.retentionDays));
    expect(root.querySelector('tr[data-field="organizationName"]')!.hasAttribute('data-invalid')).toBe(false);
  });

  it('never shows a catalog token on screen', async () => {
    await fakeBrowser.storage.local.set({
      effectivePolicy: { ...DEFAULT_POLICY, catalogHeader: { name: 'Authorization', value: 'Bearer s3cr3t-token' } },
      managedPolicyKeys: ['catalogHeader'],
    });
    mounted = mount(<OptionsApp />);
    await waitFor(() => mounted!.root.querySelector('tr[data-field="catalogHeader"][data-locked="true"]'));
    expect(mounted.root.textContent).not.toContain('s3cr3t-token');
  });

  it('saves personal allowlist values to storage', async () => {
    await fakeBrowser.storage.local.set({ personalPolicy: { allowlist: ['first@example.com'] } });
    mounted = mount(<OptionsApp />);
    const textarea = await waitFor(() => {
      const t = mounted!.root.querySelector<HTMLTextAreaElement>('textarea[name="allowlist"]');
      return t?.value === 'first@example.com' && t;
    });
    typeInto(textarea, 'first@example.com\n  Project Falcon  \nFIRST@example.com\n\n');
    mounted.root.querySelector('[data-testid="personal-form"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor(() => mounted!.root.textContent?.includes('Saved 2 values.'));
    const stored = await fakeBrowser.storage.local.get('personalPolicy');
    expect(stored.personalPolicy).toEqual({ allowlist: ['first@example.com', 'Project Falcon'] });
  });

  it('parses an allowlist: trimmed, case-insensitively unique', () => {
    expect(parseAllowlist(' a \n\nA\nb')).toEqual(['a', 'b']);
  });
});

describe('outbox and last report', () => {
  it('lists pending and failed submissions with the server message, and asks the background to retry or discard', async () => {
    await recordsDb().outbox.bulkPut([
      {
        key: 'k-failed',
        kind: 'catalog-submission',
        endpoint: 'https://catalog.example/hook',
        headers: {},
        body: JSON.stringify({ workflow: { title: 'Ticket summary' } }),
        createdAt: NOW,
        attempts: 1,
        nextAttemptAt: NOW,
        status: 'failed',
        lastError: 'HTTP 422: title is required',
      },
      { key: 'k-pending', kind: 'report', endpoint: 'https://reports.example/in', headers: {}, body: '{}', createdAt: NOW, attempts: 2, nextAttemptAt: NOW + 60_000, status: 'pending' },
    ]);
    mounted = mount(<OptionsApp />);
    const root = mounted.root;
    const failed = await waitFor(() => root.querySelector<HTMLElement>('li[data-key="k-failed"]'));
    expect(failed.textContent).toContain('Ticket summary');
    expect(failed.textContent).toContain('HTTP 422: title is required');
    expect(root.querySelector('li[data-key="k-pending"]')!.getAttribute('data-status')).toBe('pending');

    click(failed.querySelector('button[data-action="retry"]'));
    await waitFor(() => sent.length === 1);
    click(failed.querySelector('button[data-action="discard"]'));
    await waitFor(() => sent.length === 2);
    expect(sent).toEqual([
      { kind: 'outbox-retry', key: 'k-failed' },
      { kind: 'outbox-discard', key: 'k-failed' },
    ]);
  });

  it('shows an error the background returns', async () => {
    reply = { ok: false, error: 'background busy' };
    await recordsDb().outbox.put({ key: 'k', kind: 'report', endpoint: 'https://r.example', headers: {}, body: '{}', createdAt: NOW, attempts: 0, nextAttemptAt: NOW, status: 'pending' });
    mounted = mount(<OptionsApp />);
    click(await waitFor(() => mounted!.root.querySelector('li[data-key="k"] button[data-action="retry"]')));
    await waitFor(() => mounted!.root.textContent?.includes('background busy'));
  });

  it('shows the last report pretty-printed, exactly', async () => {
    const report = { schemaVersion: 1, period: '2026-W47', counts: { prompts: '<5', warnings: 12 }, tools: ['chatgpt'] };
    await fakeBrowser.storage.local.set({ lastReport: report });
    mounted = mount(<OptionsApp />);
    const pre = await waitFor(() => mounted!.root.querySelector('[data-testid="last-report"]'));
    expect(JSON.parse(pre.textContent!)).toEqual(report);
    expect(pre.textContent).toBe(JSON.stringify(report, null, 2));
  });
});

describe('detection types table', () => {
  it('shows each type with the action the policy gives it', () => {
    const types = [
      { id: 'email', category: 'pii' as const, severity: 'medium' as const, label: 'Email address', validation: 'shape', placeholder: 'EMAIL' },
      { id: 'aws_key', category: 'secret' as const, severity: 'high' as const, label: 'AWS access key', validation: 'prefix + length', placeholder: 'AWS_KEY' },
    ];
    const policy = { ...DEFAULT_POLICY, typeActions: { email: 'allow' as const } };
    mounted = mount(<DetectionTypesTable policy={policy} types={types} />);
    const rows = mounted.root.querySelectorAll<HTMLElement>('tbody tr');
    expect([...rows].map((r) => r.dataset.type)).toEqual(['email', 'aws_key']);
    expect(rows[0]!.lastElementChild!.textContent).toBe('allow');
    expect(rows[1]!.lastElementChild!.textContent).toBe('block');
    expect(rows[1]!.textContent).toContain('[AWS_KEY_1]');
  });

  it('renders the real detection catalog', async () => {
    const { DETECTION_TYPES } = await import('../../../utils/detection/catalog');
    mounted = mount(<DetectionTypesTable policy={DEFAULT_POLICY} />);
    expect(mounted.root.querySelectorAll('tbody tr')).toHaveLength(DETECTION_TYPES.length);
    expect(DETECTION_TYPES.length).toBeGreaterThan(0);
  });
});
