/**
 * What the guard does with a set of findings under a policy: each finding's action comes from its
 * custom pattern/dictionary (if it set one), else the type override, else its category; the
 * overall action is the strictest.
 */
import type { Category, Finding } from '../detection/types';
import type { Action, Policy } from './schema';

const STRICTNESS: Record<Action, number> = { allow: 0, warn: 1, redact: 2, block: 3 };

export function strictest(a: Action, b: Action): Action {
  return STRICTNESS[a] >= STRICTNESS[b] ? a : b;
}

export function actionFor(finding: Finding, policy: Policy): Action {
  const custom = policy.customPatterns.find((p) => p.id === finding.type)?.action ?? policy.dictionaries.find((d) => d.id === finding.type)?.action;
  if (custom) return custom;
  const typed = policy.typeActions[finding.type];
  if (typed) return typed;
  return policy.categoryActions[finding.category];
}

export interface Decision {
  action: Action;
  requiresReason: boolean;
  overrideAllowed: boolean;
  findings: Finding[];
  byType: Record<string, number>;
  categories: Category[];
}

/** `site` is accepted so per-site rules can be added without changing callers; today no rule depends on it. */
export function decide(findings: Finding[], policy: Policy, site: string): Decision {
  void site;
  let action: Action = 'allow';
  const kept: Finding[] = [];
  const byType: Record<string, number> = {};
  const categories = new Set<Category>();
  for (const f of findings) {
    const a = actionFor(f, policy);
    if (a === 'allow') continue;
    action = strictest(action, a);
    kept.push(f);
    byType[f.type] = (byType[f.type] ?? 0) + 1;
    categories.add(f.category);
  }
  const requiresReason =
    action !== 'allow' &&
    (policy.requireReasonFor === 'warn' ? STRICTNESS[action] >= STRICTNESS.warn : policy.requireReasonFor === 'block' ? action === 'block' : false);
  const overrideAllowed = action !== 'block' || policy.allowBlockOverride;
  return { action, requiresReason, overrideAllowed, findings: kept, byType, categories: [...categories] };
}
