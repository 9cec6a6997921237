import { describeCoverage } from '../../utils/coverage/describe';
import { recordsDb } from '../../utils/records/db';
import type { CoverageRow } from '../../utils/records/rows';
import { SITES } from '../../utils/sites';
import { useLiveQuery } from '../useLiveQuery';

/** A site's status is that of its most recently reporting host. */
function latestPerSite(rows: CoverageRow[]): Map<string, CoverageRow> {
  const bySite = new Map<string, CoverageRow>();
  for (const row of rows) {
    const current = bySite.get(row.site);
    if (!current || row.updatedAt > current.updatedAt) bySite.set(row.site, row);
  }
  return bySite;
}

export function CoverageList() {
  const rows = useLiveQuery(() => recordsDb().coverage.toArray(), [], [] as CoverageRow[]);
  const bySite = latestPerSite(rows);
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Protection</h2>
      <ul class="coverage">
        {SITES.map((site) => {
          const row = bySite.get(site.id);
          const { text, tone } = describeCoverage(site.name, row?.status, row?.reason);
          return (
            <li key={site.id} class={`coverage-item tone-${tone}`} data-site={site.id} data-status={row?.status ?? 'unknown'}>
              <span class="dot" aria-hidden="true" />
              {text}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
