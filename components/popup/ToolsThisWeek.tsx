import { recordsDb } from '../../utils/records/db';
import type { ToolDayRow } from '../../utils/records/rows';
import { useLiveQuery } from '../useLiveQuery';
import { lastSevenDays } from './week';

const SHOWN = 6;

export function visitsPerTool(rows: ToolDayRow[]): { toolId: string; visits: number }[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.toolId, (totals.get(row.toolId) ?? 0) + row.visits);
  return [...totals].map(([toolId, visits]) => ({ toolId, visits })).sort((a, b) => b.visits - a.visits || a.toolId.localeCompare(b.toolId));
}

export function ToolsThisWeek({ now = Date.now() }: { now?: number }) {
  const days = lastSevenDays(now);
  const rows = useLiveQuery(() => recordsDb().toolDays.where('day').between(days[0]!, days[6]!, true, true).toArray(), [days[6]], [] as ToolDayRow[]);
  const tools = visitsPerTool(rows);
  if (tools.length === 0) return null;
  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading">AI tools used this week</h2>
      <ul class="tools">
        {tools.slice(0, SHOWN).map((tool) => (
          <li key={tool.toolId} data-tool={tool.toolId}>
            <span>{tool.toolId}</span> <span class="muted">{tool.visits === 1 ? '1 visit' : `${tool.visits} visits`}</span>
          </li>
        ))}
        {tools.length > SHOWN && <li class="muted">and {tools.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}
