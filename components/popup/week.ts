import { dayOf } from '../../utils/records/day';

const DAY_MS = 24 * 60 * 60_000;

/** The last seven local days, oldest first, ending today: "this week" as the popup counts it. */
export function lastSevenDays(now: number): string[] {
  const days: string[] = [];
  for (let i = 6; i >= 0; i--) days.push(dayOf(now - i * DAY_MS));
  return days;
}
