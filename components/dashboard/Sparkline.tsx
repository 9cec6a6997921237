/** A small line chart of one series over ISO weeks; the numbers are in its accessible label. */
export function Sparkline(props: { weeks: readonly string[]; values: ReadonlyMap<string, number>; label: string }) {
  const width = 120;
  const height = 28;
  const { weeks, values } = props;
  const series = weeks.map((w) => values.get(w) ?? 0);
  const max = Math.max(1, ...series);
  const step = weeks.length > 1 ? (width - 4) / (weeks.length - 1) : 0;
  const points = series.map((v, i) => `${(2 + i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`);
  const description = weeks.map((w, i) => `${w}: ${series[i]}`).join(', ');
  return (
    <svg class="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${props.label}: ${description}`}>
      <title>{`${props.label}: ${description}`}</title>
      {series.length > 1 ? <polyline points={points.join(' ')} fill="none" stroke="currentColor" stroke-width="1.5" /> : <circle cx={width / 2} cy={height / 2} r={2.5} fill="currentColor" />}
    </svg>
  );
}
