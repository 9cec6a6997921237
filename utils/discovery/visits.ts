import type { Policy } from '../policy/schema';
import type { ToolDayRow } from '../records/rows';
import type { ToolEntry } from './catalog-schema';

export interface VisitInput {
  day: string;
  toolId: string;
  host: string;
  /** The tool is inspected here but the content script never reported on this visit. */
  notInspectable: boolean;
}

/** Next value of the per-day counter row; only host and tool are kept, never a path or URL. */
export function visitUpdate(existing: ToolDayRow | undefined, visit: VisitInput): ToolDayRow {
  const base = existing ?? { day: visit.day, toolId: visit.toolId, host: visit.host, visits: 0, notInspectable: 0 };
  return {
    ...base,
    visits: base.visits + 1,
    notInspectable: base.notInspectable + (visit.notInspectable ? 1 : 0),
  };
}

export function isSanctioned(toolId: string, policy: Policy): boolean {
  return policy.tools.sanctioned.includes(toolId);
}

export interface ToolNotice {
  title: string;
  message: string;
}

/** The gentle first-visit notice, or null when policy, sanction or an earlier showing rule it out. */
export function noticeFor(tool: ToolEntry, policy: Policy, alreadyShown: ReadonlySet<string>): ToolNotice | null {
  if (!policy.tools.showUnsanctionedNotice) return null;
  if (isSanctioned(tool.id, policy) || alreadyShown.has(tool.id)) return null;
  const alternative = policy.tools.approvedAlternative.trim().replace(/\.+$/, '');
  const message = alternative ? `${policy.tools.noticeText} Approved alternative: ${alternative}.` : policy.tools.noticeText;
  return { title: tool.name, message };
}
