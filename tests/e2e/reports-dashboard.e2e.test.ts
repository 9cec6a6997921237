import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './harness/browser';
import { openReplica } from './harness/open';
import type { ReplicaSite, Sites } from './harness/server';
import { startSites } from './harness/server';
import { runPrompts, storedPrompts, waitForBackgroundReady } from './reports/drive';
import { expectedTriage, type ReportLike } from './reports/expected-triage';
import { appliedPolicy, setTestPolicy } from './reports/policy';
import { REPORT_PATH, sendReportNow, waitForReports } from './reports/send';
import type { ExtensionGlobal } from './reports/extension-global';

// Several employees (separate browser profiles, one after another) run the same recurring
// workflow on different AI sites, and one runs a different one. Each install sends its report to
// the receiver; the governance dashboard then loads the saved report files and must show the
// shared workflow as shared by that many installs, triaged as the four-test rule says.

const RELEASE_NOTE = (note: string) =>
  `Please rewrite the release note below for our customer newsletter. Keep it friendly, use plain words, no jargon, and end with a link to the help center. Release note: ${note}.`;
const HAIKU = (city: string, date: string) => `Write a short haiku about the weather in ${city} for the team newsletter of ${date}.`;

interface Profile {
  name: string;
  site: ReplicaSite;
  /** The prompts, oldest first; one per day (2, 1 and 0 days ago): 3 runs on 3 days. */
  prompts: string[];
  shared: boolean;
}

const PROFILES: Profile[] = [
  { name: 'install-1', site: 'chatgpt', shared: true, prompts: ['faster search in the inbox', 'dark mode for the calendar view', 'exports now include attachments'].map(RELEASE_NOTE) },
  { name: 'install-2', site: 'claude', shared: true, prompts: ['shared folders can be renamed by any editor', 'uploads resume after a lost connection', 'comments show who edited them last'].map(RELEASE_NOTE) },
  { name: 'install-3', site: 'copilot', shared: true, prompts: ['reminders repeat on weekdays only', 'printing keeps page margins', 'tables can be sorted by any column'].map(RELEASE_NOTE) },
  { name: 'install-4', site: 'm365', shared: false, prompts: [HAIKU('Lisbon', '12 March'), HAIKU('Oslo', '19 March'), HAIKU('Nairobi', '26 March')] },
];
const SHARED_INSTALLS = PROFILES.filter((p) => p.shared).length;

let sites: Sites;
let workDir: string;
const reportFiles: string[] = [];
const reports: ReportLike[] = [];

beforeAll(async () => {
  sites = await startSites();
  workDir = mkdtempSync(join(tmpdir(), 'shadow-ai-reports-'));
});

afterAll(async () => {
  await sites?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('reports from several installs, merged on the dashboard', () => {
  // One organization: the same salt on every install, so their signatures can match.
  const policy = () => ({
    reportsEnabled: true,
    reportEndpoint: `${sites.receiver.url}${REPORT_PATH}`,
    organizationName: 'Larkspur e2e',
    organizationSalt: 'larkspur-e2e-salt',
  });

  for (const [index, profile] of PROFILES.entries()) {
    it(`${profile.name} runs its workflow on ${profile.site} on 3 days and its report reaches the receiver`, async () => {
      const userDataDir = mkdtempSync(join(tmpdir(), `shadow-ai-${profile.name}-`));
      const browser = await launchBrowser({ sites, userDataDir });
      try {
        const worker = await browser.worker();
        await waitForBackgroundReady(worker);
        await setTestPolicy(worker, policy());
        const page = await openReplica(browser, profile.site);
        await runPrompts(page, worker, sites, profile.site, profile.prompts.map((text, i) => ({ text, daysAgo: profile.prompts.length - 1 - i })));

        // The clock really moved: the records sit on three different days.
        const prompts = await storedPrompts(worker);
        expect(prompts).toHaveLength(profile.prompts.length);
        expect(new Set(prompts.map((p) => p.day)).size).toBe(profile.prompts.length);

        // A worker restart would have dropped the test policy; put it back before reporting.
        if ((await appliedPolicy(worker))?.reportsEnabled !== true) await setTestPolicy(worker, policy());
        expect(await sendReportNow(browser)).toEqual({ ok: true, state: 'queued' });
        const [received] = (await waitForReports(sites, index + 1)).slice(index);
        expect(received.headers['content-type']).toContain('application/json');
        const body = received.body as ReportLike & { kind: string; workflows: { template?: string; registered: boolean }[] };
        expect(body.kind).toBe('shadow-ai-discovery-report');

        // The user can read the report as it was sent (storage keeps the content; it orders keys its own way).
        const lastReport = await worker.evaluate(async () => (await (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('lastReport')).lastReport);
        expect(lastReport).toEqual(JSON.parse(received.raw));

        // One recurring workflow, 3 runs on 3 days, no template (nothing registered).
        expect(body.workflows).toHaveLength(1);
        expect(body.workflows[0]).toMatchObject({ count: 3, days: 3, registered: false });
        expect(body.workflows[0].template).toBeUndefined();

        const file = join(workDir, `${profile.name}.json`);
        writeFileSync(file, received.raw);
        reportFiles.push(file);
        reports.push(body);
        await page.close();
      } finally {
        await browser.close();
        rmSync(userDataDir, { recursive: true, force: true });
      }
    }, 150_000);
  }

  it('the installs that ran the same workflow report the same signature, the other a different one', () => {
    expect(reports).toHaveLength(PROFILES.length);
    expect(new Set(reports.map((r) => r.installId)).size).toBe(PROFILES.length);
    const signatures = reports.map((r) => r.workflows[0].signature);
    const shared = PROFILES.map((p, i) => (p.shared ? signatures[i] : undefined)).filter(Boolean);
    expect(new Set(shared).size).toBe(1);
    const other = signatures[PROFILES.findIndex((p) => !p.shared)];
    expect(shared).not.toContain(other);
  });

  describe('the dashboard', () => {
    let browser: LaunchedBrowser;
    let thresholds: { frequencyRunsPerWeek: number; sharedNeedInstalls: number };

    beforeAll(async () => {
      browser = await launchBrowser({ sites });
      // The dashboard triages with the effective policy's thresholds (defaults here).
      const effective = await waitForEffectivePolicy(browser);
      thresholds = (effective as { triage: typeof thresholds }).triage;
    });
    afterAll(async () => {
      await browser?.close();
    });

    const sharedSignature = () => reports[PROFILES.findIndex((p) => p.shared)].workflows[0].signature;
    const otherSignature = () => reports[PROFILES.findIndex((p) => !p.shared)].workflows[0].signature;

    async function expectRow(page: Page, signature: string): Promise<void> {
      const expected = expectedTriage(reports, signature, thresholds);
      const row = page.locator(`[data-testid="triage-table"] tr[data-signature="${signature}"]`);
      await expect.poll(() => row.count()).toBe(1);
      expect((await row.locator('.badge').textContent())?.trim()).toBe(expected.verdict);
      for (const [test, pass] of Object.entries(expected.passes)) {
        expect(await row.locator(`td[data-test="${test}"]`).getAttribute('class'), `${signature.slice(0, 8)} ${test}`).toBe(pass ? 'pass' : 'fail');
      }
      const installsText = `${expected.installs} install${expected.installs === 1 ? '' : 's'} in the busiest week`;
      expect(await row.locator('td[data-test="sharedNeed"] .evidence').textContent()).toContain(installsText);
      expect(await row.locator('td.num').textContent()).toBe(String(expected.totalRuns));
    }

    it(`loads the report files and shows the shared workflow as shared by ${SHARED_INSTALLS} installs, triaged by the rule`, async () => {
      expect(reportFiles).toHaveLength(PROFILES.length);
      const page = await browser.openExtensionPage('dashboard.html');
      await page.setInputFiles('[data-testid="file-input"]', reportFiles);
      await expect.poll(() => page.locator('[data-testid="load-status"]').textContent()).toBe(`${PROFILES.length} reports loaded from ${PROFILES.length} sources.`);
      expect(await page.locator('[data-testid="load-problems"]').count()).toBe(0);
      expect(await page.locator('[data-testid="summary"]').textContent()).toContain(`${PROFILES.length} install ids`);

      const shared = expectedTriage(reports, sharedSignature(), thresholds);
      expect(shared.installs).toBe(SHARED_INSTALLS);
      await expectRow(page, sharedSignature());
      await expectRow(page, otherSignature());
      expect(await page.locator('[data-testid="triage-table"] tbody tr').count()).toBe(2);

      // Every site the installs used is in the tools inventory.
      const tools = (await page.locator('[data-testid="tools-table"]').textContent()) ?? '';
      for (const name of ['ChatGPT', 'Claude', 'Copilot']) expect(tools).toContain(name);

      await browser.screenshot(page, 'reports-dashboard-loaded');
      await page.locator('[data-testid="triage-table"]').scrollIntoViewIfNeeded();
      await browser.screenshot(page, 'reports-dashboard-triage');
      await page.close();
    });

    it('rejects a malformed and a foreign file by name and reason, and still loads the others (NDJSON)', async () => {
      const files = join(workDir, 'mixed');
      mkdirSync(files, { recursive: true });
      const ndjson = join(files, 'all-installs.ndjson');
      writeFileSync(ndjson, reportFiles.map((f) => readFileSync(f, 'utf8')).join('\n') + '\n');
      const broken = join(files, 'truncated-report.json');
      writeFileSync(broken, readFileSync(reportFiles[0], 'utf8').slice(0, 120));
      const foreign = join(files, 'package.json');
      writeFileSync(foreign, JSON.stringify({ name: 'some-package', version: '1.0.0', private: true }, null, 2));

      const page = await browser.openExtensionPage('dashboard.html');
      await page.setInputFiles('[data-testid="file-input"]', [broken, ndjson, foreign]);
      await expect.poll(() => page.locator('[data-testid="load-status"]').textContent()).toBe(`${PROFILES.length} reports loaded from 3 sources.`);
      const problems = await page.locator('[data-testid="load-problems"] li').allTextContents();
      expect(problems).toHaveLength(2);
      expect(problems.find((p) => p.startsWith('truncated-report.json:'))).toMatch(/malformed JSON/);
      expect(problems.find((p) => p.startsWith('package.json:'))).toMatch(/not a shadow-ai discovery report/);
      // The good reports are merged as before.
      await expectRow(page, sharedSignature());
      await browser.screenshot(page, 'reports-dashboard-rejected-files');
      await page.close();
    });
  });
});

async function waitForEffectivePolicy(browser: LaunchedBrowser): Promise<Record<string, unknown>> {
  const worker = await browser.worker();
  for (let i = 0; i < 100; i++) {
    const effective = await appliedPolicy(worker);
    if (effective) return effective;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the background never published an effective policy');
}
