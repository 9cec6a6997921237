import { computed, signal } from '@preact/signals';
import { aggregateReports, type Aggregate } from '../../utils/governance/aggregate';
import { parseReportFile, type LoadProblem } from '../../utils/governance/load';
import type { DiscoveryReport } from '../../utils/governance/report-schema';
import { DEFAULT_POLICY, PolicySchema, type Policy } from '../../utils/policy/schema';

/** Dashboard state. Reports are aggregated once per change, never per render. */
export const policy = signal<Policy>(DEFAULT_POLICY);
export const reports = signal<DiscoveryReport[]>([]);
export const problems = signal<LoadProblem[]>([]);
export const loadedFiles = signal<string[]>([]);
export const busy = signal<string>('');
export const now = signal<number>(Date.now());

export const aggregate = computed<Aggregate>(() =>
  aggregateReports(reports.value, { now: now.value, triage: policy.value.triage }),
);

/** The effective policy published by the background, or the defaults outside the extension. */
export async function loadPolicy(read: () => Promise<unknown>): Promise<void> {
  try {
    const parsed = PolicySchema.safeParse(await read());
    if (parsed.success) policy.value = parsed.data;
  } catch {
    // Opened outside the extension or storage unavailable: defaults apply.
  }
}

function addParsed(results: { name: string; reports: DiscoveryReport[]; problems: LoadProblem[] }[]): void {
  const added: DiscoveryReport[] = [];
  const newProblems: LoadProblem[] = [];
  for (const r of results) {
    for (const report of r.reports) added.push(report);
    newProblems.push(...r.problems);
  }
  now.value = Date.now();
  reports.value = reports.value.concat(added);
  problems.value = problems.value.concat(newProblems);
  loadedFiles.value = loadedFiles.value.concat(results.map((r) => r.name));
}

export async function loadFiles(files: readonly File[]): Promise<void> {
  busy.value = `Reading ${files.length} file${files.length === 1 ? '' : 's'}…`;
  try {
    const results = [];
    for (const [i, file] of files.entries()) {
      busy.value = `Reading ${file.name} (${i + 1} of ${files.length})…`;
      // Yield between files so the status line paints and the page keeps answering input.
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        results.push({ name: file.name, ...parseReportFile(file.name, await file.text()) });
      } catch (error) {
        results.push({ name: file.name, reports: [], problems: [{ file: file.name, problem: `could not be read: ${String(error)}` }] });
      }
    }
    addParsed(results);
  } finally {
    busy.value = '';
  }
}

export async function loadUrl(url: string, fetcher: typeof fetch = fetch): Promise<void> {
  busy.value = `Fetching ${url}…`;
  try {
    const response = await fetcher(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    addParsed([{ name: url, ...parseReportFile(url, await response.text()) }]);
  } catch (error) {
    problems.value = problems.value.concat({ file: url, problem: `could not be fetched: ${error instanceof Error ? error.message : String(error)}` });
  } finally {
    busy.value = '';
  }
}

export function clearAll(): void {
  reports.value = [];
  problems.value = [];
  loadedFiles.value = [];
}
