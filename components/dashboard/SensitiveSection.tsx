import type { CountTotal } from '../../utils/governance/aggregate';
import { formatCount } from './format';
import { aggregate } from './store';

/** Colours per data category, chosen to stay distinguishable for common colour-vision deficiencies. */
const CATEGORY_COLORS: Record<string, string> = {
  secret: '#b2182b',
  pii: '#2166ac',
  financial: '#e08214',
  confidential: '#542788',
  code: '#4d9221',
};
const FALLBACK_COLOR = '#777777';

function entries(map: Record<string, CountTotal>): [string, CountTotal][] {
  return Object.entries(map);
}

/** Horizontal stacked bars: one bar per site, one segment per category, labelled with numbers. */
function CategoriesBySiteChart(props: { bySite: Record<string, Record<string, CountTotal>>; categories: string[] }) {
  const sites = Object.keys(props.bySite);
  const totals: CountTotal[] = sites.map((s) =>
    entries(props.bySite[s]).reduce<CountTotal>((sum, [, c]) => ({ min: sum.min + c.min, exact: sum.exact && c.exact }), { min: 0, exact: true }),
  );
  const max = Math.max(1, ...totals.map((t) => t.min));
  const barArea = 420;
  const rowHeight = 30;
  const labelWidth = 90;
  const height = sites.length * rowHeight + 10;
  return (
    <figure class="chart">
      <svg width={labelWidth + barArea + 80} height={height} role="img" aria-labelledby="cbs-title cbs-desc">
        <title id="cbs-title">Sensitive-data events by site and category</title>
        <desc id="cbs-desc">
          {sites.map((s) => `${s}: ${entries(props.bySite[s]).map(([c, n]) => `${c} ${formatCount(n)}`).join(', ')}`).join('; ')}
        </desc>
        {sites.map((site, row) => {
          let x = labelWidth;
          const y = row * rowHeight + 5;
          return (
            <g key={site}>
              <text x={labelWidth - 8} y={y + 15} text-anchor="end" class="chart-label">
                {site}
              </text>
              {props.categories.map((category) => {
                const count = props.bySite[site][category];
                if (!count || count.min === 0) return null;
                const w = (count.min / max) * barArea;
                const rect = (
                  <rect key={category} x={x} y={y} width={Math.max(1, w)} height={20} fill={CATEGORY_COLORS[category] ?? FALLBACK_COLOR}>
                    <title>{`${site} · ${category}: ${formatCount(count)}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 15} class="chart-label">
                {formatCount(totals[row])}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {props.categories.map((c) => (
          <span key={c}>
            <span class="swatch" style={{ background: CATEGORY_COLORS[c] ?? FALLBACK_COLOR }} aria-hidden="true" /> {c}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

export function SensitiveSection() {
  const s = aggregate.value.sensitive;
  const categories = Object.keys(s.byCategory);
  const sites = Object.keys(s.bySite);
  return (
    <section class="panel" aria-labelledby="sensitive-heading">
      <h2 id="sensitive-heading">Sensitive data that nearly left</h2>
      {categories.length === 0 ? (
        <p>No guard events reported.</p>
      ) : (
        <>
          {sites.length > 0 && <CategoriesBySiteChart bySite={s.bySite} categories={categories} />}
          <table data-testid="sensitive-table">
            <caption>Events by category and site</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col" class="num">All sites</th>
                {sites.map((site) => (
                  <th scope="col" class="num" key={site}>
                    {site}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  <td class="num">{formatCount(s.byCategory[c])}</td>
                  {sites.map((site) => (
                    <td class="num" key={site}>
                      {s.bySite[site][c] ? formatCount(s.bySite[site][c]) : '0'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint">
            Decisions: {entries(s.byOutcome).map(([k, v]) => `${k} ${formatCount(v)}`).join(' · ') || 'none'}. Uploads inspected {formatCount(s.uploadsInspected)}, not inspected{' '}
            {formatCount(s.uploadsNotInspected)}.
          </p>
        </>
      )}
    </section>
  );
}
