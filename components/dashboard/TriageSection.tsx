import { computed, useComputed, useSignal } from '@preact/signals';
import { triageCsv } from '../../utils/governance/csv';
import { TRIAGE_TESTS, type TriageRow, type Verdict } from '../../utils/governance/triage';
import { formatDate, shortSignature } from './format';
import { Pager } from './Pager';
import { aggregate, policy } from './store';

const PAGE = 50;
const VERDICTS: readonly Verdict[] = ['Promote', 'Review', 'Maintain', 'Deprecate'];

/** Sort keys as data: column id → how to read the value it sorts by. */
const SORTS: Record<string, { label: string; value: (r: TriageRow) => number | string }> = {
  verdict: { label: 'Verdict', value: (r) => VERDICTS.indexOf(r.verdict) * 10 - r.passes },
  installs: { label: 'Installs', value: (r) => -r.workflow.installs },
  runsPerWeek: { label: 'Runs per week', value: (r) => -r.workflow.runsPerWeek },
  totalRuns: { label: 'Total runs', value: (r) => -r.workflow.totalRuns },
  lastSeen: { label: 'Last seen', value: (r) => -r.workflow.lastSeen },
};

const counts = computed(() => {
  const out: Record<Verdict, number> = { Promote: 0, Review: 0, Maintain: 0, Deprecate: 0 };
  for (const r of aggregate.value.triage) out[r.verdict]++;
  return out;
});

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TriageSection() {
  const sortBy = useSignal<keyof typeof SORTS>('verdict');
  const verdict = useSignal<Verdict | 'all'>('all');
  const query = useSignal('');
  const page = useSignal(0);

  const rows = useComputed(() => {
    const q = query.value.trim().toLowerCase();
    const key = SORTS[sortBy.value].value;
    return aggregate.value.triage
      .filter((r) => verdict.value === 'all' || r.verdict === verdict.value)
      .filter((r) => !q || r.workflow.signature.startsWith(q) || (r.workflow.template ?? '').toLowerCase().includes(q) || r.workflow.categories.includes(q) || r.workflow.sites.includes(q))
      .map((r) => ({ r, k: key(r) }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : b.r.workflow.installs - a.r.workflow.installs))
      .map(({ r }) => r);
  });
  const visible = rows.value.slice(page.value * PAGE, (page.value + 1) * PAGE);
  const t = policy.value.triage;

  return (
    <section class="panel" aria-labelledby="triage-heading">
      <h2 id="triage-heading">Workflow catalog and triage</h2>
      <p class="hint">
        Frequency ≥ {t.frequencyRunsPerWeek} runs/week across the company · Stakes: pii, secret, financial or confidential data seen, or stakes declared other than "internal only" · Repeatability: a
        template with slots run on 2+ days or in 2+ weeks · Shared need ≥ {t.sharedNeedInstalls} installs. All four → Promote, two or three → Review, fewer → Maintain; inactive for{' '}
        {t.deprecateAfterMonths} months or superseded by a promoted variant → Deprecate. Counts shown as "≥ N" include values reported as "&lt;k" (read as at least 1).
      </p>
      <div class="toolbar" role="group" aria-label="Filter and sort workflows">
        <label>
          Verdict{' '}
          <select
            value={verdict.value}
            onChange={(e) => {
              verdict.value = (e.currentTarget as HTMLSelectElement).value as Verdict | 'all';
              page.value = 0;
            }}
            data-testid="verdict-filter"
          >
            <option value="all">All ({aggregate.value.triage.length})</option>
            {VERDICTS.map((v) => (
              <option value={v} key={v}>
                {v} ({counts.value[v]})
              </option>
            ))}
          </select>
        </label>
        <label>
          Search{' '}
          <input
            type="search"
            value={query.value}
            placeholder="template, signature, category, site"
            onInput={(e) => {
              query.value = (e.currentTarget as HTMLInputElement).value;
              page.value = 0;
            }}
          />
        </label>
        <label>
          Sort by{' '}
          <select value={sortBy.value} onChange={(e) => (sortBy.value = (e.currentTarget as HTMLSelectElement).value)}>
            {Object.entries(SORTS).map(([id, s]) => (
              <option value={id} key={id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button" onClick={() => download('workflow-triage.csv', triageCsv(rows.value))} disabled={rows.value.length === 0} data-testid="export-csv">
          Export CSV ({rows.value.length})
        </button>
      </div>
      {rows.value.length === 0 ? (
        <p>No workflows{aggregate.value.triage.length ? ' match the filter' : ' reported'}.</p>
      ) : (
        <>
          <table class="triage" data-testid="triage-table">
            <thead>
              <tr>
                <th scope="col">Workflow</th>
                <th scope="col">Verdict</th>
                {TRIAGE_TESTS.map((test) => (
                  <th scope="col" key={test.id}>
                    {test.label}
                  </th>
                ))}
                <th scope="col" class="num">Total runs</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((r) => (
                <tr key={r.workflow.signature} data-signature={r.workflow.signature}>
                  <th scope="row">
                    {r.workflow.template ? <span class="template">{r.workflow.template}</span> : <span class="muted">not registered</span>}
                    <div class="sub mono" title={r.workflow.signature}>
                      {shortSignature(r.workflow.signature)} · {r.workflow.sites.join(', ')}
                    </div>
                  </th>
                  <td>
                    <span class={`badge verdict-${r.verdict.toLowerCase()}`}>{r.verdict}</span>
                    <div class="sub">{r.verdictReason}</div>
                  </td>
                  {TRIAGE_TESTS.map((test) => {
                    const result = r.tests[test.id];
                    return (
                      <td key={test.id} class={result.pass ? 'pass' : 'fail'} data-test={test.id}>
                        <span class="mark" aria-hidden="true">
                          {result.pass ? '✓' : '✗'}
                        </span>
                        <span class="visually-hidden">{result.pass ? 'Passes: ' : 'Fails: '}</span>{' '}
                        <span class="evidence">{result.evidence}</span>
                      </td>
                    );
                  })}
                  <td class="num">{r.workflow.totalRuns.toLocaleString('en')}</td>
                  <td>{formatDate(r.workflow.lastSeen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page.value} pageSize={PAGE} total={rows.value.length} onPage={(p) => (page.value = p)} label="Workflows" />
        </>
      )}
    </section>
  );
}
