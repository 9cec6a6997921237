import { useEffect } from 'preact/hooks';
import { CoverageSection } from './CoverageSection';
import { formatDate } from './format';
import { LoadPanel } from './LoadPanel';
import { SensitiveSection } from './SensitiveSection';
import { aggregate, loadPolicy, reports } from './store';
import { ToolsSection } from './ToolsSection';
import { TriageSection } from './TriageSection';

export function DashboardApp(props: { readPolicy: () => Promise<unknown> }) {
  useEffect(() => {
    void loadPolicy(props.readPolicy);
  }, []);
  const agg = reports.value.length ? aggregate.value : undefined;
  return (
    <main>
      <header>
        <h1>Shadow AI governance</h1>
        {agg && (
          <p class="summary" data-testid="summary">
            {agg.reports.toLocaleString('en')} reports · {agg.installIds.toLocaleString('en')} install ids · {formatDate(agg.periodStart)} to {formatDate(agg.periodEnd)} ·{' '}
            {agg.workflows.length.toLocaleString('en')} workflows
            {agg.hasCoarsenedCounts && <> · some counts were reported as "&lt;k" and are shown as lower bounds (≥)</>}
          </p>
        )}
      </header>
      <LoadPanel />
      {agg && (
        <>
          <TriageSection />
          <ToolsSection />
          <SensitiveSection />
          <CoverageSection />
        </>
      )}
    </main>
  );
}
