import { aggregate } from './store';

export function CoverageSection() {
  const rows = aggregate.value.coverage;
  const problems = rows.filter((r) => r.problemReports > 0 || r.degradedDays > 0);
  return (
    <section class="panel" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage problems</h2>
      {rows.length === 0 ? (
        <p>No coverage reported.</p>
      ) : problems.length === 0 ? (
        <p>Protection worked on every reported site.</p>
      ) : (
        <table data-testid="coverage-table">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col" class="num">Reports with a problem at period end</th>
              <th scope="col" class="num">Reports</th>
              <th scope="col" class="num">Degraded days (summed)</th>
              <th scope="col">Statuses</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((r) => (
              <tr key={r.site}>
                <th scope="row">{r.site}</th>
                <td class="num">{r.problemReports}</td>
                <td class="num">{r.reports}</td>
                <td class="num">{r.degradedDays}</td>
                <td>{Object.entries(r.statuses).map(([s, n]) => `${s} ${n}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
