import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiscoveryService, NOTICES_SHOWN_KEY } from '../../../utils/background/discovery-service';
import { OUTBOX_ALARM, OutboxService } from '../../../utils/background/outbox-service';
import { handlePageRequest } from '../../../utils/background/page-requests';
import { ReportService } from '../../../utils/background/report-service';
import { RetentionService } from '../../../utils/background/retention-service';
import { WorkflowService } from '../../../utils/background/workflow-service';
import { mergePolicy } from '../../../utils/policy/merge';
import type { Policy } from '../../../utils/policy/schema';
import { RecordsDb } from '../../../utils/records/db';
import { dayOf } from '../../../utils/records/day';
import { DiscoveryReport } from '../../../utils/governance/report-schema';
import { SITES } from '../../../utils/sites';
import { AI_TOOLS } from '../../../utils/discovery/ai-tools.data';

let db: RecordsDb;
let policy: Policy;
const navigate = (url: string, tabId = 1) =>
  fakeBrowser.webNavigation.onCommitted.trigger({ frameId: 0, url, tabId, timeStamp: Date.now(), processId: 1, transitionType: 'link', transitionQualifiers: [], parentFrameId: -1, documentLifecycle: 'active', frameType: 'outermost_frame' } as never);
const settle = () => new Promise((r) => setTimeout(r, 30));

beforeEach(async () => {
  fakeBrowser.reset();
  // reset() leaves webNavigation listeners in place; earlier tests' services must not hear these navigations.
  fakeBrowser.webNavigation.onCommitted.removeAllListeners();
  db = new RecordsDb(`bg-${Math.random()}`);
  await db.open();
  policy = mergePolicy([
    {
      catalogEndpoint: 'https://catalog.example.test/hook',
      reportsEnabled: true,
      reportEndpoint: 'https://reports.example.test/in',
      organizationSalt: 'salt-1',
      tools: { sanctioned: ['chatgpt'], showUnsanctionedNotice: true, noticeText: 'Not approved for company data.', approvedAlternative: 'ChatGPT Enterprise' },
    },
  ]).policy;
});
afterEach(() => vi.unstubAllGlobals());

describe('discovery service', () => {
  it('counts visits to catalog tools by tool and day, and stores nothing for other sites', async () => {
    const inspected: string[] = [];
    const discovery = new DiscoveryService(db, () => policy, (_tab, site) => inspected.push(site));
    discovery.install();
    await navigate('https://www.perplexity.ai/search?q=customer+secret');
    await navigate('https://news.example.org/article/1');
    await navigate('https://chatgpt.com/c/abc');
    await navigate('https://copilot.microsoft.com/');
    await settle();
    await discovery.idle();
    const rows = await db.toolDays.toArray();
    expect(rows.map((r) => r.toolId).sort()).toEqual(['chatgpt', 'microsoft-copilot', 'perplexity']);
    expect(JSON.stringify(rows)).not.toMatch(/search|customer|example\.org|\/c\/abc/);
    expect(inspected.sort()).toEqual(['chatgpt', 'copilot']);
  });

  it('shows the unsanctioned-tool notice once per tool, and never for a sanctioned one', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const discovery = new DiscoveryService(db, () => policy, () => {});
    discovery.install();
    await navigate('https://www.perplexity.ai/');
    await settle();
    await navigate('https://www.perplexity.ai/other');
    await navigate('https://chatgpt.com/');
    await settle();
    await discovery.idle();
    const shown = (await fakeBrowser.storage.local.get(NOTICES_SHOWN_KEY))[NOTICES_SHOWN_KEY];
    expect(shown).toEqual(['perplexity']);
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all)).toEqual(['tool-notice:perplexity']);
    expect(create).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(create.mock.calls[0])).toContain('Not approved for company data. Approved alternative: ChatGPT Enterprise.');
  });

  it('shows the notice for the visit that woke the worker, once the policy has been read', async () => {
    // A navigation wakes a stopped MV3 worker before the PolicyService has read managed storage.
    let current: Policy | undefined;
    const discovery = new DiscoveryService(db, () => current, () => {});
    discovery.install();
    await navigate('https://poe.com/');
    await settle();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    current = policy;
    discovery.applyPolicy(policy);
    await discovery.idle();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['tool-notice:poe']);
    expect((await fakeBrowser.storage.local.get(NOTICES_SHOWN_KEY))[NOTICES_SHOWN_KEY]).toEqual(['poe']);
  });

  it('counts AI tools already open when the extension is installed, without waiting for our script there', async () => {
    const inspected: string[] = [];
    const discovery = new DiscoveryService(db, () => policy, (_tab, site) => inspected.push(site));
    discovery.install();
    // The sweep waits for the first policy (an administrator's tools count too).
    discovery.applyPolicy(policy);
    const urls: Record<number, string> = { 11: 'https://chatgpt.com/c/abc', 12: 'https://news.example.org/', 13: 'https://www.perplexity.ai/search?q=x' };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(Object.keys(urls).map((id) => ({ id: Number(id) })) as never);
    vi.spyOn(fakeBrowser.webNavigation, 'getFrame').mockImplementation((async ({ tabId }: { tabId: number }) => ({ url: urls[tabId] })) as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    await discovery.idle();
    const visits = async () => Object.fromEntries((await db.toolDays.toArray()).map((r) => [r.toolId, [r.visits, r.notInspectable]]));
    // Our script could not be started in the open ChatGPT tab (no sweep was given here): its visit
    // was not inspected, and the watchdog must not expect a report from it.
    expect(await visits()).toEqual({ chatgpt: [1, 1], perplexity: [1, 0] });
    expect(inspected).toEqual([]);
    // An update or a browser restart is not an install: those tabs were counted already.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await settle();
    expect(await visits()).toEqual({ chatgpt: [1, 1], perplexity: [1, 0] });
  });

  it('does not count again, as open at install, a tab whose navigation it counted while the install sweep ran', async () => {
    let finishSweep: (runs: (tabId: number) => boolean) => void = () => {};
    const discovery = new DiscoveryService(db, () => policy, () => {}, () => new Promise((resolve) => (finishSweep = resolve)));
    discovery.install();
    discovery.applyPolicy(policy);
    const urls: Record<number, string> = { 11: 'https://poe.com/chat/x', 12: 'https://www.perplexity.ai/' };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(Object.keys(urls).map((id) => ({ id: Number(id) })) as never);
    vi.spyOn(fakeBrowser.webNavigation, 'getFrame').mockImplementation((async ({ tabId }: { tabId: number }) => ({ url: urls[tabId] })) as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    // Tab 11 navigates while the sweep is still injecting; tab 12 was open before and stays put.
    await navigate(urls[11], 11);
    finishSweep(() => true);
    await settle();
    await discovery.idle();
    const visits = Object.fromEntries((await db.toolDays.toArray()).map((r) => [r.toolId, r.visits]));
    expect(visits).toEqual({ poe: 1, perplexity: 1 });
  });

  it('counts an open tab where the install sweep started our script as inspected without arming the watchdog; a failed one is not inspected; an unchecked one is watched', async () => {
    const inspected: number[] = [];
    const sweeps: string[] = [];
    // 11: the sweep started our script; 12: it could not; 13 (not an inspected site) and 14: the browser did, unchecked.
    const discovery = new DiscoveryService(db, () => policy, (tab) => inspected.push(tab), async () => {
      sweeps.push('sweep');
      return (tabId) => (tabId === 11 ? true : tabId === 12 ? false : undefined);
    });
    discovery.install();
    discovery.applyPolicy(policy);
    const urls: Record<number, string> = { 11: 'https://chatgpt.com/c/abc', 12: 'https://claude.ai/new', 13: 'https://www.perplexity.ai/', 14: 'https://copilot.microsoft.com/' };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(Object.keys(urls).map((id) => ({ id: Number(id) })) as never);
    vi.spyOn(fakeBrowser.webNavigation, 'getFrame').mockImplementation((async ({ tabId }: { tabId: number }) => ({ url: urls[tabId] })) as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    await discovery.idle();
    const visits = Object.fromEntries((await db.toolDays.toArray()).map((r) => [r.toolId, [r.visits, r.notInspectable]]));
    expect(visits).toEqual({ chatgpt: [1, 0], claude: [1, 1], perplexity: [1, 0], 'microsoft-copilot': [1, 0] });
    expect(inspected).toEqual([14]);
    expect(sweeps).toEqual(['sweep']);
  });

  it('counts a silent content script as used, not inspectable', async () => {
    const discovery = new DiscoveryService(db, () => policy, () => {});
    discovery.install();
    await navigate('https://claude.ai/new');
    await settle();
    await discovery.notInspectable('claude.ai');
    const row = await db.toolDays.get([dayOf(Date.now()), 'claude']);
    expect(row).toMatchObject({ visits: 1, notInspectable: 1 });
  });

  it('watches the hosts the administrator adds', async () => {
    const discovery = new DiscoveryService(db, () => policy, () => {});
    discovery.install();
    discovery.applyPolicy(mergePolicy([{ tools: { extraTools: [{ id: 'internal-gpt', name: 'Internal GPT', category: 'chat', hosts: ['gpt.corp.example'] }] } }]).policy);
    await navigate('https://gpt.corp.example/');
    await settle();
    expect((await db.toolDays.toArray()).map((r) => r.toolId)).toEqual(['internal-gpt']);
  });
});

describe('every guarded site maps to an inspected catalog tool', () => {
  it.each(SITES.map((s) => [s.id, s.toolId] as const))('%s → %s', (_site, toolId) => {
    expect(AI_TOOLS.find((t) => t.id === toolId)?.inspected).toBe(true);
  });
});

function submission(template: string) {
  return {
    schemaVersion: 1,
    kind: 'workflow-registration',
    submissionId: crypto.randomUUID(),
    submittedAt: new Date().toISOString(),
    organization: 'Acme',
    workflow: {
      title: 'Variance check',
      description: '',
      template,
      slots: [{ name: 'document', type: 'text' }],
      frequency: { runsPerWeek: 3, runs: 3, firstSeen: new Date().toISOString(), lastSeen: new Date().toISOString() },
      sites: ['chatgpt'],
      dataCategories: [],
      stakes: ['board'],
    },
    extension: { version: '0.1.0' },
  };
}

describe('page requests', () => {
  const deps = () => {
    const outbox = new OutboxService(db);
    const workflows = new WorkflowService(db, () => policy);
    const discovery = new DiscoveryService(db, () => policy, () => {});
    const reports = new ReportService(db, () => policy, outbox, workflows, discovery);
    return { db, policy: () => policy, outbox, workflows, reports };
  };

  it('registers a workflow: delivers the previewed object unchanged, once, and marks it registered', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ reference: 'CAT-7' }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    const sent = submission('Compare {{document}} with last month and list variances over 5%.');
    const reply = await handlePageRequest({ kind: 'register-workflow', workflowId: 'wf-1', submission: sent }, deps());
    expect(reply).toEqual({ ok: true, state: 'registered', reference: 'CAT-7' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, { body: string; headers: Record<string, string> }];
    expect(url).toBe('https://catalog.example.test/hook');
    expect(JSON.parse(init.body)).toEqual(sent);
    expect(init.headers['Idempotency-Key']).toMatch(/[0-9a-f-]{36}/);
    expect(await db.workflowMarks.get('wf-1')).toMatchObject({ state: 'registered', reference: 'CAT-7' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps the submission queued with an alarm when the catalog is unreachable', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const reply = await handlePageRequest({ kind: 'register-workflow', workflowId: 'wf-2', submission: submission('Draft a reply to {{name}} about the renewal terms.') }, deps());
    expect(reply).toEqual({ ok: true, state: 'queued' });
    expect(await db.outbox.count()).toBe(1);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeDefined();
    expect(await db.workflowMarks.get('wf-2')).toMatchObject({ state: 'queued' });
  });

  it('rejects a submission that does not match the schema, and sends nothing', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const bad = { ...submission('x {{a}}'), schemaVersion: 99 };
    const reply = await handlePageRequest({ kind: 'register-workflow', workflowId: 'wf-3', submission: bad }, deps());
    expect(reply?.ok).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(0);
  });

  it('ignores anything that is not a page request', async () => {
    expect(await handlePageRequest({ kind: 'coverage', host: 'chatgpt.com' }, deps())).toBeUndefined();
  });

  it('sends a report that validates, names tools by catalog id, and carries only registered templates', async () => {
    const bodies: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_u: string, init: { body: string }) => { bodies.push(init.body); return new Response('{}', { status: 200 }); }));
    const now = Date.now();
    await db.dailyCounts.put({ day: dayOf(now), site: 'copilot', prompts: 4, warnings: 0, redactions: 0, blocks: 0, overrides: 0, uploads: 0, uploadsNotInspected: 0 });
    await db.toolDays.put({ day: dayOf(now), toolId: 'microsoft-copilot', host: 'copilot.microsoft.com', visits: 2, notInspectable: 0 });
    const reply = await handlePageRequest({ kind: 'send-report-now' }, deps());
    expect(reply).toEqual({ ok: true, state: 'queued' });
    const report = DiscoveryReport.parse(JSON.parse(bodies.at(-1)!));
    expect(report.tools.map((t) => t.toolId)).toEqual(['microsoft-copilot']);
    expect(report.organization).toBe(policy.organizationName);
    expect((await fakeBrowser.storage.local.get('lastReport')).lastReport).toEqual(report);
  });

  it('deletes every record on request', async () => {
    await db.toolDays.put({ day: '2026-11-01', toolId: 'claude', host: 'claude.ai', visits: 1, notInspectable: 0 });
    await db.prompts.put({ id: 'p', ts: 1, day: '2026-11-01', site: 'claude', skeleton: 's', signature: [1], categories: [] });
    expect(await handlePageRequest({ kind: 'delete-records' }, deps())).toEqual({ ok: true, state: 'deleted' });
    expect(await db.toolDays.count()).toBe(0);
    expect(await db.prompts.count()).toBe(0);
  });
});

describe('retention', () => {
  it('purges detailed rows past the retention and keeps daily counts', async () => {
    const now = Date.now();
    const old = now - (policy.retentionDays + 1) * 86_400_000;
    await db.prompts.bulkPut([
      { id: 'old', ts: old, day: dayOf(old), site: 'chatgpt', skeleton: 'a', signature: [1], categories: [] },
      { id: 'new', ts: now, day: dayOf(now), site: 'chatgpt', skeleton: 'b', signature: [1], categories: [] },
    ]);
    await db.dailyCounts.put({ day: dayOf(old), site: 'chatgpt', prompts: 1, warnings: 0, redactions: 0, blocks: 0, overrides: 0, uploads: 0, uploadsNotInspected: 0 });
    let rebuilt = 0;
    const retention = new RetentionService(db, () => policy, async () => void rebuilt++);
    expect(await retention.purge(now)).toBe(1);
    expect((await db.prompts.toArray()).map((p) => p.id)).toEqual(['new']);
    expect(await db.dailyCounts.count()).toBe(1);
    expect(rebuilt).toBe(1);
  });
});


describe('workflow service', () => {
  it('learns sent prompts and publishes a recurring workflow with its template, never a member prompt', async () => {
    const { promptRecord } = await import('../../../utils/guard/prompt-record');
    const { compilePolicy } = await import('../../../utils/policy/compile');
    const { ingest } = await import('../../../utils/records/ingest');
    const workflows = new WorkflowService(db, () => policy);
    await workflows.start();
    const day = 86_400_000;
    const start = new Date(2026, 10, 16, 9).getTime();
    const inputs = [
      ['Northwind Traders', 'Q3 revenue 1,204,330 against budget 1,150,000', 0],
      ['Globex Corporation', 'Q3 revenue 884,120 against budget 910,000', 1],
      ['Initech Ltd', 'Q3 revenue 2,330,901 against budget 2,100,000', 2],
    ] as const;
    for (const [customer, numbers, offset] of inputs) {
      const text = `Summarize the variance between budget and actuals for ${customer} and flag anything above five percent for the board: ${numbers}`;
      const message = { ...promptRecord(text, compilePolicy(policy)), site: 'chatgpt' as const, host: 'chatgpt.com' };
      await ingest(db, message, start + offset * day, { onPrompt: (row) => void workflows.add(row) });
    }
    await new Promise((r) => setTimeout(r, 300));
    const published = (await fakeBrowser.storage.local.get('workflows')).workflows as { template: string; count: number; days: number }[];
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ count: 3, days: 3 });
    expect(published[0]!.template.toLowerCase()).toContain('summarize the variance between budget and actuals');
    const stored = JSON.stringify({ published, rows: await db.prompts.toArray() });
    for (const [customer, numbers] of inputs) {
      expect(stored).not.toContain(customer);
      expect(stored).not.toContain(numbers.split(' ')[2]);
    }
  });
});

describe('workflow service start-up', () => {
  it('does not count a prompt twice when it arrives while the index is being rebuilt', async () => {
    const row = (id: string) => ({ id, ts: Date.now(), day: dayOf(Date.now()), site: 'chatgpt' as const, skeleton: 'summarize the quarterly variance report for the board {{document}}', signature: Array.from({ length: 128 }, (_, i) => i), categories: [] });
    await db.prompts.bulkAdd([row('p1'), row('p2')]);
    const workflows = new WorkflowService(db, () => policy);
    // The worker woke for p2: start-up reads it from the table, then the ingest hook adds it.
    await workflows.add(row('p2'));
    const all = await workflows.workflows();
    expect(all.map((w) => w.count)).toEqual([2]);
  });
});

describe('report periods', () => {
  const setup = () => {
    const bodies: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_u: string, init: { body: string }) => { bodies.push(init.body); return new Response('{}', { status: 200 }); }));
    const outbox = new OutboxService(db);
    const workflows = new WorkflowService(db, () => policy);
    const discovery = new DiscoveryService(db, () => policy, () => {});
    const reports = new ReportService(db, async () => policy, outbox, workflows, discovery);
    const last = () => DiscoveryReport.parse(JSON.parse(bodies.at(-1)!));
    return { reports, last };
  };
  const visits = (n: number, now: number) => db.toolDays.put({ day: dayOf(now), toolId: 'claude', host: 'claude.ai', visits: n, notInspectable: 0 });

  it('counts a day split between two reports once: the second report sends only what came after the first', async () => {
    policy = { ...policy, kAnonymity: 1 };
    const { reports, last } = setup();
    const morning = new Date(2026, 10, 23, 9).getTime();
    await visits(3, morning);
    await reports.sendReport(morning);
    expect(last().tools.find((t) => t.toolId === 'claude')?.visits).toBe(3);
    await visits(5, morning); // two more visits later that day
    await reports.sendReport(morning + 6 * 3_600_000);
    expect(last().tools.find((t) => t.toolId === 'claude')?.visits).toBe(2);
  });

  it('keeps one install id within a reporting interval, so a manual report does not add an install', async () => {
    const { reports, last } = setup();
    const t = new Date(2026, 10, 23, 9).getTime();
    await reports.sendReport(t);
    const first = last().installId;
    await reports.sendReport(t + 3_600_000);
    expect(last().installId).toBe(first);
    await reports.sendReport(t + policy.reportIntervalHours * 3_600_000 + 3_600_000);
    expect(last().installId).not.toBe(first);
  });

  it('sends no workflow signatures while the organization has set no salt', async () => {
    policy = { ...policy, organizationSalt: '' };
    const { reports, last } = setup();
    const sig = Array.from({ length: 128 }, (_, i) => i);
    const t0 = new Date(2026, 10, 20, 9).getTime();
    for (let i = 0; i < 3; i++) {
      await db.prompts.add({ id: `w${i}`, ts: t0 + i * 86_400_000, day: dayOf(t0 + i * 86_400_000), site: 'chatgpt', skeleton: 'summarize the quarterly variance report for the board {{document}}', signature: sig, categories: [] });
    }
    await reports.sendReport(t0 + 3 * 86_400_000);
    expect(last().workflows).toEqual([]);
  });

  it('reports a workflow only for the runs inside the period', async () => {
    const { reports, last } = setup();
    const sig = Array.from({ length: 128 }, (_, i) => i);
    const t0 = new Date(2026, 10, 2, 9).getTime();
    const day = 86_400_000;
    for (const [i, offset] of [0, 1, 2, 15].entries()) {
      await db.prompts.add({ id: `w${i}`, ts: t0 + offset * day, day: dayOf(t0 + offset * day), site: 'chatgpt', skeleton: 'summarize the quarterly variance report for the board {{document}}', signature: sig, categories: [] });
    }
    // Period: the last 7 days before t0 + 16 days holds one run only.
    await reports.sendReport(t0 + 16 * day);
    expect(last().workflows.map((w) => [w.count, w.days])).toEqual([[1, 1]]);
    // Nothing ran in the next period: the workflow is not reported again.
    await reports.sendReport(t0 + 23 * day);
    expect(last().workflows).toEqual([]);
  });
});

/**
 * One workflow run beyond retention and four recent ones on several days. The old run's wording
 * differs a little, as real runs do, and the group's id comes from it: a purge changes the id.
 */
async function addOldAndRecentRuns(): Promise<void> {
  const sig = Array.from({ length: 128 }, (_, i) => i);
  const day = 86_400_000;
  const t0 = Date.now() - 120 * day;
  const skeleton = 'summarize the quarterly variance report for the board {{document}}';
  for (const [i, offset] of [0, 100, 101, 102, 103].entries()) {
    const text = i === 0 ? skeleton.replace('board', 'board today') : skeleton;
    await db.prompts.add({ id: `m${i}`, ts: t0 + offset * day, day: dayOf(t0 + offset * day), site: 'chatgpt', skeleton: text, signature: sig, categories: [] });
  }
}

describe('workflow marks across a purge', () => {
  it('a dismissed workflow stays dismissed when the purge removes the member its id came from', async () => {
    await addOldAndRecentRuns();
    const workflows = new WorkflowService(db, () => policy);
    const [before] = await workflows.workflows();
    await db.workflowMarks.put({ workflowId: before!.id, state: 'dismissed', updatedAt: Date.now() });
    const retention = new RetentionService(db, () => policy, () => workflows.rebuild());
    expect(await retention.purge()).toBe(1);
    const [after] = await workflows.workflows();
    expect(after!.id).not.toBe(before!.id);
    expect(await db.workflowMarks.get(after!.id)).toMatchObject({ state: 'dismissed' });
    expect(await db.workflowMarks.get(before!.id)).toBeUndefined();
  });
});

describe('review follow-ups', () => {
  it('rotates the install id every interval even when the next report runs early in its slot', async () => {
    const bodies: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_u: string, init: { body: string }) => { bodies.push(init.body); return new Response('{}', { status: 200 }); }));
    const reports = new ReportService(db, async () => policy, new OutboxService(db), new WorkflowService(db, () => policy), new DiscoveryService(db, () => policy, () => {}));
    const interval = policy.reportIntervalHours * 3_600_000;
    const slotStart = Math.ceil(Date.UTC(2026, 10, 1) / interval) * interval;
    await reports.sendReport(slotStart + 5 * 3_600_000); // a late alarm
    await reports.sendReport(slotStart + interval + 60_000); // the next one, less than an interval later
    const [a, b] = bodies.map((body) => DiscoveryReport.parse(JSON.parse(body)).installId);
    expect(a).not.toBe(b);
  });

  it('a retention purge that wakes the worker still carries a dismissal to the surviving group', async () => {
    await addOldAndRecentRuns();
    const [before] = await new WorkflowService(db, () => policy).workflows();
    await db.workflowMarks.put({ workflowId: before!.id, state: 'dismissed', updatedAt: Date.now() });
    // A fresh worker: nothing loaded yet when the alarm fires.
    const workflows = new WorkflowService(db, () => policy);
    const retention = new RetentionService(db, () => policy, () => workflows.rebuild(), () => workflows.start());
    await retention.purge();
    const [after] = await workflows.workflows();
    expect(await db.workflowMarks.get(after!.id)).toMatchObject({ state: 'dismissed' });
  });
});
