import { DiscoveryReportSchema, REPORT_KIND, REPORT_SCHEMA_VERSION, type DiscoveryReport } from './report-schema';

/** A file (or part of one) that could not be read as a report, said so the person can fix it. */
export interface LoadProblem {
  file: string;
  problem: string;
}

export interface LoadResult {
  reports: DiscoveryReport[];
  problems: LoadProblem[];
}

/** Why a parsed value is not a usable report, or undefined when it is one. */
function checkReport(value: unknown): { report?: DiscoveryReport; problem?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a shadow-ai discovery report (not a JSON object)' };
  const kind = (value as { kind?: unknown }).kind;
  if (kind === undefined) return { problem: 'not a shadow-ai discovery report (kind missing)' };
  if (kind !== REPORT_KIND) return { problem: `not a shadow-ai discovery report (kind is ${JSON.stringify(kind).slice(0, 60)})` };
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) return { problem: `unsupported schemaVersion ${JSON.stringify(version) ?? 'missing'} (this dashboard reads ${REPORT_SCHEMA_VERSION})` };
  const parsed = DiscoveryReportSchema.safeParse(value);
  if (parsed.success) return { report: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : 'report';
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
  return { problem: `invalid report: ${where}: ${issue.message}${more}` };
}

/**
 * Reads one file's text: a JSON array of reports, a single report object, or NDJSON (one report
 * per line). Bad entries are reported with their position; good ones in the same file still load.
 */
export function parseReportFile(file: string, text: string): LoadResult {
  const reports: DiscoveryReport[] = [];
  const problems: LoadProblem[] = [];
  const accept = (value: unknown, where: string) => {
    const { report, problem } = checkReport(value);
    if (report) reports.push(report);
    else problems.push({ file, problem: where ? `${where}: ${problem}` : problem! });
  };

  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { reports, problems: [{ file, problem: 'the file is empty' }] };

  let whole: unknown;
  let wholeError: string | undefined;
  try {
    whole = JSON.parse(trimmed);
  } catch (error) {
    wholeError = error instanceof Error ? error.message : String(error);
  }
  if (wholeError === undefined) {
    if (Array.isArray(whole)) whole.forEach((item, i) => accept(item, `item ${i + 1}`));
    else accept(whole, '');
    return { reports, problems };
  }

  // Not one JSON document. NDJSON if some line is a whole non-empty object on its own (a
  // pretty-printed file never has one); otherwise report the malformed file once, not per line.
  const lines = trimmed.split(/\r?\n/);
  if (lines.length < 2 || !lines.some(isObjectLine)) return { reports, problems: [{ file, problem: `malformed JSON: ${wholeError}` }] };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ file, problem: `line ${i + 1}: malformed JSON: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    accept(value, `line ${i + 1}`);
  });
  return { reports, problems };
}

function isObjectLine(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  } catch {
    return false;
  }
}

export function parseReportFiles(files: readonly { name: string; text: string }[]): LoadResult {
  const result: LoadResult = { reports: [], problems: [] };
  for (const file of files) {
    const one = parseReportFile(file.name, file.text);
    for (const r of one.reports) result.reports.push(r);
    result.problems.push(...one.problems);
  }
  return result;
}
