import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '../../../components/dashboard/DashboardApp';
import { clearAll, loadFiles } from '../../../components/dashboard/store';
import { makeReport, makeWorkflow } from '../../fixtures/governance/make-report';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  clearAll();
});

// The page triages against the real clock, so the period is the past week (never "inactive").
const RECENT = { start: new Date(Date.now() - 7 * 86_400_000).toISOString(), end: new Date().toISOString() };

const shared = (id: string) =>
  makeReport({
    installId: id,
    period: RECENT,
    workflows: [makeWorkflow('a', { runsPerWeek: 2, days: 3, categories: ['pii'] })],
  });

describe('dashboard page', () => {
  it('loads good files, names the bad ones, and triages the shared workflow', async () => {
    await act(async () => {
      render(<DashboardApp readPolicy={async () => ({ triage: { frequencyRunsPerWeek: 3, sharedNeedInstalls: 2, deprecateAfterMonths: 3 } })} />, root);
    });
    const files = [
      new File([JSON.stringify(shared('install-one-0001'))], 'one.json'),
      new File([JSON.stringify(shared('install-two-0002'))], 'two.json'),
      new File(['{"hello": "world"}'], 'foreign.json'),
    ];
    await act(async () => {
      await loadFiles(files);
    });
    expect(root.querySelector('[data-testid=load-status]')!.textContent).toContain('2 reports loaded from 3 sources');
    expect(root.querySelector('[data-testid=load-problems]')!.textContent).toContain('foreign.json: not a shadow-ai discovery report (kind missing)');
    const row = root.querySelector(`[data-signature="${'a'.repeat(64)}"]`)!;
    // Two installs × 2 runs/week = 4 ≥ 3; pii; 1 slot over 3 days; 2 installs ≥ 2 → Promote.
    expect(row.querySelector('.badge')!.textContent).toBe('Promote');
    expect(row.querySelector('[data-test=sharedNeed]')!.textContent).toContain('2 installs');
    expect(row.querySelector('[data-test=frequency]')!.textContent).toContain('4 runs/week');
  });
});
