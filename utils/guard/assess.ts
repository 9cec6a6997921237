import type { FindingGroup } from '../../components/guard/model';
import { DETECTION_TYPES } from '../detection/catalog';
import { scanText, scanTextChunked } from '../detection/index';
import { maskValue } from '../detection/mask';
import { redact } from '../detection/redact';
import type { Category, Finding } from '../detection/types';
import { decide } from '../policy/decide';
import type { Action } from '../policy/schema';
import type { Policy } from '../policy/schema';
import { compilePolicy } from '../policy/compile';
import type { AcknowledgedValues } from './acknowledged';

/** Above this size a paste is scanned in slices between which the page stays responsive. */
export const SYNC_SCAN_LIMIT = 256 * 1024;

export interface Assessment {
  action: Action;
  requiresReason: boolean;
  /** Whether "… anyway" is offered (never for `block` unless the policy allows an override). */
  overrideAllowed: boolean;
  /** Findings the policy does not simply allow. */
  findings: Finding[];
  byType: Record<string, number>;
  categories: Category[];
}

const LABELS = new Map(DETECTION_TYPES.map((t) => [t.id, t.label] as const));

/** Turns text into a policy decision for one site. Stateless apart from the policy it reads. */
export class Assessor {
  constructor(
    private readonly policy: () => Policy,
    private readonly site: string,
    private readonly acknowledged: AcknowledgedValues,
  ) {}

  now(text: string): Assessment {
    return this.judge(text, scanText(text, compilePolicy(this.policy())));
  }

  async later(text: string, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<Assessment> {
    const findings = await scanTextChunked(text, compilePolicy(this.policy()), {
      onProgress: (done, total) => onProgress(total > 0 ? done / total : 1),
      signal,
    });
    return this.judge(text, findings);
  }

  redacted(text: string, findings: Finding[]): string {
    return redact(text, findings).text;
  }

  acknowledge(text: string, findings: Finding[]): void {
    for (const f of findings) this.acknowledged.add(f.type, text.slice(f.start, f.end));
  }

  groups(text: string, findings: Finding[]): FindingGroup[] {
    const byType = new Map<string, FindingGroup>();
    for (const f of findings) {
      const group = byType.get(f.type) ?? { type: f.type, label: LABELS.get(f.type) ?? f.type, category: f.category, count: 0, examples: [] };
      group.count++;
      if (group.examples.length < 3) group.examples.push(maskValue(text.slice(f.start, f.end), f.type));
      byType.set(f.type, group);
    }
    // Secrets first: they are what the user most needs to see.
    return [...byType.values()].sort((a, b) => Number(b.category === 'secret') - Number(a.category === 'secret') || b.count - a.count);
  }

  private judge(text: string, all: Finding[]): Assessment {
    const fresh = all.filter((f) => !this.acknowledged.has(f.type, text.slice(f.start, f.end)));
    const decision = decide(fresh, this.policy(), this.site);
    return {
      action: decision.action,
      requiresReason: decision.requiresReason,
      overrideAllowed: decision.overrideAllowed,
      findings: decision.findings,
      byType: decision.byType,
      categories: decision.categories,
    };
  }
}
