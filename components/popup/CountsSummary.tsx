import { recordsDb } from '../../utils/records/db';
import type { DailyCountRow } from '../../utils/records/rows';
import { useLiveQuery } from '../useLiveQuery';
import { lastSevenDays } from './week';

export interface DayTotals {
  day: string;
  prompts: number;
  warnings: number;
  redactions: number;
}

const METRICS = ['prompts', 'warnings', 'redactions'] as const;

export function totalsByDay(rows: DailyCountRow[], days: string[]): DayTotals[] {
  return days.map((day) => {
    const totals: DayTotals = { day, prompts: 0, warnings: 0, redactions: 0 };
    for (const row of rows) {
      if (row.day !== day) continue;
      for (const metric of METRICS) totals[metric] += row[metric];
    }
    return totals;
  });
}

function sum(days: DayTotals[]): Omit<DayTotals, 'day'> {
  return days.reduce((acc, d) => ({ prompts: acc.prompts + d.prompts, warnings: acc.warnings + d.warnings, redactions: acc.redactions + d.redactions }), {
    prompts: 0,
    warnings: 0,
    redactions: 0,
  });
}

const CHART = { width: 280, height: 64, gap: 6 };

/** Prompts per day as bars, warnings overlaid; the table above carries the same numbers as text. */
function WeekChart({ days }: { days: DayTotals[] }) {
  const max = Math.max(1, ...days.map((d) => d.prompts));
  const barWidth = (CHART.width - CHART.gap * (days.length - 1)) / days.length;
  const label = `Prompts per day over the last 7 days: ${days.map((d) => `${d.day} ${d.prompts}`).join(', ')}`;
  return (
    <svg class="week-chart" role="img" aria-label={label} viewBox={`0 0 ${CHART.width} ${CHART.height + 12}`} width={CHART.width} height={CHART.height + 12}>
      <title>{label}</title>
      {days.map((d, i) => {
        const x = i * (barWidth + CHART.gap);
        const h = (d.prompts / max) * CHART.height;
        const hw = (Math.min(d.warnings, d.prompts) / max) * CHART.height;
        return (
          <g key={d.day}>
            <rect class="bar-prompts" x={x} y={CHART.height - h} width={barWidth} height={h} rx={2} />
            <rect class="bar-warnings" x={x} y={CHART.height - hw} width={barWidth} height={hw} rx={2} />
            <text x={x + barWidth / 2} y={CHART.height + 10} text-anchor="middle" class="bar-label">
              {d.day.slice(8)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function CountsSummary({ now = Date.now() }: { now?: number }) {
  const days = lastSevenDays(now);
  const rows = useLiveQuery(() => recordsDb().dailyCounts.where('day').between(days[0]!, days[6]!, true, true).toArray(), [days[6]], [] as DailyCountRow[]);
  const perDay = totalsByDay(rows, days);
  const today = perDay[perDay.length - 1]!;
  const week = sum(perDay);
  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading">Activity</h2>
      <table class="counts">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Prompts</th>
            <th scope="col">Warnings</th>
            <th scope="col">Redactions</th>
          </tr>
        </thead>
        <tbody>
          <tr data-period="today">
            <th scope="row">Today</th>
            <td>{today.prompts}</td>
            <td>{today.warnings}</td>
            <td>{today.redactions}</td>
          </tr>
          <tr data-period="week">
            <th scope="row">Last 7 days</th>
            <td>{week.prompts}</td>
            <td>{week.warnings}</td>
            <td>{week.redactions}</td>
          </tr>
        </tbody>
      </table>
      <WeekChart days={perDay} />
      <p class="legend" aria-hidden="true">
        <span class="swatch bar-prompts-swatch" /> prompts <span class="swatch bar-warnings-swatch" /> with a warning
      </p>
    </section>
  );
}
