import { useSignal } from '@preact/signals';
import { ALL_TABLES, recordsDb } from '../../utils/records/db';
import { useLiveQuery } from '../useLiveQuery';
import { askBackground } from '../popup/ui-messages';
import { downloadJson, exportRecords, forDisplay } from './export';

type TableName = (typeof ALL_TABLES)[number];

const RECENT_ROWS = 25;

/** What each table holds, in one line, so "what is stored" is answerable without reading code. */
const TABLE_NOTES: Record<TableName, string> = {
  coverage: 'Whether protection is running on each AI site',
  coverageLog: 'History of protection status changes',
  dailyCounts: 'Per day and site: prompts, warnings, redactions, blocks',
  guardEvents: 'Each warning: site, action taken, detection types counted (no values)',
  uploads: 'File uploads: kind and size, whether inspected (no content)',
  prompts: 'Prompt skeletons (values replaced by placeholders) and signatures for workflow detection',
  toolDays: 'AI tools visited per day',
  workflowMarks: 'Workflows you registered or dismissed',
  outbox: 'Submissions waiting to be delivered',
  meta: 'Internal bookkeeping',
};

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && value > 1e12 && value < 1e13) return new Date(value).toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function columnsOf(rows: Record<string, unknown>[]): string[] {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

function RowsTable({ table }: { table: TableName }) {
  const rows = useLiveQuery(
    async () => ((await recordsDb().table(table).reverse().limit(RECENT_ROWS).toArray()) as Record<string, unknown>[]).map((row) => forDisplay(table, row)),
    [table],
    [] as Record<string, unknown>[],
  );
  if (rows.length === 0) return <p class="muted">This table is empty.</p>;
  const columns = columnsOf(rows);
  return (
    <div class="scroll">
      <table class="rows" data-table={table}>
        <caption>
          Most recent {rows.length} rows of {table}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{cell(row[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StoredRecords() {
  const counts = useLiveQuery(
    async () => Object.fromEntries(await Promise.all(ALL_TABLES.map(async (name) => [name, await recordsDb().table(name).count()] as const))),
    [],
    {} as Record<string, number>,
  );
  const browsing = useSignal<TableName | undefined>(undefined);
  const status = useSignal<{ tone: 'good' | 'bad'; text: string } | undefined>(undefined);
  const confirming = useSignal(false);

  async function exportAll() {
    const data = await exportRecords(recordsDb());
    downloadJson(`shadow-ai-records-${data.exportedAt.slice(0, 10)}.json`, data);
  }

  async function deleteAll() {
    confirming.value = false;
    const reply = await askBackground({ kind: 'delete-records' });
    status.value = reply.ok ? { tone: 'good', text: 'All records were deleted.' } : { tone: 'bad', text: `Could not delete: ${reply.error}` };
  }

  return (
    <section aria-labelledby="stored-heading">
      <h2 id="stored-heading">What is stored on this device</h2>
      <p>
        Nothing here contains the text of a prompt or a detected value. Records stay in this browser; only what you send from the popup, or the
        anonymized report your organization enables, leaves it.
      </p>
      <table class="counts-table">
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">What it holds</th>
            <th scope="col">Rows</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {ALL_TABLES.map((name) => (
            <tr key={name} data-table={name}>
              <th scope="row">{name}</th>
              <td>{TABLE_NOTES[name]}</td>
              <td class="num" data-count={name}>
                {counts[name] ?? '…'}
              </td>
              <td>
                <button type="button" aria-pressed={browsing.value === name} onClick={() => (browsing.value = browsing.value === name ? undefined : name)}>
                  {browsing.value === name ? 'Hide' : 'Browse'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {browsing.value && <RowsTable table={browsing.value} />}
      <div class="actions">
        <button type="button" data-action="export" onClick={() => void exportAll()}>
          Export JSON
        </button>
        {!confirming.value ? (
          <button type="button" data-action="delete" class="danger" onClick={() => (confirming.value = true)}>
            Delete all records…
          </button>
        ) : (
          <span role="alertdialog" aria-label="Confirm deletion" class="confirm">
            Delete every record on this device? This cannot be undone.{' '}
            <button type="button" data-action="confirm-delete" class="danger" onClick={() => void deleteAll()}>
              Delete
            </button>{' '}
            <button type="button" onClick={() => (confirming.value = false)}>
              Keep
            </button>
          </span>
        )}
      </div>
      {status.value && (
        <p role="status" class={`tone-${status.value.tone}`}>
          {status.value.text}
        </p>
      )}
    </section>
  );
}
