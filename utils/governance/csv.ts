import { TRIAGE_TESTS, type TriageRow } from './triage';

/** Cells starting with these are run as formulas by spreadsheet programs. */
const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'];

/** One RFC 4180 field, defused against formula injection by a leading apostrophe. */
export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_PREFIXES.some((p) => text.startsWith(p))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function triageCsv(rows: readonly TriageRow[]): string {
  const header = [
    'signature',
    'template',
    'verdict',
    'verdict reason',
    'tests passed',
    ...TRIAGE_TESTS.flatMap((t) => [`${t.label} pass`, `${t.label} evidence`]),
    'installs',
    'total runs',
    'runs per week',
    'categories',
    'declared stakes',
    'sites',
    'last seen',
  ];
  const body = rows.map((r) => [
    r.workflow.signature,
    r.workflow.template ?? '',
    r.verdict,
    r.verdictReason,
    r.passes,
    ...TRIAGE_TESTS.flatMap((t) => [r.tests[t.id].pass ? 'yes' : 'no', r.tests[t.id].evidence]),
    r.workflow.installs,
    r.workflow.totalRuns,
    r.workflow.runsPerWeek,
    r.workflow.categories.join(' '),
    r.workflow.stakes.join('; '),
    r.workflow.sites.join(' '),
    new Date(r.workflow.lastSeen).toISOString(),
  ]);
  return toCsv([header, ...body]);
}
