import { AI_TOOLS } from '../../utils/discovery/ai-tools.data';
import type { Policy } from '../../utils/policy/schema';
import { recordsDb } from '../../utils/records/db';
import type { ToolDayRow } from '../../utils/records/rows';
import { useLiveQuery } from '../useLiveQuery';
import { useStorageValue } from './storage-hooks';
import { STORAGE_KEYS } from './storage-keys';
import { lastSevenDays } from './week';

const SHOWN = 6;

export interface ToolWeek {
  toolId: string;
  visits: number;
  /** Days with at least one visit: "used on 3 days" says more about habit than a visit count. */
  days: number;
}

export function visitsPerTool(rows: ToolDayRow[]): ToolWeek[] {
  const totals = new Map<string, ToolWeek>();
  for (const row of rows) {
    const total = totals.get(row.toolId) ?? { toolId: row.toolId, visits: 0, days: 0 };
    total.visits += row.visits;
    if (row.visits > 0) total.days += 1;
    totals.set(row.toolId, total);
  }
  return [...totals.values()].sort((a, b) => b.visits - a.visits || a.toolId.localeCompare(b.toolId));
}

type ToolsPolicy = Pick<Policy, 'tools'> | undefined;

/**
 * The name a person recognises: the catalog's, or the administrator's for a tool the policy added.
 * The id is the last resort (a tool the policy has since removed).
 */
export function toolName(toolId: string, policy: ToolsPolicy): string {
  return AI_TOOLS.find((t) => t.id === toolId)?.name ?? policy?.tools?.extraTools?.find((t) => t.id === toolId)?.name ?? toolId;
}

export function ToolsThisWeek({ now = Date.now() }: { now?: number }) {
  const days = lastSevenDays(now);
  const rows = useLiveQuery(() => recordsDb().toolDays.where('day').between(days[0]!, days[6]!, true, true).toArray(), [days[6]], [] as ToolDayRow[]);
  const policy = useStorageValue<ToolsPolicy>(STORAGE_KEYS.effectivePolicy, undefined);
  const tools = visitsPerTool(rows);
  if (tools.length === 0) return null;
  return (
    <section aria-labelledby="tools-heading">
      <h2 id="tools-heading">AI tools used this week</h2>
      <ul class="tools">
        {tools.slice(0, SHOWN).map((tool) => (
          <li key={tool.toolId} data-tool={tool.toolId}>
            <span>{toolName(tool.toolId, policy)}</span>{' '}
            <span class="muted">
              {tool.visits === 1 ? '1 visit' : `${tool.visits} visits`} · {tool.days === 1 ? '1 day' : `${tool.days} days`}
            </span>
          </li>
        ))}
        {tools.length > SHOWN && <li class="muted">and {tools.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}
