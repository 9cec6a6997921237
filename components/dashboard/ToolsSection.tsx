import { useSignal } from '@preact/signals';
import { formatCount } from './format';
import { Pager } from './Pager';
import { Sparkline } from './Sparkline';
import { aggregate } from './store';

const PAGE = 25;

export function ToolsSection() {
  const page = useSignal(0);
  const agg = aggregate.value;
  const tools = agg.tools;
  const visible = tools.slice(page.value * PAGE, (page.value + 1) * PAGE);
  return (
    <section class="panel" aria-labelledby="tools-heading">
      <h2 id="tools-heading">AI tools in use</h2>
      <p class="hint">Installs = most distinct installs in any one week (install ids rotate each period). Trend shows installs per ISO week.</p>
      {tools.length === 0 ? (
        <p>No tools reported.</p>
      ) : (
        <>
          <table data-testid="tools-table">
            <thead>
              <tr>
                <th scope="col">Tool</th>
                <th scope="col">Category</th>
                <th scope="col">Inspected</th>
                <th scope="col" class="num">Installs</th>
                <th scope="col" class="num">Prompts</th>
                <th scope="col" class="num">Visits</th>
                <th scope="col" class="num">Not inspectable</th>
                <th scope="col">Installs per week</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((tool) => (
                <tr key={tool.toolId}>
                  <th scope="row">
                    {tool.name}
                    <div class="sub">{tool.hosts.join(', ')}</div>
                  </th>
                  <td>{tool.category}</td>
                  <td>{tool.inspected ? 'yes' : <span class="badge muted">counted only</span>}</td>
                  <td class="num">{tool.installs}</td>
                  <td class="num">{tool.inspected ? formatCount(tool.prompts) : '—'}</td>
                  <td class="num">{formatCount(tool.visits)}</td>
                  <td class="num">{formatCount(tool.notInspectableVisits)}</td>
                  <td>
                    <Sparkline weeks={agg.weeks} values={new Map(tool.trend.map((t) => [t.week, t.installs]))} label={`${tool.name} installs per week`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page.value} pageSize={PAGE} total={tools.length} onPage={(p) => (page.value = p)} label="Tools" />
        </>
      )}
    </section>
  );
}
