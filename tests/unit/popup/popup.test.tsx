import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import { CatalogSubmission } from '../../../utils/catalog/submission';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { recordsDb, ALL_TABLES } from '../../../utils/records/db';
import { dayOf } from '../../../utils/records/day';
import { click, mount, setChecked, tick, typeInto, waitFor } from './dom-helpers';

const NOW = new Date(2026, 10, 23, 12).getTime();
const DAY = 86_400_000;

const weekly = {
  id: 'wf-weekly',
  template: 'Translate {{text}} into German, formal tone',
  slots: ['text'],
  count: 4,
  sites: ['chatgpt'],
  firstSeen: NOW - 6 * DAY,
  lastSeen: NOW - DAY,
  runsPerWeek: 4,
  recurring: true,
  categories: [],
};
const daily = {
  id: 'wf-daily',
  template: 'Summarise the ticket {{ticket_id}} for {{customer}} in three bullets',
  slots: ['ticket_id', 'customer'],
  count: 12,
  sites: ['chatgpt', 'claude'],
  firstSeen: NOW - 10 * DAY,
  lastSeen: NOW - 2 * 3_600_000,
  runsPerWeek: 8.4,
  recurring: true,
  categories: ['pii'],
};
const notRecurring = { ...weekly, id: 'wf-once', template: 'One-off {{x}}', recurring: false };

let sent: unknown[];
let reply: unknown;
let mounted: { root: HTMLElement; unmount: () => void } | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  const db = recordsDb();
  await Promise.all(ALL_TABLES.map((table) => db.table(table).clear()));
  sent = [];
  reply = { ok: true, state: 'queued' };
  // The fake browser answers through sendResponse (returning true), as Chrome's callback style does.
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    sent.push(message);
    sendResponse(reply);
    return true;
  }) as never);
  await fakeBrowser.storage.local.set({
    workflows: [weekly, daily, notRecurring],
    effectivePolicy: { ...DEFAULT_POLICY, organizationName: 'Acme', catalogEndpoint: 'https://catalog.example/hook' },
  });
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function workflowItems(root: HTMLElement) {
  return [...root.querySelectorAll<HTMLElement>('li.workflow')];
}

describe('popup workflows', () => {
  it('lists recurring workflows most frequent first, slots highlighted', async () => {
    mounted = mount(<PopupApp now={NOW} />);
    const items = await waitFor(() => workflowItems(mounted!.root).length === 2 && workflowItems(mounted!.root));
    expect(items.map((li) => li.dataset.workflow)).toEqual(['wf-daily', 'wf-weekly']);
    expect([...items[0]!.querySelectorAll('mark.slot')].map((m) => m.textContent)).toEqual(['ticket_id', 'customer']);
    expect(items[0]!.textContent).toContain('8.4 runs/week');
    expect(items[0]!.textContent).toContain('chatgpt, claude');
  });

  it('sends exactly the JSON the preview shows', async () => {
    mounted = mount(<PopupApp now={NOW} />);
    const root = mounted.root;
    const item = await waitFor(() => root.querySelector<HTMLElement>('li[data-workflow="wf-daily"]'));
    click(item.querySelector('button[data-action="register"]'));
    const form = await waitFor(() => item.querySelector<HTMLFormElement>('form[data-testid="register-preview"]'));

    const submitButton = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(submitButton.disabled).toBe(true); // stakes not answered yet

    typeInto(form.querySelector('input[name="title"]'), 'Ticket summary');
    typeInto(form.querySelector('input[name="slot-1"]'), 'client');
    setChecked(form.querySelector('input[name="stakes"][value="customer"]'), true);
    setChecked(form.querySelector('input[name="sites"][value="claude"]'), false);
    await tick();

    const shown = JSON.parse(form.querySelector('[data-testid="submission-json"]')!.textContent!);
    expect(shown.workflow.title).toBe('Ticket summary');
    expect(shown.workflow.template).toBe('Summarise the ticket {{ticket_id}} for {{client}} in three bullets');
    expect(shown.workflow.stakes).toEqual(['customer']);
    expect(shown.workflow.sites).toEqual(['chatgpt']);
    expect(shown.organization).toBe('Acme');
    expect(CatalogSubmission.safeParse(shown).success).toBe(true);
    expect(submitButton.disabled).toBe(false);

    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor(() => sent.length === 1);
    expect(sent[0]).toEqual({ kind: 'register-workflow', workflowId: 'wf-daily', submission: shown });
    await waitFor(() => root.querySelector('[data-testid="preview-queued"]'));
  });

  it('shows why the background could not queue it', async () => {
    reply = { ok: false, error: 'catalog endpoint missing' };
    mounted = mount(<PopupApp now={NOW} />);
    const item = await waitFor(() => mounted!.root.querySelector<HTMLElement>('li[data-workflow="wf-weekly"]'));
    click(item.querySelector('button[data-action="register"]'));
    const form = await waitFor(() => item.querySelector<HTMLFormElement>('form[data-testid="register-preview"]'));
    setChecked(form.querySelector('input[name="stakes"][value="internal-only"]'), true);
    await tick();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const alert = await waitFor(() => form.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('catalog endpoint missing');
    expect(item.querySelector('[data-testid="preview-queued"]')).toBeNull();
  });

  it('shows the registered state and reference from workflowMarks', async () => {
    await recordsDb().workflowMarks.put({ workflowId: 'wf-daily', state: 'registered', reference: 'CAT-77', updatedAt: NOW });
    mounted = mount(<PopupApp now={NOW} />);
    const mark = await waitFor(() => mounted!.root.querySelector('li[data-workflow="wf-daily"] [data-state="registered"]'));
    expect(mark.textContent).toContain('CAT-77');
    expect(mounted.root.querySelector('li[data-workflow="wf-daily"] button[data-action="register"]')).toBeNull();
  });

  it('hides dismissed workflows and dismisses through the background', async () => {
    await recordsDb().workflowMarks.put({ workflowId: 'wf-weekly', state: 'dismissed', updatedAt: NOW });
    mounted = mount(<PopupApp now={NOW} />);
    const item = await waitFor(() => mounted!.root.querySelector<HTMLElement>('li[data-workflow="wf-daily"]'));
    await tick();
    expect(mounted.root.querySelector('li[data-workflow="wf-weekly"]')).toBeNull();
    click(item.querySelector('button[data-action="dismiss"]'));
    await waitFor(() => sent.length === 1);
    expect(sent[0]).toEqual({ kind: 'dismiss-workflow', workflowId: 'wf-daily' });
  });

  it('explains a missing catalog instead of offering to send', async () => {
    await fakeBrowser.storage.local.set({ effectivePolicy: { ...DEFAULT_POLICY, catalogEndpoint: '' } });
    mounted = mount(<PopupApp now={NOW} />);
    const button = await waitFor(() => mounted!.root.querySelector<HTMLButtonElement>('li[data-workflow="wf-daily"] button[data-action="register"]'));
    await tick();
    expect(button.disabled).toBe(true);
    expect(mounted.root.querySelector('li[data-workflow="wf-daily"]')!.textContent).toContain('administrator has not set a company catalog');
  });

  it('follows the background publishing a new list', async () => {
    mounted = mount(<PopupApp now={NOW} />);
    await waitFor(() => workflowItems(mounted!.root).length === 2);
    await fakeBrowser.storage.local.set({ workflows: [weekly] });
    await waitFor(() => workflowItems(mounted!.root).length === 1);
  });
});

describe('popup counts, tools and warnings', () => {
  it('sums today and the last seven days from dailyCounts', async () => {
    const row = (day: string, site: string, prompts: number, warnings: number, redactions: number) => ({
      day,
      site,
      prompts,
      warnings,
      redactions,
      blocks: 0,
      overrides: 0,
      uploads: 0,
      uploadsNotInspected: 0,
    });
    await recordsDb().dailyCounts.bulkPut([
      row(dayOf(NOW), 'chatgpt', 5, 2, 1),
      row(dayOf(NOW), 'claude', 3, 0, 0),
      row(dayOf(NOW - 3 * DAY), 'chatgpt', 10, 4, 2),
      row(dayOf(NOW - 8 * DAY), 'chatgpt', 100, 100, 100),
    ]);
    mounted = mount(<PopupApp now={NOW} />);
    const today = await waitFor(() => {
      const cells = mounted!.root.querySelectorAll('tr[data-period="today"] td');
      return cells[0]?.textContent === '8' && cells;
    });
    expect([...today].map((c) => c.textContent)).toEqual(['8', '2', '1']);
    expect([...mounted.root.querySelectorAll('tr[data-period="week"] td')].map((c) => c.textContent)).toEqual(['18', '6', '3']);
    const chart = mounted.root.querySelector('svg.week-chart')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain(`${dayOf(NOW)} 8`);
    expect(chart.querySelectorAll('rect.bar-prompts')).toHaveLength(7);
  });

  it('lists tools seen this week by visits', async () => {
    const tool = (day: string, toolId: string, visits: number) => ({ day, toolId, host: `${toolId}.example`, visits, notInspectable: 0 });
    await recordsDb().toolDays.bulkPut([tool(dayOf(NOW), 'chatgpt', 2), tool(dayOf(NOW - DAY), 'chatgpt', 3), tool(dayOf(NOW), 'perplexity', 4)]);
    mounted = mount(<PopupApp now={NOW} />);
    const items = await waitFor(() => {
      const li = mounted!.root.querySelectorAll<HTMLElement>('ul.tools li');
      return li.length === 2 && li;
    });
    expect([...items].map((li) => li.dataset.tool)).toEqual(['chatgpt', 'perplexity']);
    expect(items[0]!.textContent).toContain('5 visits');
  });

  it('warns about lost writes only when there are some', async () => {
    mounted = mount(<PopupApp now={NOW} />);
    await waitFor(() => workflowItems(mounted!.root).length === 2);
    expect(mounted.root.querySelector('[data-testid="lost-writes"]')).toBeNull();
    await fakeBrowser.storage.local.set({ lostWrites: { count: 3 } });
    const warning = await waitFor(() => mounted!.root.querySelector('[data-testid="lost-writes"]'));
    expect(warning.textContent).toContain('3 records');
  });
});
